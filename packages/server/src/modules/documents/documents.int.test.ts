import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handOver } from '../../../test/handover.js';
import { createTestApp, signIn, type TestApp, addUser, KHANH_HOA_CODE } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

/**
 * Every statutory form of a real dossier, read back with the real tools: pdftotext for the
 * Vietnamese text, pdftoppm + zbarimg for the receipt's QR code.
 */
let t: TestApp;
let tmp: string;
const cookie: Record<string, string> = {};
const AGENCY = 'Sở Y tế tỉnh Lâm Đồng';
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const PROCEDURE = 'Cấp Chứng chỉ hành nghề dược';
const APPLICANT = 'Trần Thị Bích Ngọc';

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_BASE_URL: 'https://motcua.soyte.lamdong.gov.vn' });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-forms-'));
  const clerk = { username: 'buudien.kh', fullName: 'Bưu Điện KH', role: 'counter_clerk' } as const;
  cookie['buudien.kh'] = await addUser(t, clerk, KHANH_HOA_CODE);
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao']) cookie[u] = await signIn(t.app, u);
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

let citizen = 0;
/** The code of the first dossier received in March 2026, for the tracking book. */
let marchCode = '';
function reception() {
  citizen += 1;
  return {
    procedureCode: '1.002952',
    channel: 'counter',
    applicant: {
      kind: 'person',
      name: APPLICANT,
      citizenId: `0680960${String(citizen).padStart(5, '0')}`,
      dateOfBirth: '1992-03-05',
      phone: '0912345678',
      email: 'ngoc@example.vn',
      address: '12 Trần Phú, Phường Xuân Hương, Đà Lạt, Lâm Đồng',
    },
    documents: Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 })),
    returnMethod: 'counter',
  };
}

async function receive() {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: cookie.buudien! },
    payload: reception(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; version: number };
}

async function act(user: string, id: string, action: string, version: number, extra: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${id}/actions`,
    headers: { cookie: cookie[user]! },
    payload: { action, expectedVersion: version, ...extra },
  });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as { version: number };
}

async function get(url: string, user = 'buudien') {
  return t.app.inject({ method: 'GET', url, headers: { cookie: cookie[user]! } });
}

/** pdftotext of the bytes, whitespace collapsed (table cells wrap long names). */
function textOf(pdf: Buffer, name: string): string {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function pdf(url: string, name: string, user = 'buudien') {
  const res = await get(url, user);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toMatch(/^inline; filename="[^"]+\.pdf"$/);
  expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  return { bytes: res.rawPayload, text: textOf(res.rawPayload, name), res };
}

describe('receipt and appointment slip (01)', () => {
  it('prints the motto, agency, applicant, procedure and code, with a QR code to the public lookup', async () => {
    t.clock.set(new Date('2026-03-05T01:30:00Z')); // Thursday 08:30 in Việt Nam
    const d = await receive();
    marchCode = d.code;
    const { bytes, text } = await pdf(`/api/dossiers/${d.id}/forms/receipt.pdf`, 'receipt');
    for (const s of [
      MOTTO,
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mẫu số 01',
      AGENCY,
      'UBND TỈNH LÂM ĐỒNG',
      'Lâm Đồng, ngày 05 tháng 03 năm 2026',
      APPLICANT,
      PROCEDURE,
      d.code,
      '08 giờ 30 phút, ngày 05/03/2026',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN',
      'Trang 1/',
    ])
      expect(text, s).toContain(s);
    const png = path.join(tmp, 'receipt');
    fs.writeFileSync(`${png}.pdf`, bytes);
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', `${png}.pdf`, png]);
    const image = fs.readdirSync(tmp).find((f) => f.startsWith('receipt') && f.endsWith('.png'));
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(tmp, image!)], { encoding: 'utf8' }).trim();
    expect(decoded).toBe(`https://motcua.soyte.lamdong.gov.vn/tra-cuu-ho-so/${d.code}`);
  });

  it('serves the stored bytes again while the data is unchanged, and records one generated document', async () => {
    const d = await receive();
    const first = await get(`/api/dossiers/${d.id}/forms/receipt.pdf`);
    t.clock.set(new Date('2026-03-06T03:00:00Z'));
    const second = await get(`/api/dossiers/${d.id}/forms/receipt.pdf`);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    const rows = await t.db
      .selectFrom('generated_document')
      .select(['kind', 'sha256', 'size_bytes'])
      .where('dossier_id', '=', d.id)
      .execute();
    expect(rows).toEqual([
      { kind: 'receipt', sha256: first.headers['x-document-sha256'], size_bytes: first.rawPayload.length },
    ]);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audits = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'document.print')
      .where('target_id', '=', d.id)
      .execute();
    expect(audits.map((a) => (a.details as { reused: boolean }).reused)).toEqual([false, true]);
  });

  it("answers 404 for another agency's dossier and 409 for a form that does not apply yet", async () => {
    const d = await receive();
    const foreign = await get(`/api/dossiers/${d.id}/forms/receipt.pdf`, 'buudien.kh');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    const apology = await get(`/api/dossiers/${d.id}/forms/apology.pdf`);
    expect(apology.statusCode).toBe(409);
    expect(apology.json().error.code).toBe('FORM_NOT_APPLICABLE');
    expect((await get(`/api/dossiers/${d.id}/forms/unknown.pdf`)).statusCode).toBe(400);
  });
});

