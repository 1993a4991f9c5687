import { describe, expect, it } from 'vitest';
import {
  dateWordsVi,
  formatDateTimeVi,
  formatDateVi,
  formatNumberVi,
  governingBodyOf,
  placeDateLine,
  provinceOf,
} from './vn-format.js';

describe('Vietnamese wording of dates on forms', () => {
  it('pads day and month and uses the local date of Việt Nam (UTC+7)', () => {
    expect(dateWordsVi('2026-03-05T02:00:00Z')).toBe('ngày 05 tháng 03 năm 2026');
    // 18:30 UTC on 4 March is already 01:30 on 5 March in Việt Nam.
    expect(dateWordsVi(new Date('2026-03-04T18:30:00Z'))).toBe('ngày 05 tháng 03 năm 2026');
    expect(placeDateLine('Lâm Đồng', '2026-12-31T16:59:00Z')).toBe('Lâm Đồng, ngày 31 tháng 12 năm 2026');
    expect(placeDateLine('Lâm Đồng', '2026-12-31T17:00:00Z')).toBe('Lâm Đồng, ngày 01 tháng 01 năm 2027');
  });

  it('writes times as "08 giờ 30 phút, ngày 05/03/2026"', () => {
    expect(formatDateTimeVi('2026-03-05T01:30:00Z')).toBe('08 giờ 30 phút, ngày 05/03/2026');
    expect(formatDateVi('2026-11-09T17:00:00Z')).toBe('10/11/2026');
  });
});

describe('numbers and names', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(999)).toBe('999');
    expect(formatNumberVi(600000)).toBe('600.000');
    expect(formatNumberVi(1234567)).toBe('1.234.567');
    expect(formatNumberVi(-2500)).toBe('-2.500');
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
  });

  it('finds the province and the governing body in an agency name', () => {
    expect(provinceOf('Sở Y tế tỉnh Lâm Đồng')).toBe('Lâm Đồng');
    expect(provinceOf('Sở Y tế thành phố Hà Nội')).toBe('Hà Nội');
    expect(provinceOf('Bộ Y tế')).toBe('Bộ Y tế');
    expect(governingBodyOf('Sở Y tế tỉnh Khánh Hòa')).toBe('UBND TỈNH KHÁNH HÒA');
    expect(governingBodyOf('Bộ Y tế')).toBe('');
  });
});
