import type { ProcedureContent } from '@motcua/core';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { procedureFixture } from '../../../../test/fixtures/procedure.js';
import type { TestApp } from '../../../../test/test-app.js';
import { XLSX_TYPE } from './export-catalog.js';

/** Shared by the workbook integration tests: seeding through the API and handling the files. */

/** Procedures that exercise every column: nulls, empty lists, decimals, a provincial code. */
export const SEEDED: ProcedureContent[] = [
  procedureFixture({ code: '9.910001', name: 'Thủ tục thử có phí' }),
  procedureFixture({
    code: '9.910010',
    name: 'Thủ tục thử không phí, mã tận cùng bằng 0',
    applicantTypes: ['organisation', 'enterprise'],
    channels: { counter: true, postReceipt: false, postReturn: false, online: 'full', personalPresence: true },
    documents: [],
    processingTime: { unit: 'calendar_days', total: 0, steps: null, note: 'Trả ngay khi nhận' },
    fees: { items: [], noFee: true, exemptions: null },
    conditions: null,
    steps: [],
    legalBasis: ['Luật A', 'Nghị định B'],
    recourse: null,
  }),
  procedureFixture({
    code: 'T-TST-000123-TT',
    name: 'Thủ tục cấp tỉnh thử',
    implementingUnitCode: null,
    documents: [
      { name: 'Tờ khai', form: null, copies: 2, formTemplate: null, reusableFromNationalData: true },
      {
        name: 'Giấy tờ khác',
        form: 'original_or_copy',
        copies: 1,
        formTemplate: 'Mẫu 01',
        reusableFromNationalData: false,
      },
    ],
    processingTime: null,
    fees: {
      items: [
        { kind: 'charge', name: 'Lệ phí cấp giấy', amountVnd: null, note: 'Theo bảng giá' },
        { kind: 'fee', name: 'Phí thẩm định', amountVnd: 1_250_000, note: null },
      ],
      noFee: false,
      exemptions: 'Người có công với cách mạng',
    },
    conditions: 'Dòng một\nDòng hai',
    steps: ['Bước 1: nộp hồ sơ', 'Bước 2: thẩm định', 'Bước 3: trả kết quả'],
  }),
];

export type Api = ReturnType<typeof apiFor>;

export function apiFor(t: TestApp, cookie: string) {
  return (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
}

let counter = 0;
export async function draft(api: Api, effectiveFrom: string): Promise<string> {
  counter += 1;
  const res = await api('POST', '/api/catalog/decisions', {
    number: `${counter}/QĐ-XLSX`,
    title: 'Công bố thủ tục hành chính (bảng tính)',
    signedOn: '2027-01-04',
    signer: 'Chủ tịch UBND tỉnh',
    effectiveFrom,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Publishes the seeded procedures as 'new' changes of one decision; returns its id. */
export async function publishSeeded(api: Api, effectiveFrom: string): Promise<string> {
  const id = await draft(api, effectiveFrom);
  for (const content of SEEDED) {
    const res = await api('POST', `/api/catalog/decisions/${id}/changes`, { kind: 'new', content });
    expect(res.statusCode, res.body).toBe(201);
  }
  const published = await api('POST', `/api/catalog/decisions/${id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

export async function download(t: TestApp, cookie: string): Promise<Buffer> {
  const res = await t.app.inject({ method: 'GET', url: '/api/catalog/export.xlsx', headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

export async function upload(
  t: TestApp,
  cookie: string,
  decisionId: string,
  bytes: Buffer,
  options: { dryRun?: boolean; language?: string } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/catalog/decisions/${decisionId}/import?dryRun=${options.dryRun ?? true}`,
    headers: { cookie, 'content-type': XLSX_TYPE, 'accept-language': options.language ?? 'vi' },
    payload: bytes,
  });
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as never);
  return workbook;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Column number of a header in row 1. */
export function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, n) => {
    if (cell.text === header) found = n;
  });
  if (!found) throw new Error(`no column ${header} in ${ws.name}`);
  return found;
}

/** Rows (numbers) whose cell under `header` holds `value`. */
export function rowsWhere(ws: ExcelJS.Worksheet, header: string, value: string): number[] {
  const col = columnOf(ws, header);
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    if (n > 1 && row.getCell(col).value === value) rows.push(n);
  });
  return rows;
}

export function cellAt(ws: ExcelJS.Worksheet, row: number, header: string): ExcelJS.Cell {
  return ws.getRow(row).getCell(columnOf(ws, header));
}
