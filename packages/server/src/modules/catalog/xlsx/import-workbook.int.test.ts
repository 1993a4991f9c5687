import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../../test/test-app.js';
import {
  apiFor,
  bytesOf,
  cellAt,
  columnOf,
  download,
  draft,
  publishSeeded,
  readWorkbook,
  rowsWhere,
  sheet,
  upload,
  type Api,
} from './workbook-test-support.js';
import { chainPendingAudit } from '../../audit/audit.repository.js';

let t: TestApp;
let focal: string;
let api: Api;
let seedDecision: string;
let exported: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  focal = await signIn(t.app, 'daumoi');
  api = apiFor(t, focal);
  t.clock.set(new Date('2027-01-10T03:00:00Z'));
  seedDecision = await publishSeeded(api, '2027-01-05');
  exported = await download(t, focal);
});
afterAll(() => t.close());

const changesOf = async (id: string) => (await api('GET', `/api/catalog/decisions/${id}`)).json().changes;

describe('export → import round trip', () => {
  it('finds no change in an unchanged catalog, dry run and real', async () => {
    const id = await draft(api, '2027-01-20');
    const dry = await upload(t, focal, id, exported);
    expect(dry.statusCode, dry.body).toBe(200);
    const inForce = (await api('GET', '/api/catalog/procedures?pageSize=200')).json().total;
    expect(dry.json()).toEqual({
      valid: true,
      dryRun: true,
      problems: [],
      changes: [],
      unchanged: inForce,
      alreadyInDecision: [],
      notInWorkbook: [],
    });
    const real = await upload(t, focal, id, exported, { dryRun: false });
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ valid: true, dryRun: false, changes: [], unchanged: inForce });
    expect(await changesOf(id)).toEqual([]);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'decision.import')
      .where('target_id', '=', id)
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { new: 0, amend: 0, unchanged: inForce, alreadyInDecision: 0, notInWorkbook: 0 },
    ]);
  });

  it('turns one edited fee cell into exactly one amend whose diff is that fee', async () => {
    const workbook = await readWorkbook(exported);
    const fees = sheet(workbook, 'Phí, lệ phí');
    const [row] = rowsWhere(fees, 'Mã thủ tục', '9.910001');
    cellAt(fees, row as number, 'Mức thu (đồng)').value = 750000;
    const bytes = await bytesOf(workbook);
    const id = await draft(api, '2027-02-01');

    const dry = (await upload(t, focal, id, bytes)).json();
    expect(dry.changes).toEqual([{ kind: 'amend', code: '9.910001', name: 'Thủ tục thử có phí' }]);
    expect(await changesOf(id)).toEqual([]);

    const real = await upload(t, focal, id, bytes, { dryRun: false });
    expect(real.statusCode, real.body).toBe(200);
    const [change, ...others] = await changesOf(id);
    expect(others).toEqual([]);
    expect(change).toMatchObject({ kind: 'amend', procedureCode: '9.910001' });
    expect(change.diff).toEqual([{ path: 'fees.items.0.amountVnd', before: 500000, after: 750000 }]);

    // Importing the same file again adds nothing and is not a problem.
    const again = (await upload(t, focal, id, bytes, { dryRun: false })).json();
    expect(again).toMatchObject({ valid: true, changes: [], alreadyInDecision: ['9.910001'] });
    expect(await changesOf(id)).toHaveLength(1);
  });

  it('adds a new procedure from a new row and its document rows, a code typed as a number included', async () => {
    const workbook = await readWorkbook(exported);
    const procedures = sheet(workbook, 'Thủ tục');
    const [source] = rowsWhere(procedures, 'Mã thủ tục', '9.910001');
    const values = (procedures.getRow(source as number).values as unknown[]).slice(1);
    const added = procedures.addRow(values);
    // Excel turns a typed 9.910100 into the number 9.9101; the import reads it back as the code.
    added.getCell(columnOf(procedures, 'Mã thủ tục')).value = 9.9101;
    added.getCell(columnOf(procedures, 'Tên thủ tục')).value = 'Thủ tục mới từ bảng tính';
    const documents = sheet(workbook, 'Thành phần hồ sơ');
    documents.addRow(['9.910100', 2, 'Bản sao giấy phép', 'copy', 1, null, 'Không']);
    documents.addRow(['9.910100', 1, 'Đơn đề nghị', 'original', 1, 'Mẫu 01', 'Không']);
    const id = await draft(api, '2027-02-01');

    const res = await upload(t, focal, id, await bytesOf(workbook), { dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changes).toEqual([{ kind: 'new', code: '9.910100', name: 'Thủ tục mới từ bảng tính' }]);
    const [change] = await changesOf(id);
    expect(change).toMatchObject({ kind: 'new', procedureCode: '9.910100' });
    const docs = change.diff.filter((d: { path: string }) => /^documents\.\d\.name$/.test(d.path));
    expect(docs.map((d: { after: string }) => d.after)).toEqual(['Đơn đề nghị', 'Bản sao giấy phép']);
  });

  it('reports in-force procedures missing from the workbook without abolishing them', async () => {
    const workbook = await readWorkbook(exported);
    const procedures = sheet(workbook, 'Thủ tục');
    const [row] = rowsWhere(procedures, 'Mã thủ tục', '9.910010');
    procedures.spliceRows(row as number, 1);
    const id = await draft(api, '2027-02-01');
    const res = (await upload(t, focal, id, await bytesOf(workbook), { dryRun: false })).json();
    expect(res).toMatchObject({ valid: true, changes: [], notInWorkbook: ['9.910010'] });
    expect(await changesOf(id)).toEqual([]);
  });
});