describe('forms along the processing path', () => {
  it('renders the control slip again once the log has a new step, and keeps the earlier one', async () => {
    const d = await receive();
    const before = await get(`/api/dossiers/${d.id}/forms/control-slip.pdf`);
    t.clock.set(new Date('2026-03-06T04:00:00Z'));
    await handOver(t.app, cookie.buudien!, cookie.truongphong!, 'counter_to_unit', [{ id: d.id }]);
    const after = await get(`/api/dossiers/${d.id}/forms/control-slip.pdf`);
    expect(after.headers['x-document-sha256']).not.toBe(before.headers['x-document-sha256']);
    expect(textOf(after.rawPayload, 'control-after')).toContain('Chuyển phòng chuyên môn');
    const rows = await t.db
      .selectFrom('generated_document')
      .select('sha256')
      .where('dossier_id', '=', d.id)
      .where('kind', '=', 'control-slip')
      .orderBy('generated_at')
      .execute();
    expect(rows.map((r) => r.sha256)).toEqual([
      before.headers['x-document-sha256'],
      after.headers['x-document-sha256'],
    ]);
    expect((await t.files.get(rows[0]!.sha256)).equals(before.rawPayload)).toBe(true);
  });

  it('prints the supplement request, apology, stop notice and control slip with their exact wording', async () => {
    t.clock.set(new Date('2026-03-09T01:00:00Z'));
    const d = await receive();
    const specialist = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'chuyenvien')
      .executeTakeFirstOrThrow();
    await handOver(t.app, cookie.buudien!, cookie.truongphong!, 'counter_to_unit', [{ id: d.id }]);
    let v = 2;
    v = (await act('truongphong', d.id, 'assign', v, { specialistId: specialist.id })).version;
    v = (
      await act('chuyenvien', d.id, 'request_supplement', v, {
        items: [{ ord: 3, name: 'Giấy chứng nhận đủ sức khỏe', reason: 'expired', note: 'Quá 12 tháng' }],
      })
    ).version;
    const supplement = await pdf(`/api/dossiers/${d.id}/forms/supplement-request.pdf`, 'supplement');
    for (const s of [
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Mẫu số 02',
      AGENCY,
      APPLICANT,
      PROCEDURE,
      d.code,
      'Giấy chứng nhận đủ sức khỏe',
      'Hết hiệu lực',
    ])
      expect(supplement.text, s).toContain(s);
    t.clock.set(new Date('2026-03-10T01:00:00Z'));
    v = (await act('buudien', d.id, 'record_supplement', v, { note: 'Đã nhận' })).version;
    // Decree 118: the unit drafts the apology, the leader approves it.
    v = (
      await act('chuyenvien', d.id, 'draft_apology', v, {
        newDueAt: '2026-05-29T10:00:00+07:00',
        note: 'Cần thẩm định thực tế cơ sở',
      })
    ).version;
    v = (await act('lanhdao', d.id, 'extend_deadline', v, {})).version;
    const apology = await pdf(`/api/dossiers/${d.id}/forms/apology.pdf`, 'apology');
    for (const s of [
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'Mẫu số 04',
      AGENCY,
      APPLICANT,
      PROCEDURE,
      d.code,
      'Cần thẩm định thực tế cơ sở',
      '10 giờ 00 phút, ngày 29/05/2026',
    ])
      expect(apology.text, s).toContain(s);
    await act('lanhdao', d.id, 'stop', v, { note: 'Cơ sở ngừng hoạt động' });
    const stop = await pdf(`/api/dossiers/${d.id}/forms/stop-notice.pdf`, 'stop');
    for (const s of [
      'THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ',
      'Mẫu số 05',
      AGENCY,
      APPLICANT,
      PROCEDURE,
      d.code,
      'Cơ sở ngừng hoạt động',
    ])
      expect(stop.text, s).toContain(s);
    const control = await pdf(`/api/dossiers/${d.id}/forms/control-slip.pdf`, 'control');
    for (const s of [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 06',
      AGENCY,
      APPLICANT,
      PROCEDURE,
      d.code,
      'Phân công xử lý',
      'Dừng xử lý',
      'Trước hạn',
    ])
      expect(control.text, s).toContain(s);
    expect(control.text).not.toContain('Quá hạn');
  });

  it('prints the refusal (03) of an online dossier refused by the counter', async () => {
    const online = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { cookie: cookie.buudien! },
      payload: { ...reception(), channel: 'online' },
    });
    expect(online.statusCode, online.body).toBe(201);
    const id = online.json().id as string;
    await act('buudien', id, 'refuse_online', 1, { reason: 'wrong_agency', note: 'Thuộc thẩm quyền Bộ Y tế' });
    const refusal = await pdf(`/api/dossiers/${id}/forms/refusal.pdf`, 'refusal');
    for (const s of [
      'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 03',
      AGENCY,
      APPLICANT,
      PROCEDURE,
      'Thuộc thẩm quyền Bộ Y tế',
      'Không thuộc thẩm quyền giải quyết của cơ quan',
    ])
      expect(refusal.text, s).toContain(s);
  });
});

