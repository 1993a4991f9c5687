import { describe, expect, it } from 'vitest';
import { readCell } from './read-cells.js';
import { DOCUMENT_COLUMNS, FEE_COLUMNS, PROCEDURE_COLUMNS, type Column } from './workbook-layout.js';

const column = (columns: readonly Column[], key: string) => {
  const found = columns.find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};
const value = (c: Column, raw: Parameters<typeof readCell>[1]) => {
  const read = readCell(c, raw);
  return read.ok ? read.value : read.problem.vi;
};

describe('readCell', () => {
  const code = column(PROCEDURE_COLUMNS, 'code');

  it('reads a code typed as a number back with six decimals, and refuses other shapes', () => {
    expect(value(code, 1.00295)).toBe('1.002950');
    expect(value(code, ' 2.000635 ')).toBe('2.000635');
    expect(value(code, { richText: [{ text: 'T-LDG-' }, { text: '000123-TT' }] })).toBe('T-LDG-000123-TT');
    expect(value(code, '1.2345')).toMatch(/định dạng d\.dddddd/);
    expect(value(code, null)).toBe('Bắt buộc phải nhập.');
  });

  it('accepts Có/Không in any case and Excel booleans', () => {
    const counter = column(PROCEDURE_COLUMNS, 'counter');
    expect([value(counter, 'có'), value(counter, 'KHÔNG'), value(counter, true)]).toEqual([true, false, true]);
    expect(value(counter, 'yes')).toBe("Chỉ nhận 'Có' hoặc 'Không'.");
  });

  it('reads Vietnamese number habits: thousands dots, decimal comma', () => {
    const amount = column(FEE_COLUMNS, 'amountVnd');
    expect([value(amount, '500.000'), value(amount, '1 250 000'), value(amount, 700000)]).toEqual([
      500000, 1250000, 700000,
    ]);
    expect(value(amount, null)).toBeNull();
    expect(value(amount, '12.5')).toBe('Phải là số nguyên.');
    const total = column(PROCEDURE_COLUMNS, 'timeTotal');
    expect([value(total, '0,5'), value(total, 2.5), value(total, { formula: 'A1*2', result: 4 })]).toEqual([
      0.5, 2.5, 4,
    ]);
  });

  it('splits lists and lines, and names the allowed values', () => {
    const applicants = column(PROCEDURE_COLUMNS, 'applicantTypes');
    expect(value(applicants, 'Citizen, enterprise;citizen')).toEqual(['citizen', 'enterprise']);
    expect(value(applicants, 'citizen, people')).toBe(
      'Giá trị không hợp lệ; chỉ nhận: citizen, organisation, enterprise.',
    );
    expect(value(column(PROCEDURE_COLUMNS, 'steps'), 'Một\r\n\r\n  Hai ')).toEqual(['Một', 'Hai']);
    expect(value(column(PROCEDURE_COLUMNS, 'steps'), null)).toEqual([]);
    expect(value(column(DOCUMENT_COLUMNS, 'form'), null)).toBeNull();
    expect(value(column(DOCUMENT_COLUMNS, 'form'), { error: '#N/A' })).toBe('Ô có lỗi công thức.');
  });
});