describe('a workbook with mistakes', () => {
  async function brokenWorkbook(): Promise<Buffer> {
    const workbook = await readWorkbook(exported);
    const procedures = sheet(workbook, 'Thủ tục');
    const [feeRow] = rowsWhere(procedures, 'Mã thủ tục', '9.910001');
    const copy = (procedures.getRow(feeRow as number).values as unknown[]).slice(1);
    cellAt(procedures, feeRow as number, 'Dịch vụ công trực tuyến').value = 'sometimes';
    const bad = procedures.addRow(copy);
    bad.getCell(1).value = '12345';
    const documents = sheet(workbook, 'Thành phần hồ sơ');
    const [docRow] = rowsWhere(documents, 'Mã thủ tục', 'T-TST-000123-TT');
    cellAt(documents, docRow as number, 'Số lượng').value = 0;
    documents.addRow(['9.999999', 1, 'Giấy tờ lạc', 'original', 1, null, 'Không']);
    const fees = sheet(workbook, 'Phí, lệ phí');
    fees.getRow(1).getCell(columnOf(fees, 'Ghi chú')).value = null;
    return bytesOf(workbook);
  }

  it('lists every problem with its sheet, row and column, and the real import writes nothing', async () => {
    const bytes = await brokenWorkbook();
    const workbook = await readWorkbook(bytes);
    const procedures = sheet(workbook, 'Thủ tục');
    const [feeRow] = rowsWhere(procedures, 'Mã thủ tục', '9.910001');
    const [badRow] = rowsWhere(procedures, 'Mã thủ tục', '12345');
    const [docRow] = rowsWhere(sheet(workbook, 'Thành phần hồ sơ'), 'Mã thủ tục', 'T-TST-000123-TT');
    const [lostRow] = rowsWhere(sheet(workbook, 'Thành phần hồ sơ'), 'Mã thủ tục', '9.999999');
    const onlineColumn = String.fromCharCode(64 + columnOf(procedures, 'Dịch vụ công trực tuyến'));
    const id = await draft(api, '2027-02-01');

    const dry = await upload(t, focal, id, bytes);
    expect(dry.statusCode).toBe(200);
    const summary = dry.json();
    expect(summary.valid).toBe(false);
    const located = summary.problems.map((p: { sheet: string; row: number; column: string; field: string }) => [
      p.sheet,
      p.row,
      p.column,
      p.field,
    ]);
    expect(located).toEqual([
      ['Thủ tục', feeRow, 'Dịch vụ công trực tuyến', `Thủ tục!${onlineColumn}${feeRow}`],
      ['Thủ tục', badRow, 'Mã thủ tục', `Thủ tục!A${badRow}`],
      ['Thành phần hồ sơ', docRow, 'Số lượng', `Thành phần hồ sơ!E${docRow}`],
      ['Thành phần hồ sơ', lostRow, 'Mã thủ tục', `Thành phần hồ sơ!A${lostRow}`],
      ['Phí, lệ phí', 1, 'Ghi chú', 'Phí, lệ phí!1:1'],
    ]);
    expect(summary.problems[1].message).toBe(
      `Sheet 'Thủ tục', dòng ${badRow}, cột 'Mã thủ tục': Mã không đúng định dạng d.dddddd (ví dụ 1.002952) hoặc T-XXX-dddddd-TT.`,
    );
    expect(summary.problems[0].message).toContain('chỉ nhận: none, partial, full');
    expect(summary.problems[2].message).toContain('Không được nhỏ hơn 1');

    const real = await upload(t, focal, id, bytes, { dryRun: false, language: 'en' });
    expect(real.statusCode).toBe(400);
    const error = real.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.map((d: { field: string }) => d.field)).toEqual(located.map((l: string[]) => l[3]));
    expect(error.details[4].message).toBe(
      "Sheet 'Phí, lệ phí', row 1, column 'Ghi chú': This column is missing from the header row (row 1).",
    );
    expect(await changesOf(id)).toEqual([]);
  });

  it('reports a file that is not a workbook, and refuses other bodies and files over 10 MB', async () => {
    const id = await draft(api, '2027-02-01');
    const junk = await upload(t, focal, id, Buffer.from('not a zip at all'));
    expect(junk.json()).toMatchObject({ valid: false, problems: [{ sheet: null, row: null, field: 'workbook' }] });
    const json = await api('POST', `/api/catalog/decisions/${id}/import`, { rows: [] });
    expect(json.statusCode).toBe(415);
    // Above the API's 1 MB limit for JSON, below the workbook's 10 MB.
    const large = await upload(t, focal, id, Buffer.alloc(2 * 1024 * 1024));
    expect(large.json()).toMatchObject({ valid: false, problems: [{ field: 'workbook' }] });
    expect((await upload(t, focal, id, Buffer.alloc(11 * 1024 * 1024))).statusCode).toBe(413);
  });

  it('refuses a new code that the catalog already holds as abolished', async () => {
    const abolished = (await api('GET', '/api/catalog/procedures?includeAbolished=true&pageSize=200')).json();
    const gone = abolished.items.find((p: { isAbolished: boolean }) => p.isAbolished);
    expect(gone, 'the demo catalog abolishes T-LDG-000123-TT').toBeDefined();
    const workbook = await readWorkbook(exported);
    const procedures = sheet(workbook, 'Thủ tục');
    const [source] = rowsWhere(procedures, 'Mã thủ tục', '9.910010');
    const again = procedures.addRow((procedures.getRow(source as number).values as unknown[]).slice(1));
    again.getCell(1).value = gone.code;
    const id = await draft(api, '2027-02-01');
    const res = (await upload(t, focal, id, await bytesOf(workbook))).json();
    expect(res.valid).toBe(false);
    expect(res.problems[0].message).toContain(`Mã thủ tục ${gone.code} đã có trong danh mục.`);
  });
});

describe('refusals', () => {
  it('answers 409 for a published decision and 404 for an unknown one', async () => {
    const published = await upload(t, focal, seedDecision, exported);
    expect(published.statusCode).toBe(409);
    expect(published.json().error.details[0].field).toBe('status');
    const unknown = await upload(t, focal, '00000000-0000-4000-8000-000000000000', exported);
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 403 to a role that cannot manage the catalog', async () => {
    const id = await draft(api, '2027-02-01');
    const res = await upload(t, await signIn(t.app, 'chuyenvien'), id, exported, { dryRun: false });
    expect(res.statusCode).toBe(403);
  });
});
