import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handOver } from '../../../test/handover.js';
import { createTestApp, signIn, type TestApp, addUser, KHANH_HOA_CODE } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

let t: TestApp;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu']) cookie[u] = await signIn(t.app, u);
});
afterAll(() => t.close());

const CODE = '1.002952'; // Cấp Chứng chỉ hành nghề dược: 20 working days, Phòng Nghiệp vụ Dược
let citizen = 0;
function reception(overrides: Record<string, unknown> = {}) {
  citizen += 1;
  return {
    procedureCode: CODE,
    channel: 'counter',
    applicant: {
      kind: 'person',
      name: 'Nguyễn Văn An',
      citizenId: `0680950${String(citizen).padStart(5, '0')}`,
      dateOfBirth: '1990-05-17',
      phone: '0912345678',
      email: null,
      address: '12 Trần Phú, Phường 1, Đà Lạt, Lâm Đồng',
    },
    documents: Array.from({ length: 6 }, (_, ord) => ({
      ord,
      received: true,
      form: ord === 2 ? 'certified_copy' : ord === 5 ? 'copy' : 'original',
      copies: 2,
    })),
    returnMethod: 'counter',
    ...overrides,
  };
}

async function receive(body = reception(), headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: cookie.buudien!, ...headers },
    payload: body,
  });
}

