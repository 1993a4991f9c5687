import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handOver } from '../../../test/handover.js';
import { createTestApp, signIn, type TestApp, addUser, KHANH_HOA_CODE } from '../../../test/test-app.js';

/**
 * Figures over March 2035, a month the demo data never reaches (it ends at the real date of the
 * test run), so every dossier counted is one this file receives.
 */
let t: TestApp;
const cookie: Record<string, string> = {};
let citizen = 0;
let specialistId = '';

beforeAll(async () => {
  t = await createTestApp();
  const leader = { username: 'lanhdao.khanhhoa', fullName: 'Lãnh đạo KH', role: 'leader' } as const;
  cookie['lanhdao.khanhhoa'] = await addUser(t, leader, KHANH_HOA_CODE);
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu', 'daumoi'])
    cookie[u] = await signIn(t.app, u);
  specialistId = (
    await t.db.selectFrom('app_user').select('id').where('username', '=', 'chuyenvien').executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

async function receive(at: string, channel: 'counter' | 'post' | 'online', returnMethod = 'counter') {
  t.clock.set(new Date(at));
  citizen += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: cookie.buudien! },
    payload: {
      procedureCode: '1.002952',
      channel,
      applicant: {
        kind: 'person',
        name: 'Trần Thị Bình',
        citizenId: `0680952${String(citizen).padStart(5, '0')}`,
        dateOfBirth: '1988-02-03',
        phone: '0912345678',
        email: null,
        address: '5 Hùng Vương, Đà Lạt, Lâm Đồng',
      },
      documents:
        channel === 'online'
          ? []
          : Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 })),
      returnMethod,
      returnAddress: returnMethod === 'post' ? '5 Hùng Vương, Đà Lạt, Lâm Đồng' : null,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function act(user: string, d: { id: string; version: number }, action: string, extra = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${d.id}/actions`,
    headers: { cookie: cookie[user]! },
    payload: { action, expectedVersion: d.version, ...extra },
  });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  d.version = res.json().version;
}

/** Paper moves with a confirmed hand-over record (docs/POSTAL.md); online dossiers by the action itself. */
async function moveOn(
  d: { id: string; version: number },
  direction: 'counter_to_unit' | 'unit_to_counter',
  from: string,
  to: string,
  action: string,
  extra: { resultNumber?: string } = {},
) {
  const channel = await t.db.selectFrom('dossier').select('channel').where('id', '=', d.id).executeTakeFirstOrThrow();
  if (channel.channel === 'online') return act(from, d, action, extra);
  await handOver(t.app, cookie[from]!, cookie[to]!, direction, [{ id: d.id, ...extra }]);
  d.version += 1;
}

/** Processes a received dossier to its result and returns it at `at`. */
async function processAndReturn(d: { id: string; version: number }, at: string, returnChannel: string) {
  await moveOn(d, 'counter_to_unit', 'buudien', 'truongphong', 'transfer_to_unit');
  await act('truongphong', d, 'assign', { specialistId });
  await act('chuyenvien', d, 'propose_result', { note: 'Đủ điều kiện' });
  await act('truongphong', d, 'check');
  await act('lanhdao', d, 'approve');
  await moveOn(d, 'unit_to_counter', 'vanthu', 'buudien', 'issue', { resultNumber: `${d.version}/CCHN-SYT` });
  t.clock.set(new Date(at));
  await act('buudien', d, 'return_result', {
    returnChannel,
    recipientName: 'Trần Thị Bình',
    recipientIdNumber: '068095200001',
  });
}

const figures = async (from: string, to: string, user = 'lanhdao') => {
  const res = await t.app.inject({
    url: `/api/reports/channel-figures?from=${from}&to=${to}`,
    headers: { cookie: cookie[user]! },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('channel figures', () => {
  it('counts receptions by channel, returns by method and postal staff handling, within local dates', async () => {
    // In March 2035: three at the counter, one by post, one online accepted, one online refused.
    const a = await receive('2035-03-01T01:00:00Z', 'counter');
    const b = await receive('2035-03-01T01:10:00Z', 'counter', 'post');
    await receive('2035-03-02T02:00:00Z', 'post', 'post');
    const online = await receive('2035-03-02T03:00:00Z', 'online', 'electronic');
    await act('buudien', online, 'accept_online');
    const refused = await receive('2035-03-03T03:00:00Z', 'online');
    await act('buudien', refused, 'refuse_online', { note: 'Sai thẩm quyền' });
    // 31 March 23:30 local is still March; 1 April 00:10 local is not.
    await receive('2035-03-31T16:30:00Z', 'counter');
    await receive('2035-03-31T17:10:00Z', 'counter');
    // A returned at the counter, B by post, both in March.
    t.clock.set(new Date('2035-03-10T02:00:00Z'));
    await processAndReturn(a, '2035-03-15T02:00:00Z', 'in_person');
    await processAndReturn(b, '2035-03-16T02:00:00Z', 'post');

    const march = await figures('2035-03-01', '2035-03-31');
    expect(march).toEqual({
      from: '2035-03-01',
      to: '2035-03-31',
      received: { counter: 3, post: 1, online: 1, total: 5 },
      returned: { counter: 1, post: 1, electronic: 0, total: 2 },
      // Every reception and return was recorded by the counter clerk: 5 dossiers, A and B once each.
      postalStaff: { received: 5, returned: 2, handled: 5 },
    });
    const april = await figures('2035-04-01', '2035-04-30');
    expect(april.received).toEqual({ counter: 1, post: 0, online: 0, total: 1 });
    // Returns only: a period holding A's and B's returns but not their receptions.
    const returnsOnly = await figures('2035-03-10', '2035-03-20');
    expect(returnsOnly.received.total).toBe(0);
    expect(returnsOnly.postalStaff).toEqual({ received: 0, returned: 2, handled: 2 });
  });

  it('does not count a reception recorded by someone other than postal staff as handled by them', async () => {
    const d = await receive('2035-05-03T01:00:00Z', 'counter');
    // The same reception as if recorded by a records officer's account (data from an older system).
    await t.db
      .updateTable('dossier_event')
      .set({ actor_role: 'records_officer' })
      .where('dossier_id', '=', d.id)
      .where('action', '=', 'receive')
      .execute();
    const may = await figures('2035-05-01', '2035-05-31');
    expect(may.received.total).toBe(1);
    expect(may.postalStaff).toEqual({ received: 0, returned: 0, handled: 0 });
  });

  it("shows another agency nothing of this one's figures, and refuses a reversed period", async () => {
    const other = await figures('2035-03-01', '2035-03-31', 'lanhdao.khanhhoa');
    expect(other.received.total).toBe(0);
    expect(other.postalStaff.handled).toBe(0);
    const reversed = await t.app.inject({
      url: '/api/reports/channel-figures?from=2035-03-31&to=2035-03-01',
      headers: { cookie: cookie.lanhdao! },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0].field).toBe('querystring.to');
  });

  it('exports the same figures as an XLSX workbook', async () => {
    const res = await t.app.inject({
      url: '/api/reports/channel-figures.xlsx?from=2035-03-01&to=2035-03-31',
      headers: { cookie: cookie.buudien! },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = new Map<string, unknown>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value).trim(), row.getCell(2).value));
    expect(sheet.getRow(1).getCell(1).value).toBe('Số liệu hồ sơ theo kênh từ 2035-03-01 đến 2035-03-31');
    expect(rows.get('Tại Bộ phận một cửa')).toBe(1); // the last "counter" row: returned at the counter
    expect(rows.get('Qua dịch vụ bưu chính công ích')).toBe(1);
    expect(rows.get('Trực tuyến')).toBe(1);
    expect(rows.get('Do nhân viên bưu điện tiếp nhận')).toBe(5);
    expect(rows.get('Do nhân viên bưu điện trả kết quả')).toBe(2);
    expect(rows.get('Hồ sơ nhân viên bưu điện đã tiếp nhận hoặc trả kết quả (mỗi hồ sơ tính một lần)')).toBe(5);
    const values = sheet.getColumn(2).values.filter((v) => typeof v === 'number');
    expect(values).toEqual([3, 1, 1, 5, 1, 1, 0, 2, 5, 2, 5]);
  });
});
