import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handOver } from '../../../test/handover.js';
import { createTestApp, signIn, type TestApp, addUser, KHANH_HOA_CODE } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

let t: TestApp;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['buudien', 'truongphong', 'truongphong.y', 'chuyenvien', 'lanhdao', 'vanthu', 'buuta'])
    cookie[u] = await signIn(t.app, u);
});
afterAll(() => t.close());

const CODE = '1.002952'; // Cấp Chứng chỉ hành nghề dược: six documents, Phòng Nghiệp vụ Dược
let citizen = 0;
function reception(overrides: Record<string, unknown> = {}) {
  citizen += 1;
  return {
    procedureCode: CODE,
    channel: 'counter',
    applicant: {
      kind: 'person',
      name: 'Phạm Thị Bưu',
      citizenId: `0680970${String(citizen).padStart(5, '0')}`,
      dateOfBirth: '1988-03-02',
      phone: '0987654321',
      email: null,
      address: '5 Hùng Vương, Đà Lạt, Lâm Đồng',
    },
    documents: Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 })),
    returnMethod: 'counter',
    ...overrides,
  };
}

async function call(user: string | null, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({
    method,
    url,
    headers: user ? { cookie: cookie[user]! } : {},
    ...(payload ? { payload } : {}),
  });
}

async function receive(body: object = reception()) {
  const res = await call('buudien', 'POST', '/api/dossiers', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; version: number; receivedAt: string };
}

async function dossier(id: string) {
  return (await call('buudien', 'GET', `/api/dossiers/${id}`)).json();
}

