import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../../test/test-app.js';
import { DOCUMENT_COLUMNS, FEE_COLUMNS, PROCEDURE_COLUMNS } from './workbook-layout.js';
import {
  apiFor,
  cellAt,
  columnOf,
  publishSeeded,
  readWorkbook,
  rowsWhere,
  sheet,
  type Api,
} from './workbook-test-support.js';

let t: TestApp;
let focal: string;
let api: Api;
beforeAll(async () => {
  t = await createTestApp();
  focal = await signIn(t.app, 'daumoi');
  api = apiFor(t, focal);
  t.clock.set(new Date('2027-01-10T03:00:00Z'));
  await publishSeeded(api, '2027-01-05');
});
afterAll(() => t.close());

describe('GET /api/catalog/export.xlsx', () => {
  it('downloads a real XLSX file named after the agency and the local day', async () => {
    // 23:30 UTC on 10 January is already 11 January in Việt Nam.
    t.clock.set(new Date('2027-01-10T17:30:00Z'));
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/catalog/export.xlsx',
      headers: { cookie: await signIn(t.app, 'chuyenvien') },
    });
    t.clock.set(new Date('2027-01-10T03:00:00Z'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="danh-muc-tthc-000.00.31.H36-20270111.xlsx"');
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('holds every procedure in force, with its documents and fees, codes kept as text', async () => {
    const res = await api('GET', '/api/catalog/export.xlsx');
    const workbook = await readWorkbook(res.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Thủ tục', 'Thành phần hồ sơ', 'Phí, lệ phí']);

    const procedures = sheet(workbook, 'Thủ tục');
    expect(headers(procedures)).toEqual(PROCEDURE_COLUMNS.map((c) => c.header));
    expect(headers(sheet(workbook, 'Thành phần hồ sơ'))).toEqual(DOCUMENT_COLUMNS.map((c) => c.header));
    expect(headers(sheet(workbook, 'Phí, lệ phí'))).toEqual(FEE_COLUMNS.map((c) => c.header));
    expect(procedures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const inForce = (await api('GET', '/api/catalog/procedures?pageSize=200')).json();
    const codes: string[] = [];
    procedures.eachRow((row, n) => {
      if (n > 1) codes.push(row.getCell(1).value as string);
    });
    expect(codes.sort()).toEqual(inForce.items.map((p: { code: string }) => p.code).sort());
    expect(codes).toEqual(expect.arrayContaining(['9.910001', '9.910010', 'T-TST-000123-TT']));

    const [row] = rowsWhere(procedures, 'Mã thủ tục', '9.910010');
    const code = cellAt(procedures, row as number, 'Mã thủ tục');
    expect(code.type).toBe(ExcelJS.ValueType.String);
    expect(code.value).toBe('9.910010');
    const at = (header: string) => cellAt(procedures, row as number, header).value;
    expect(at('Đối tượng thực hiện')).toBe('organisation, enterprise');
    expect(at('Nộp qua bưu chính')).toBe('Không');
    expect(at('Dịch vụ công trực tuyến')).toBe('full');
    expect(at('Phải có mặt trực tiếp')).toBe('Có');
    expect(at('Thời hạn giải quyết')).toBe(0);
    expect(at('Thời hạn bước tiếp nhận')).toBeNull();
    expect(at('Không quy định phí, lệ phí')).toBe('Có');
    expect(at('Căn cứ pháp lý')).toBe('Luật A\nNghị định B');
    expect(at('Trình tự thực hiện')).toBeNull();

    const [first] = rowsWhere(procedures, 'Mã thủ tục', '9.910001');
    expect(cellAt(procedures, first as number, 'Mã đơn vị xử lý').value).toBe('000.00.31.H36.02');
    expect(cellAt(procedures, first as number, 'Thời hạn bước phòng chuyên môn').value).toBe(17.5);
    expect(cellAt(procedures, first as number, 'Trình tự thực hiện').value).toBe('Nộp hồ sơ\nThẩm định\nTrả kết quả');
  });

  it('lists documents and fee items one per row, under their procedure code, in order', async () => {
    const workbook = await readWorkbook((await api('GET', '/api/catalog/export.xlsx')).rawPayload);
    const documents = sheet(workbook, 'Thành phần hồ sơ');
    const rows = rowsWhere(documents, 'Mã thủ tục', 'T-TST-000123-TT').map((n) => documents.getRow(n).values);
    expect(rows).toEqual([
      [undefined, 'T-TST-000123-TT', 1, 'Tờ khai', undefined, 2, undefined, 'Có'],
      [undefined, 'T-TST-000123-TT', 2, 'Giấy tờ khác', 'original_or_copy', 1, 'Mẫu 01', 'Không'],
    ]);
    expect(rowsWhere(documents, 'Mã thủ tục', '9.910010')).toEqual([]);

    const fees = sheet(workbook, 'Phí, lệ phí');
    const feeRows = rowsWhere(fees, 'Mã thủ tục', 'T-TST-000123-TT').map((n) => fees.getRow(n).values);
    expect(feeRows).toEqual([
      [undefined, 'T-TST-000123-TT', 1, 'charge', 'Lệ phí cấp giấy', undefined, 'Theo bảng giá'],
      [undefined, 'T-TST-000123-TT', 2, 'fee', 'Phí thẩm định', 1250000],
    ]);
    expect(columnOf(fees, 'Mức thu (đồng)')).toBe(5);
  });

  it('leaves out procedures not yet in force and abolished ones', async () => {
    t.clock.set(new Date('2027-01-04T03:00:00Z'));
    const before = await readWorkbook((await api('GET', '/api/catalog/export.xlsx')).rawPayload);
    t.clock.set(new Date('2027-01-10T03:00:00Z'));
    expect(rowsWhere(sheet(before, 'Thủ tục'), 'Mã thủ tục', '9.910001')).toEqual([]);
    const abolished = (await api('GET', '/api/catalog/procedures?includeAbolished=true&pageSize=200')).json();
    const gone = abolished.items.filter((p: { isAbolished: boolean }) => p.isAbolished);
    const now = await readWorkbook((await api('GET', '/api/catalog/export.xlsx')).rawPayload);
    for (const p of gone) expect(rowsWhere(sheet(now, 'Thủ tục'), 'Mã thủ tục', p.code)).toEqual([]);
  });
});

function headers(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell((cell) => out.push(cell.text));
  return out;
}