async function act(user: string, id: string, action: string, version: number, extra: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${id}/actions`,
    headers: { cookie: cookie[user]! },
    payload: { action, expectedVersion: version, ...extra },
  });
}

describe('reception at the counter', () => {
  it('gives a complete dossier its code, pins the version and sets the appointment on the calendar', async () => {
    t.clock.set(new Date('2026-01-12T00:00:00Z')); // Monday 07:00 in Việt Nam
    const res = await receive();
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.code).toBe('000.00.31.H36-260112-0001');
    expect(d).toMatchObject({
      state: 'received',
      nationalStatus: 2,
      version: 1,
      receivedAt: '2026-01-12T00:00:00.000Z',
    });
    expect(d.dueAt).toBe('2026-02-06T10:00:00.000Z'); // 17:00 local, 20 working days later
    const second = (await receive()).json();
    expect(second.code).toBe('000.00.31.H36-260112-0002');
  });

  it('lists every missing or faulty document of an incomplete dossier and stores nothing', async () => {
    const before = await t.db
      .selectFrom('dossier')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const docs = reception().documents.map((d) =>
      d.ord === 1 ? { ...d, received: false } : d.ord === 2 ? { ...d, form: 'copy' } : d,
    );
    const res = await receive(reception({ documents: docs }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('INCOMPLETE_DOSSIER');
    expect(res.json().error.details.map((x: { field: string }) => x.field)).toEqual([
      'body.documents.1',
      'body.documents.2',
    ]);
    expect(res.json().error.details[1].message).toMatch(/^Sai loại bản \(cần bản sao chứng thực hoặc bản chính\)/);
    const after = await t.db
      .selectFrom('dossier')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses an abolished procedure and a malformed citizen ID, naming the field', async () => {
    t.clock.set(new Date('2026-08-03T02:00:00Z')); // after its abolition of 1 July 2026
    const abolished = await receive(reception({ procedureCode: 'T-LDG-000123-TT' }));
    expect(abolished.statusCode).toBe(422);
    expect(abolished.json().error).toMatchObject({ code: 'INELIGIBLE_DOSSIER' });
    const bad = reception();
    (bad.applicant as { citizenId: string }).citizenId = '12345';
    const res = await receive(bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toEqual({
      field: 'body.applicant.citizenId',
      message: 'Số căn cước gồm 12 chữ số, bắt đầu bằng 0',
    });
  });

  it('warns when the same citizen has an open dossier for the same procedure', async () => {
    const body = reception();
    await receive(body);
    const again = (await receive(body)).json();
    expect(again.duplicates).toHaveLength(1);
  });

  it('honours Idempotency-Key: a retried reception has one effect', async () => {
    const body = reception();
    const key = { 'idempotency-key': 'retry-test-0001' };
    const [a, b] = [await receive(body, key), await receive(body, key)];
    expect(a.json().id).toBe(b.json().id);
    expect(a.json().code).toBe(b.json().code);
  });

  it('gives 20 concurrent receptions 20 distinct consecutive codes', async () => {
    t.clock.set(new Date('2026-01-13T02:00:00Z'));
    const results = await Promise.all(Array.from({ length: 20 }, () => receive()));
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = results.map((r) => Number(r.json().code.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('processing on the clock', () => {
  it('runs the whole path; the supplement pause moves the appointment later', async () => {
    t.clock.set(new Date('2026-01-12T00:00:00Z'));
    const d = (await receive()).json();
    const specialist = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'chuyenvien')
      .executeTakeFirstOrThrow();
    let v = 1;
    const step = async (user: string, action: string, extra: Record<string, unknown> = {}) => {
      const res = await act(user, d.id, action, v, extra);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      v = res.json().version;
      return res.json();
    };
    await handOver(t.app, cookie.buudien!, cookie.truongphong!, 'counter_to_unit', [{ id: d.id }]);
    v += 1;
    const assigned = await step('truongphong', 'assign', { specialistId: specialist.id });
    // The log names whom the assignment names (the control slip's "Giao cho").
    expect(assigned.events.at(-1)).toMatchObject({
      action: 'assign',
      actorName: 'Phạm Văn Trưởng',
      subjectName: 'Lê Thị Chuyên',
    });
    expect(assigned.events.slice(0, -1).map((e: { subjectName: string | null }) => e.subjectName)).toEqual([
      null,
      null,
    ]);
    t.clock.set(new Date('2026-01-13T00:00:00Z')); // Tuesday 07:00
    const paused = await step('chuyenvien', 'request_supplement', {
      items: [{ ord: 3, name: 'Giấy chứng nhận sức khỏe', reason: 'expired', note: 'Quá 12 tháng' }],
    });
    expect(paused).toMatchObject({ state: 'supplement_requested', nationalStatus: 5, isPaused: true });
    t.clock.set(new Date('2026-01-15T00:00:00Z')); // Thursday 07:00: 2 working days paused
    const resumed = await step('buudien', 'record_supplement', { note: 'Đã nhận giấy chứng nhận sức khỏe mới' });
    expect(resumed.dueAt).toBe('2026-02-10T10:00:00.000Z'); // two working days after 6 February
    await step('chuyenvien', 'propose_result', { note: 'Đủ điều kiện' });
    await step('truongphong', 'check');
    await step('lanhdao', 'approve');
    await handOver(t.app, cookie.vanthu!, cookie.buudien!, 'unit_to_counter', [
      { id: d.id, resultNumber: '123/CCHN-SYT' },
    ]);
    v += 1;
    const done = await step('buudien', 'return_result', {
      returnChannel: 'in_person',
      recipientName: 'Nguyễn Văn An',
      recipientIdNumber: '068095000001',
    });
    expect(done).toMatchObject({ state: 'returned', nationalStatus: 10, timing: 'early' });

    const lookup = (await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${d.code}` })).json();
    expect(lookup).toMatchObject({
      applicantName: 'Nguyễn V** A*',
      statusText: 'Đã trả kết quả',
      dueAt: '2026-02-10T10:00:00.000Z',
    });
    expect(JSON.stringify(lookup)).not.toMatch(/0680950|Trần Phú|0912345678/);
    expect(lookup.timeline.map((s: { step: string }) => s.step)).toContain('Yêu cầu bổ sung hồ sơ');

    const book = (
      await t.app.inject({
        method: 'GET',
        url: '/api/dossiers/tracking-book?from=2026-01-12&to=2026-01-12&pageSize=200',
        headers: { cookie: cookie.buudien! },
      })
    ).json();
    const row = book.items.find((r: { code: string }) => r.code === d.code);
    expect(row).toMatchObject({
      competentUnit: 'Phòng Nghiệp vụ Dược',
      receivedAt: '2026-01-12T00:00:00.000Z',
      returnedAt: expect.any(String),
      resultAt: expect.any(String),
    });
    expect(row.addressAndPhone).toContain('0912345678');
  });

  it('refuses a disallowed action with 409 and the allowed ones, and a second supplement request', async () => {
    const d = (await receive()).json();
    const res = await act('buudien', d.id, 'approve', 1);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].message).toContain('transfer_to_unit');
  });

  it('lets exactly one of 20 concurrent conflicting actions through', async () => {
    const d = (await receive()).json();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => act('buudien', d.id, 'withdraw', 1, { note: 'Công dân rút hồ sơ' })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const events = await t.db.selectFrom('dossier_event').select('seq').where('dossier_id', '=', d.id).execute();
    expect(events).toHaveLength(2);
    // The 19 refused left nothing behind: one audit row for the one action taken.
    await chainPendingAudit(t.db);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', d.id)
      .where('action', '=', 'dossier.withdraw')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('refuses a stale version', async () => {
    const d = (await receive()).json();
    await handOver(t.app, cookie.buudien!, cookie.truongphong!, 'counter_to_unit', [{ id: d.id }]);
    const stale = await act('buudien', d.id, 'withdraw', 1, { note: 'Công dân rút' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
  });

  it('keeps the head of another unit out, and audits reads of personal data', async () => {
    const d = (await receive()).json();
    await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: { cookie: cookie.lanhdao! } });
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const reads = await t.db
      .selectFrom('audit_log')
      .select('actor_name')
      .where('action', '=', 'dossier.read')
      .where('target_id', '=', d.id)
      .execute();
    expect(reads).toEqual([{ actor_name: 'lanhdao' }]);
    const other = await signIn(t.app, 'quantri.khanhhoa');
    const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: { cookie: other } });
    expect(res.statusCode).toBe(403); // administrators do not read dossiers at all
  });
});