describe('hand-over records: paper moves only with a confirmed record', () => {
  it('refuses the transfer without a record; a flagged item blocks the move until the sender resolves it', async () => {
    t.clock.set(new Date('2026-01-19T01:00:00Z')); // Monday 08:00
    const d = await receive();
    // No button for it: the detail names the transfer as done through a hand-over record.
    const detail = (await call('buudien', 'GET', `/api/dossiers/${d.id}`)).json();
    expect(detail.allowedActions).not.toContain('transfer_to_unit');
    expect(detail.allowedActions).toContain('withdraw');
    expect(detail.handoverActions).toEqual(['transfer_to_unit']);
    const direct = await call('buudien', 'POST', `/api/dossiers/${d.id}/actions`, {
      action: 'transfer_to_unit',
      expectedVersion: 1,
    });
    expect(direct.statusCode).toBe(409);
    expect(direct.json().error.code).toBe('HANDOVER_REQUIRED');
    expect(direct.json().error.details[0].message).toContain('biên bản bàn giao');

    const candidates = (await call('buudien', 'GET', '/api/handovers/candidates?direction=counter_to_unit')).json();
    expect(candidates.items.find((c: { id: string }) => c.id === d.id)).toMatchObject({
      label: d.code,
      unitName: 'Phòng Nghiệp vụ Dược',
    });
    const created = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_unit',
      items: [{ id: d.id }],
      note: 'Bàn giao buổi sáng',
    });
    expect(created.statusCode, created.body).toBe(201);
    const record = created.json();
    expect(record).toMatchObject({ status: 'sent', unitName: 'Phòng Nghiệp vụ Dược', senderName: 'Trần Thị Bưu' });
    expect(record.number).toMatch(/^BG-\d{6}$/);
    expect(record.items[0].documents).toHaveLength(6);
    expect(record.items[0].documents[0]).toMatchObject({ form: 'original', copies: 2 });

    // Listed once: the same dossier cannot go on a second open record.
    const twice = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_unit',
      items: [{ id: d.id }],
    });
    expect(twice.statusCode).toBe(409);
    // Only the receiving unit's head confirms; the sender cannot.
    expect((await call('truongphong.y', 'POST', `/api/handovers/${record.id}/confirm`)).statusCode).toBe(403);
    expect((await call('buudien', 'POST', `/api/handovers/${record.id}/confirm`)).statusCode).toBe(403);
    const inbox = (await call('truongphong', 'GET', '/api/handovers?box=inbox')).json();
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(record.id);
    expect((await call('truongphong.y', 'GET', '/api/handovers?box=inbox')).json().items).toEqual([]);

    const flagged = await call('truongphong', 'POST', `/api/handovers/${record.id}/items/0/discrepancy`, {
      kind: 'damaged',
      note: 'Bản sao văn bằng bị rách',
    });
    expect(flagged.statusCode, flagged.body).toBe(200);
    expect(flagged.json()).toMatchObject({ status: 'disputed', openDiscrepancies: 1, can: { confirm: false } });
    const blocked = await call('truongphong', 'POST', `/api/handovers/${record.id}/confirm`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('HANDOVER_DISCREPANCY_OPEN');
    expect((await dossier(d.id)).state).toBe('received');
    // The receiver cannot resolve their own flag; the sender does, with a note.
    const noNote = await call('buudien', 'POST', `/api/handovers/${record.id}/items/0/resolution`, { note: '' });
    expect(noNote.statusCode).toBe(400);
    expect(
      (await call('truongphong', 'POST', `/api/handovers/${record.id}/items/0/resolution`, { note: 'Tự xử lý' }))
        .statusCode,
    ).toBe(403);
    const resolved = await call('buudien', 'POST', `/api/handovers/${record.id}/items/0/resolution`, {
      note: 'Đã thay bản sao mới, có chứng thực',
    });
    expect(resolved.json()).toMatchObject({ status: 'sent', openDiscrepancies: 0 });

    t.clock.set(new Date('2026-01-19T03:30:00Z'));
    const confirmed = await call('truongphong', 'POST', `/api/handovers/${record.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      status: 'confirmed',
      receiverName: 'Phạm Văn Trưởng',
      confirmedAt: '2026-01-19T03:30:00.000Z',
    });
    expect((await call('truongphong', 'POST', `/api/handovers/${record.id}/confirm`)).statusCode).toBe(409);

    // The trail: the transfer is the counter's act, completed by the unit's confirmation.
    const after = await dossier(d.id);
    expect(after.state).toBe('at_unit');
    const transfer = after.events.find((e: { action: string }) => e.action === 'transfer_to_unit');
    expect(transfer).toMatchObject({
      actorName: 'Trần Thị Bưu',
      at: '2026-01-19T03:30:00.000Z',
      data: {
        handover: {
          number: record.number,
          senderName: 'Trần Thị Bưu',
          receiverName: 'Phạm Văn Trưởng',
          confirmedAt: '2026-01-19T03:30:00.000Z',
        },
      },
    });
    const ofDossier = (await call('buudien', 'GET', `/api/handovers?dossierId=${d.id}`)).json();
    expect(ofDossier.items.map((r: { number: string }) => r.number)).toEqual([record.number]);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('target_id', 'in', [record.id, d.id])
      .where('action', 'in', [
        'handover.create',
        'handover.flag',
        'handover.resolve',
        'handover.confirm',
        'dossier.transfer_to_unit',
      ])
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'handover.create', actor_name: 'buudien' },
      { action: 'handover.flag', actor_name: 'truongphong' },
      { action: 'handover.resolve', actor_name: 'buudien' },
      { action: 'dossier.transfer_to_unit', actor_name: 'buudien' },
      { action: 'handover.confirm', actor_name: 'truongphong' },
    ]);
  });

  it('issues the result when the counter confirms the records office’s record; online dossiers need none', async () => {
    const d = await receive(reception({ returnMethod: 'post', returnAddress: '5 Hùng Vương, Đà Lạt, Lâm Đồng' }));
    await handOver(t.app, cookie.buudien!, cookie.truongphong!, 'counter_to_unit', [{ id: d.id }]);
    const specialist = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'chuyenvien')
      .executeTakeFirstOrThrow();
    let v = 2;
    for (const [user, action, extra] of [
      ['truongphong', 'assign', { specialistId: specialist.id }],
      ['chuyenvien', 'propose_result', {}],
      ['truongphong', 'check', {}],
      ['lanhdao', 'approve', {}],
    ] as const) {
      const res = await call(user, 'POST', `/api/dossiers/${d.id}/actions`, { action, expectedVersion: v, ...extra });
      expect(res.statusCode, res.body).toBe(200);
      v += 1;
    }
    const direct = await call('vanthu', 'POST', `/api/dossiers/${d.id}/actions`, {
      action: 'issue',
      expectedVersion: v,
      resultNumber: '7/CCHN-SYT',
    });
    expect(direct.json().error.code).toBe('HANDOVER_REQUIRED');
    // The counter does not send results to itself: only the records office makes this record.
    const wrong = await call('buudien', 'POST', '/api/handovers', {
      direction: 'unit_to_counter',
      items: [{ id: d.id }],
    });
    expect(wrong.statusCode).toBe(403);
    await handOver(t.app, cookie.vanthu!, cookie.buudien!, 'unit_to_counter', [
      { id: d.id, resultNumber: '7/CCHN-SYT' },
    ]);
    const issued = await dossier(d.id);
    expect(issued.state).toBe('result_at_counter');
    expect(issued.events.at(-1)).toMatchObject({
      action: 'issue',
      actorName: 'Đỗ Thị Văn',
      data: { resultNumber: '7/CCHN-SYT', handover: { senderName: 'Đỗ Thị Văn', receiverName: 'Trần Thị Bưu' } },
    });

    const online = await receive(reception({ channel: 'online', documents: [] }));
    await call('buudien', 'POST', `/api/dossiers/${online.id}/actions`, {
      action: 'accept_online',
      expectedVersion: 1,
    });
    const transfer = await call('buudien', 'POST', `/api/dossiers/${online.id}/actions`, {
      action: 'transfer_to_unit',
      expectedVersion: 2,
    });
    expect(transfer.statusCode, transfer.body).toBe(200);
    const noPaper = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_unit',
      items: [{ id: online.id }],
    });
    expect(noPaper.statusCode).toBe(400);
  });
});

describe('results going out by post', () => {
  it('hands results to the courier on a counter → post record: the dossier stays, the dispatch opens', async () => {
    const ready = await t.db
      .selectFrom('dossier')
      .select(['id', 'code', 'version'])
      .where('state', '=', 'result_at_counter')
      .where('return_method', '=', 'post')
      .where('channel', 'in', ['counter', 'post'])
      .executeTakeFirst();
    if (!ready) throw new Error('the test above leaves a result to return by post');
    const candidates = (await call('buudien', 'GET', '/api/handovers/candidates?direction=counter_to_post')).json();
    expect(candidates.items.map((c: { id: string }) => c.id)).toContain(ready.id);
    // Open to every courier of the agency until one confirms it; then only to that one.
    cookie.buuta2 = await secondCourier();
    const sent = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_post',
      items: [{ id: ready.id }],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    for (const courier of ['buuta', 'buuta2'])
      expect((await call(courier, 'GET', `/api/handovers/${sent.json().id}`)).statusCode).toBe(200);
    const confirmed = await call('buuta', 'POST', `/api/handovers/${sent.json().id}/confirm`);
    const record = confirmed.json();
    expect(record).toMatchObject({ status: 'confirmed', receiverName: 'Lý Văn Tá' });
    expect((await call('buuta2', 'GET', `/api/handovers/${record.id}`)).statusCode).toBe(404);
    expect((await dossier(ready.id)).version).toBe(ready.version);
    // The record is the gate of the dispatch (post-handover-rule.ts): now the counter may send it.
    const panel = (await call('buudien', 'GET', `/api/dossiers/${ready.id}/shipments`)).json();
    expect(panel).toMatchObject({ canDispatch: true, awaitingHandover: false, handover: { number: record.number } });
    // The courier sees the exchanges with the post, not the counter's exchanges with the units.
    const seen = (await call('buuta', 'GET', '/api/handovers?box=all&pageSize=100')).json();
    expect(new Set(seen.items.map((r: { direction: string }) => r.direction))).toEqual(
      new Set(['post_to_counter', 'counter_to_post']),
    );
  });
});

/** A second courier of Lâm Đồng, signed in: least privilege between couriers. */
function secondCourier(): Promise<string> {
  return addUser(t, { username: 'buuta2', fullName: 'Trần Văn Tá', role: 'courier' });
}

describe('pickup orders: requested → assigned → collected → handed over → received', () => {
  const request = {
    procedureCode: CODE,
    applicantName: 'Hoàng Thị Thu',
    phone: '0911222333',
    address: '20 Phan Đình Phùng, Đà Lạt',
    preferredTime: 'Sáng thứ Ba, 8–10 giờ',
  };
  const check = Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 }));
  const payments = [
    { kind: 'fee', amountVnd: 500_000, receiptNumber: 'BL-0001' },
    { kind: 'postal_charge', amountVnd: 35_000, receiptNumber: 'CP-0001' },
  ];
  let courierId = '';

  it('takes a public request, shows no personal data back, and refuses what the post cannot carry', async () => {
    const res = await call(null, 'POST', '/api/public/pickups', request);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ number: expect.stringMatching(/^TG-\d{6}$/) });
    const bad = await call(null, 'POST', '/api/public/pickups', { ...request, phone: '12' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.phone');
    const onlineOnly = await call(null, 'POST', '/api/public/pickups', { ...request, procedureCode: '1.001197' });
    expect(onlineOnly.statusCode).toBe(400);
    expect(onlineOnly.json().error.details[0].field).toBe('body.procedureCode');
  });

  it('runs the lifecycle with the fee lines, and starts the clock at reception, not at pickup', async () => {
    t.clock.set(new Date('2026-02-02T01:00:00Z')); // Monday 08:00
    const created = await call('buudien', 'POST', '/api/pickups', { ...request, preferredTime: 'Chiều nay' });
    expect(created.statusCode, created.body).toBe(201);
    const pickup = created.json();
    expect(pickup).toMatchObject({ status: 'requested', source: 'counter', documents: expect.any(Array) });
    expect(pickup.documents).toHaveLength(6);
    const couriers = (await call('buudien', 'GET', '/api/pickups/couriers')).json();
    courierId = couriers.find((c: { username: string }) => c.username === 'buuta').id;
    // Collect before assignment: not allowed; the courier is not the assignee either.
    expect(
      (
        await call('buuta', 'POST', `/api/pickups/${pickup.id}/collect`, {
          documents: check,
          sealNumber: 'NB-1',
          payments,
        })
      ).statusCode,
    ).toBe(403);
    const assigned = await call('buudien', 'POST', `/api/pickups/${pickup.id}/assign`, { courierId });
    expect(assigned.json()).toMatchObject({ status: 'assigned', courierName: 'Lý Văn Tá' });
    const lateCancel = async () => call('buudien', 'POST', `/api/pickups/${pickup.id}/cancel`, { reason: 'Thử' });
    const mine = (await call('buuta', 'GET', '/api/pickups')).json();
    expect(mine.items.map((p: { id: string }) => p.id)).toContain(pickup.id);

    t.clock.set(new Date('2026-02-02T07:00:00Z')); // 14:00 at the applicant's door
    const incomplete = await call('buuta', 'POST', `/api/pickups/${pickup.id}/collect`, {
      documents: check.map((c) => (c.ord === 3 ? { ...c, received: false } : c)),
      sealNumber: 'NB-2026-0001',
      payments,
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.details[0].field).toBe('body.documents.3');
    const collected = await call('buuta', 'POST', `/api/pickups/${pickup.id}/collect`, {
      documents: check,
      sealNumber: 'NB-2026-0001',
      payments,
    });
    expect(collected.statusCode, collected.body).toBe(200);
    expect(collected.json()).toMatchObject({
      status: 'collected',
      sealNumber: 'NB-2026-0001',
      collectedAt: '2026-02-02T07:00:00.000Z',
      payments: [
        { kind: 'fee', amountVnd: 500_000, receiptNumber: 'BL-0001' },
        { kind: 'postal_charge', amountVnd: 35_000, receiptNumber: 'CP-0001' },
      ],
    });
    const cancel = await lateCancel();
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().error.code).toBe('PICKUP_NOT_ALLOWED');

    // Reception before the hand-over is refused: the package is still with the post.
    const early = await call('buudien', 'POST', '/api/dossiers', reception({ channel: 'post', pickupId: pickup.id }));
    expect(early.statusCode).toBe(409);

    const record = (
      await call('buuta', 'POST', '/api/handovers', { direction: 'post_to_counter', items: [{ id: pickup.id }] })
    ).json();
    expect(record).toMatchObject({ totals: { feeVnd: 500_000, postalChargeVnd: 35_000 } });
    expect(record.items[0]).toMatchObject({ pickupNumber: pickup.number, sealNumber: 'NB-2026-0001' });
    await call('buudien', 'POST', `/api/handovers/${record.id}/items/0/discrepancy`, {
      kind: 'fee_mismatch',
      note: 'Chỉ nhận 450.000 đ lệ phí',
    });
    const corrected = await call('buuta', 'POST', `/api/handovers/${record.id}/items/0/resolution`, {
      note: 'Nộp thiếu 50.000 đ, sẽ nộp bổ sung',
      feeVnd: 450_000,
    });
    expect(corrected.json().totals.feeVnd).toBe(450_000);
    t.clock.set(new Date('2026-02-03T01:30:00Z')); // Tuesday 08:30: the package reaches the counter
    const confirmed = await call('buudien', 'POST', `/api/handovers/${record.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await call('buudien', 'GET', `/api/pickups/${pickup.id}`)).json().status).toBe('handed_over');

    t.clock.set(new Date('2026-02-03T02:00:00Z')); // 09:00: the counter receives the dossier
    const received = await call(
      'buudien',
      'POST',
      '/api/dossiers',
      reception({ channel: 'post', pickupId: pickup.id, returnMethod: 'post', returnAddress: request.address }),
    );
    expect(received.statusCode, received.body).toBe(201);
    expect(received.json()).toMatchObject({ channel: 'post', receivedAt: '2026-02-03T02:00:00.000Z' });
    const linked = (await call('buudien', 'GET', `/api/pickups/${pickup.id}`)).json();
    expect(linked).toMatchObject({
      status: 'received',
      dossierId: received.json().id,
      dossierCode: received.json().code,
      receivedAt: '2026-02-03T02:00:00.000Z',
    });
    // The package's hand-over shows on the dossier's records too.
    const records = (await call('buudien', 'GET', `/api/handovers?dossierId=${received.json().id}`)).json();
    expect(records.items.map((r: { id: string }) => r.id)).toEqual([record.id]);
    // A package is received once.
    const again = await call('buudien', 'POST', '/api/dossiers', reception({ channel: 'post', pickupId: pickup.id }));
    expect(again.statusCode).toBe(409);

    // Remittance: a second package collected but not handed over stays outstanding.
    const second = (await call('buudien', 'POST', '/api/pickups', request)).json();
    await call('buudien', 'POST', `/api/pickups/${second.id}/assign`, { courierId });
    await call('buuta', 'POST', `/api/pickups/${second.id}/collect`, {
      documents: check,
      sealNumber: 'NB-2026-0002',
      payments: [{ kind: 'postal_charge', amountVnd: 35_000, receiptNumber: 'CP-0002' }],
    });
    const report = (await call('buudien', 'GET', '/api/postal/remittance?from=2026-02-01&to=2026-02-28')).json();
    expect(report.total).toEqual({
      pickups: 2,
      fee: { collectedVnd: 500_000, handedOverVnd: 450_000, outstandingVnd: 50_000 },
      postalCharge: { collectedVnd: 70_000, handedOverVnd: 35_000, outstandingVnd: 35_000 },
      total: { collectedVnd: 570_000, handedOverVnd: 485_000, outstandingVnd: 85_000 },
    });
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ counterName: 'Bộ phận một cửa Sở Y tế', pickups: 2 });
    const before = (await call('buudien', 'GET', '/api/postal/remittance?from=2026-01-01&to=2026-01-31')).json();
    expect(before.total.pickups).toBe(0);
  });

  it('keeps couriers to their own orders and agencies apart', async () => {
    const other = (await call('buudien', 'POST', '/api/pickups', request)).json();
    expect((await call('buuta', 'GET', `/api/pickups/${other.id}`)).statusCode).toBe(404);

    const clerk = { username: 'buudien.kh2', fullName: 'Bưu Điện KH', role: 'counter_clerk' } as const;
    cookie.kh = await addUser(t, clerk, KHANH_HOA_CODE);
    expect((await call('kh', 'GET', `/api/pickups/${other.id}`)).statusCode).toBe(404);
    expect((await call('kh', 'POST', `/api/pickups/${other.id}/assign`, { courierId })).statusCode).toBe(404);
    expect((await call('kh', 'GET', '/api/pickups')).json().total).toBe(0);
    expect((await call('kh', 'GET', '/api/handovers')).json().total).toBe(0);
    const anyRecord = await t.db.selectFrom('handover_record').select('id').executeTakeFirstOrThrow();
    expect((await call('kh', 'GET', `/api/handovers/${anyRecord.id}`)).statusCode).toBe(404);
    expect((await call('kh', 'POST', `/api/handovers/${anyRecord.id}/confirm`)).statusCode).toBe(404);
    expect((await call('kh', 'GET', '/api/postal/remittance?from=2026-01-01&to=2026-12-31')).json().total.pickups).toBe(
      0,
    );
    // A Lâm Đồng courier cannot be assigned by, nor list the couriers of, another agency.
    expect((await call('kh', 'GET', '/api/pickups/couriers')).json()).toEqual([]);
  });

  it("keeps a courier out of another courier's hand-over records", async () => {
    // buuta's own: the packages they brought, and the results they took.
    const ofBuuta = await t.db
      .selectFrom('handover_record as r')
      .innerJoin('app_user as u', (j) => j.onRef('u.agency_id', '=', 'r.agency_id').on('u.username', '=', 'buuta'))
      .select(['r.id', 'r.direction'])
      .where((eb) => eb.or([eb('r.sender_id', '=', eb.ref('u.id')), eb('r.receiver_id', '=', eb.ref('u.id'))]))
      .execute();
    expect(new Set(ofBuuta.map((r) => r.direction))).toEqual(new Set(['post_to_counter', 'counter_to_post']));
    for (const r of ofBuuta) {
      expect((await call('buuta', 'GET', `/api/handovers/${r.id}`)).statusCode).toBe(200);
      expect((await call('buuta2', 'GET', `/api/handovers/${r.id}`)).statusCode).toBe(404);
    }
    const seen = (await call('buuta2', 'GET', '/api/handovers?box=all&pageSize=100')).json();
    expect(seen.items.filter((r: { id: string }) => ofBuuta.some((o) => o.id === r.id))).toEqual([]);
  });

  it('limits the public form per client address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await call(null, 'POST', '/api/public/pickups', request)).statusCode);
    expect(codes).toContain(429);
    expect(codes.filter((c) => c === 201).length).toBeLessThanOrEqual(10);
  });
});