describe('slips at the counter and the tracking book', () => {
  it('prints a supplement request handed back at reception, without a dossier code', async () => {
    const body = reception();
    const slip = await t.app.inject({
      method: 'POST',
      url: '/api/reception-slips',
      headers: { cookie: cookie.buudien! },
      payload: {
        kind: 'supplement',
        procedureCode: '1.002952',
        applicant: body.applicant,
        items: [{ ord: 1, name: 'Bản sao văn bằng chuyên môn', reason: 'not_certified', note: '' }],
      },
    });
    expect(slip.statusCode, slip.body).toBe(201);
    const printed = await pdf(`/api/reception-slips/${slip.json().id}/slip.pdf`, 'reception-supplement');
    for (const s of [
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      AGENCY,
      APPLICANT,
      PROCEDURE,
      'Bản sao văn bằng chuyên môn',
      'Chưa chứng thực',
    ])
      expect(printed.text, s).toContain(s);
    expect((await get(`/api/reception-slips/${slip.json().id}/slip.pdf`, 'buudien.kh')).statusCode).toBe(404);
  });

  it('prints the tracking book of a date range with every dossier received in it', async () => {
    const book = await pdf('/api/dossiers/tracking-book.pdf?from=2026-03-01&to=2026-03-31', 'book');
    for (const s of [
      'SỔ THEO DÕI HỒ SƠ',
      'Mẫu số 07',
      AGENCY,
      'Từ ngày 01/03/2026 đến ngày 31/03/2026',
      marchCode,
      'Trần Thị Bích Ngọc',
    ])
      expect(book.text, s).toContain(s);
    const bad = await get('/api/dossiers/tracking-book.pdf?from=2026-03-31&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
  });
});