describe('online queue and extensions', () => {
  it('queues an online dossier without a code; accepting gives the code and starts the clock', async () => {
    t.clock.set(new Date('2026-03-02T01:00:00Z')); // Monday 08:00
    const online = (await receive(reception({ channel: 'online', documents: [] }))).json();
    expect(online).toMatchObject({
      state: 'submitted_online',
      nationalStatus: 1,
      code: null,
      receivedAt: null,
      dueAt: null,
    });
    t.clock.set(new Date('2026-03-02T03:00:00Z'));
    const accepted = (await act('buudien', online.id, 'accept_online', 1)).json();
    expect(accepted.code).toMatch(/^000\.00\.31\.H36-260302-\d{4}$/);
    expect(accepted).toMatchObject({ state: 'received', nationalStatus: 2, receivedAt: '2026-03-02T03:00:00.000Z' });
    // No paper: the transfer is a button, not a hand-over record.
    expect(accepted.allowedActions).toContain('transfer_to_unit');
    expect(accepted.handoverActions).toEqual([]);
    const other = (await receive(reception({ channel: 'online', documents: [] }))).json();
    const refused = (await act('buudien', other.id, 'refuse_online', 1, { note: 'Sai thẩm quyền' })).json();
    expect(refused).toMatchObject({ state: 'refused_at_reception', nationalStatus: 3 });
  });
});

describe('agency isolation', () => {
  it("answers 404 to another agency's clerk, for reading and acting", async () => {
    const d = (await receive()).json();
    const clerk = { username: 'buudien.khanhhoa', fullName: 'Bưu Điện KH', role: 'counter_clerk' } as const;
    const other = await addUser(t, clerk, KHANH_HOA_CODE);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: { cookie: other } })).statusCode,
    ).toBe(404);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${d.id}/actions`,
      headers: { cookie: other },
      payload: { action: 'transfer_to_unit', expectedVersion: 1 },
    });
    expect(res.statusCode).toBe(404);
    const list = (await t.app.inject({ method: 'GET', url: '/api/dossiers', headers: { cookie: other } })).json();
    expect(list.total).toBe(0);
  });
});

describe('public lookup', () => {
  it('answers 404 for an unknown code', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/public/dossiers/000.00.31.H36-991231-9999' })).statusCode,
    ).toBe(404);
  });
});
