import { makeS10 } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp, addUser, KHANH_HOA_CODE } from '../../../test/test-app.js';
import { runCli } from '../../../test/run-cli.js';
import { dossierAtCounter, handToPost, signedHeaders } from './postal-test-support.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

const SECRET = 'vnpost-test-secret-0123456789abcdef';
const NOW = new Date('2026-03-02T02:00:00Z'); // Monday 09:00 in Việt Nam
let t: TestApp;
const cookie: Record<string, string> = {};
let eventSeq = 0;
let current = NOW;
const now = () => current;
function setClock(d: Date) {
  current = d;
  t.clock.set(d);
}

beforeAll(async () => {
  t = await createTestApp({ CARRIER_SIMULATOR: 'false', POSTAL_CARRIERS: JSON.stringify({ vnpost: SECRET }) });
  setClock(NOW);
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu', 'quantri'])
    cookie[u] = await signIn(t.app, u);
  const clerk = { username: 'buudien.khanhhoa', fullName: 'Bưu Điện KH', role: 'counter_clerk' } as const;
  cookie.other = await addUser(t, clerk, KHANH_HOA_CODE);
});
afterAll(() => t.close());

const recipient = {
  recipientName: 'Trần Thị Bưu',
  recipientAddress: '5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng',
  recipientPhone: '0912345678',
};

function dispatch(id: string, body: Record<string, unknown>, who = 'buudien') {
  return t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${id}/shipments`,
    headers: { cookie: cookie[who]! },
    payload: { ...recipient, ...body },
  });
}

type Report = { trackingNumber: string; status: string; occurredAt?: string; eventId?: string } & Record<
  string,
  unknown
>;
function report(r: Report) {
  eventSeq += 1;
  return { eventId: `ev-${eventSeq}`, occurredAt: now().toISOString(), ...r };
}

function post(body: object, opts: { secret?: string; carrier?: string; timestamp?: number; raw?: string } = {}) {
  const raw = opts.raw ?? JSON.stringify(body);
  return t.app.inject({
    method: 'POST',
    url: '/api/postal/webhooks/shipment-status',
    headers: signedHeaders(
      opts.carrier ?? 'vnpost',
      opts.secret ?? SECRET,
      raw,
      opts.timestamp ?? Math.floor(now().getTime() / 1000),
    ),
    payload: raw,
  });
}

async function shipmentsOf(id: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/dossiers/${id}/shipments`,
    headers: { cookie: cookie.buudien! },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function dossier(id: string) {
  return t.db.selectFrom('dossier').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function countRows(table: 'shipment_event' | 'audit_log') {
  if (table === 'audit_log') await chainPendingAudit(t.db); // chained after commit (appendAudit)
  const r = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('dispatching a result by post', () => {
  it('refuses a bad S10 number with a 400 naming the field, and a number-less dispatch by label', async () => {
    const d = await dossierAtCounter(t, cookie);
    for (const bad of ['EL123456784VN', 'EL12345678VN', 'EL123456785CN', 'EL12A456785VN']) {
      const res = await dispatch(d.id, { trackingNumber: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.details[0].field).toBe('body.trackingNumber');
    }
    const wrong = await dispatch(d.id, { trackingNumber: 'EL123456784VN' });
    expect(wrong.json().error.details[0].message).toMatch(/Chữ số kiểm tra/);
    const none = await dispatch(d.id, { trackingNumber: null });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].field).toBe('body.trackingNumber');
    expect(await shipmentsOf(d.id)).toMatchObject({ items: [], canDispatch: true });
  });

  it('accepts a spaced, lower-case number, stores it canonical, and refuses a second parcel under way', async () => {
    const d = await dossierAtCounter(t, cookie);
    const before = await shipmentsOf(d.id);
    expect(before.defaults).toEqual(recipient);
    const res = await dispatch(d.id, { trackingNumber: 'el 473 124 829 vn' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      canDispatch: false,
      carrier: { id: 'vnpost', generatesNumbers: false, simulator: false },
      items: [{ trackingNumber: 'EL473124829VN', status: 'dispatched', carrierId: 'vnpost', events: [] }],
    });
    const again = await dispatch(d.id, { trackingNumber: 'EL123456785VN' });
    expect(again.statusCode).toBe(409);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('target_id', '=', d.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'shipment.dispatch', details: { trackingNumber: 'EL473124829VN' } });
  });

  it('refuses a dossier returned at the counter, one not yet at the counter, and a non-clerk', async () => {
    const counter = await dossierAtCounter(t, cookie, 'counter');
    const res = await dispatch(counter.id, { trackingNumber: 'RR000000014VN' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].field).toBe('dossier');
    const specialist = await dispatch(
      (await dossierAtCounter(t, cookie)).id,
      { trackingNumber: 'RR000000014VN' },
      'chuyenvien',
    );
    expect(specialist.statusCode).toBe(403);
  });

  it("answers 404 to another agency's clerk, read or write", async () => {
    const d = await dossierAtCounter(t, cookie);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}/shipments`,
      headers: { cookie: cookie.other! },
    });
    expect(read.statusCode).toBe(404);
    const write = await dispatch(d.id, { trackingNumber: 'RR000000102VN' }, 'other');
    expect(write.statusCode).toBe(404);
    expect((await shipmentsOf(d.id)).items).toEqual([]);
  });
});

describe('the counter → post hand-over gates the dispatch', () => {
  function call(who: string, method: 'GET' | 'POST', url: string, payload?: object) {
    return t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  }

  it('refuses without a record, stays blocked while a discrepancy is open, sends once the courier confirms', async () => {
    cookie.buuta ??= await signIn(t.app, 'buuta');
    const first = await dossierAtCounter(t, cookie, 'post', { handToPost: false });
    const second = await dossierAtCounter(t, cookie, 'post', { handToPost: false });
    expect(await shipmentsOf(first.id)).toMatchObject({ canDispatch: false, awaitingHandover: true, handover: null });
    const bare = await dispatch(first.id, { trackingNumber: makeS10('EE', 90_000_001) });
    expect(bare.statusCode).toBe(409);
    expect(bare.json().error.code).toBe('HANDOVER_REQUIRED');
    expect(bare.json().error.details[0]).toMatchObject({
      field: 'dossier',
      message: expect.stringMatching(/bưu điện/),
    });

    // Online dossiers returned by post: the result is paper, so they are candidates.
    const candidates = await call('buudien', 'GET', '/api/handovers/candidates?direction=counter_to_post');
    const ids = candidates.json().items.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    // A daily batch: both results on one record.
    const made = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_post',
      items: [{ id: first.id }, { id: second.id }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const record = made.json() as { id: string; number: string };
    expect((await dispatch(first.id, { trackingNumber: makeS10('EE', 90_000_001) })).json().error.code).toBe(
      'HANDOVER_REQUIRED',
    );

    const flagged = await call('buuta', 'POST', `/api/handovers/${record.id}/items/1/discrepancy`, {
      kind: 'damaged',
      note: 'Phong bì bị rách',
    });
    expect(flagged.statusCode, flagged.body).toBe(200);
    const blocked = await call('buuta', 'POST', `/api/handovers/${record.id}/confirm`);
    expect(blocked.json().error.code).toBe('HANDOVER_DISCREPANCY_OPEN');
    const meanwhile = await dispatch(first.id, { trackingNumber: makeS10('EE', 90_000_001) });
    expect(meanwhile.statusCode).toBe(409);
    expect(meanwhile.json().error.code).toBe('HANDOVER_REQUIRED');

    const resolved = await call('buudien', 'POST', `/api/handovers/${record.id}/items/1/resolution`, {
      note: 'Đã thay phong bì mới',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const confirmed = await call('buuta', 'POST', `/api/handovers/${record.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await shipmentsOf(first.id)).toMatchObject({
      canDispatch: true,
      awaitingHandover: false,
      handover: { id: record.id, number: record.number },
    });
    const sent = await dispatch(first.id, { trackingNumber: makeS10('EE', 90_000_001) });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await dispatch(second.id, { trackingNumber: makeS10('EE', 90_000_002) })).statusCode).toBe(201);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('target_id', '=', first.id)
      .where('action', '=', 'shipment.dispatch')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ handover: record.number });

    // What the post holds or carries is not handed over again.
    const after = await call('buudien', 'GET', '/api/handovers/candidates?direction=counter_to_post');
    expect(after.json().items.map((c: { id: string }) => c.id)).not.toContain(first.id);
    const twice = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_post',
      items: [{ id: first.id }],
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe('the carrier webhook', () => {
  let tracking = 0;
  async function dispatched() {
    const d = await dossierAtCounter(t, cookie);
    tracking += 1;
    const trackingNumber = makeS10('CP', 10_000_000 + tracking);
    const res = await dispatch(d.id, { trackingNumber });
    expect(res.statusCode, res.body).toBe(201);
    return { ...d, trackingNumber };
  }

  it('refuses a bad signature, a wrong secret, an unknown carrier and a tampered body with 401, recording nothing', async () => {
    const d = await dispatched();
    const body = report({ trackingNumber: d.trackingNumber, status: 'accepted' });
    const before = await countRows('shipment_event');
    const wrongSecret = await post(body, { secret: 'another-secret-0123456789abcdefghij' });
    expect(wrongSecret.statusCode).toBe(401);
    expect(wrongSecret.json().error.code).toBe('SIGNATURE_INVALID');
    expect((await post(body, { carrier: 'other' })).statusCode).toBe(401);
    // Signed over one body, another sent: the HMAC is over the raw bytes.
    const signed = JSON.stringify(body);
    const tampered = await t.app.inject({
      method: 'POST',
      url: '/api/postal/webhooks/shipment-status',
      headers: signedHeaders('vnpost', SECRET, signed, Math.floor(now().getTime() / 1000)),
      payload: JSON.stringify({ ...body, status: 'delivered', recipientName: 'Kẻ Giả' }),
    });
    expect(tampered.statusCode).toBe(401);
    // Same JSON, different bytes (a space) is not the signed text either.
    const spaced = await t.app.inject({
      method: 'POST',
      url: '/api/postal/webhooks/shipment-status',
      headers: signedHeaders('vnpost', SECRET, signed, Math.floor(now().getTime() / 1000)),
      payload: signed.replace('{', '{ '),
    });
    expect(spaced.statusCode).toBe(401);
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/api/postal/webhooks/shipment-status',
      headers: { 'content-type': 'application/json' },
      payload: signed,
    });
    expect(unsigned.statusCode).toBe(401);
    expect(await countRows('shipment_event')).toBe(before);
    expect((await shipmentsOf(d.id)).items[0].status).toBe('dispatched');
  });

  it('refuses a timestamp more than 5 minutes old or ahead (401), accepts one within', async () => {
    const d = await dossierAtCounter(t, cookie).then(async (x) => {
      const trackingNumber = makeS10('CP', 20_000_001);
      await dispatch(x.id, { trackingNumber });
      return { ...x, trackingNumber };
    });
    const nowS = Math.floor(now().getTime() / 1000);
    const body = report({ trackingNumber: d.trackingNumber, status: 'accepted' });
    expect((await post(body, { timestamp: nowS - 301 })).statusCode).toBe(401);
    expect((await post(body, { timestamp: nowS + 301 })).statusCode).toBe(401);
    // A charset parameter on the content type is still JSON, and still signed over the raw bytes.
    const raw = JSON.stringify(body);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/postal/webhooks/shipment-status',
      headers: {
        ...signedHeaders('vnpost', SECRET, raw, nowS - 200),
        'content-type': 'application/json; charset=utf-8',
      },
      payload: raw,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ result: 'applied', shipmentStatus: 'accepted', dossierReturned: false });
  });

  it('answers a signed but malformed body with 400 naming the field, an unknown parcel with 404', async () => {
    const bad = await post({ eventId: 'x', trackingNumber: 'EL123456785VN', status: 'lost', occurredAt: 'soon' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((x: { field: string }) => x.field)).toEqual(
      expect.arrayContaining(['body.status', 'body.occurredAt']),
    );
    const notJson = await post({}, { raw: '{"eventId":' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('MALFORMED_JSON');
    const unknown = await post(report({ trackingNumber: 'EL999999995VN', status: 'accepted' }));
    expect(unknown.statusCode).toBe(404);
  });

  it('gives a replayed event id a 200 with no second effect', async () => {
    const d = await dispatched();
    const body = report({ trackingNumber: d.trackingNumber, status: 'in_transit' });
    expect((await post(body)).json().result).toBe('applied');
    const events = await countRows('shipment_event');
    const audits = await countRows('audit_log');
    setClock(new Date(NOW.getTime() + 60_000));
    const replay = await post(body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual({ result: 'duplicate', shipmentStatus: 'in_transit', dossierReturned: false });
    expect(await countRows('shipment_event')).toBe(events);
    expect(await countRows('audit_log')).toBe(audits);
    setClock(NOW);
  });

  it('never moves a shipment backwards: a late report is kept but changes nothing', async () => {
    const d = await dispatched();
    const at = (min: number) => new Date(NOW.getTime() - 60 * 60_000 + min * 60_000).toISOString();
    await post(report({ trackingNumber: d.trackingNumber, status: 'accepted', occurredAt: at(0) }));
    const ahead = await post(
      report({ trackingNumber: d.trackingNumber, status: 'out_for_delivery', occurredAt: at(30) }),
    );
    expect(ahead.json().result).toBe('applied');
    const late = await post(report({ trackingNumber: d.trackingNumber, status: 'in_transit', occurredAt: at(10) }));
    expect(late.statusCode).toBe(200);
    expect(late.json()).toEqual({ result: 'recorded', shipmentStatus: 'out_for_delivery', dossierReturned: false });
    const lateAccepted = await post(
      report({ trackingNumber: d.trackingNumber, status: 'accepted', occurredAt: at(5) }),
    );
    expect(lateAccepted.json().result).toBe('recorded');
    const s = (await shipmentsOf(d.id)).items[0];
    expect(s.status).toBe('out_for_delivery');
    expect(s.statusAt).toBe(at(30));
    expect(s.events.map((e: { status: string; applied: boolean }) => [e.status, e.applied])).toEqual([
      ['accepted', true],
      ['accepted', false],
      ['in_transit', false],
      ['out_for_delivery', true],
    ]);
  });

  it('fails, lets the counter re-dispatch, then delivery returns the dossier at the delivery time', async () => {
    const d = await dispatched();
    const failedAt = new Date(NOW.getTime() - 30 * 60_000).toISOString();
    const failed = await post(
      report({
        trackingNumber: d.trackingNumber,
        status: 'failed',
        occurredAt: failedAt,
        reason: 'Không có người nhận',
      }),
    );
    expect(failed.json()).toEqual({ result: 'applied', shipmentStatus: 'failed', dossierReturned: false });
    expect(await dossier(d.id)).toMatchObject({ state: 'result_at_counter', national_status: 9 });
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/shipments/failed',
      headers: { cookie: cookie.buudien! },
    });
    expect(queue.json().items).toContainEqual(
      expect.objectContaining({
        dossierId: d.id,
        trackingNumber: d.trackingNumber,
        failureReason: 'Không có người nhận',
      }),
    );
    // A delivery reported on the failed parcel changes nothing: failed is final.
    const stray = await post(
      report({ trackingNumber: d.trackingNumber, status: 'delivered', recipientName: 'Trần Thị Bưu' }),
    );
    expect(stray.json()).toMatchObject({ result: 'recorded', dossierReturned: false });
    expect((await dossier(d.id)).state).toBe('result_at_counter');

    setClock(new Date(NOW.getTime() + 10 * 60_000));
    // The parcel came back to the counter: sending it again needs a new counter → post record.
    expect(await shipmentsOf(d.id)).toMatchObject({ canDispatch: false, awaitingHandover: true });
    const unhanded = await dispatch(d.id, { trackingNumber: 'RR473124829VN' });
    expect(unhanded.statusCode).toBe(409);
    expect(unhanded.json().error.code).toBe('HANDOVER_REQUIRED');
    await handToPost(t, cookie, [d.id]);
    const again = await dispatch(d.id, { trackingNumber: 'RR473124829VN' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().items.map((s: { status: string }) => s.status)).toEqual(['dispatched', 'failed']);
    const queueAfter = await t.app.inject({
      method: 'GET',
      url: '/api/shipments/failed',
      headers: { cookie: cookie.buudien! },
    });
    expect(queueAfter.json().items.map((x: { dossierId: string }) => x.dossierId)).not.toContain(d.id);

    setClock(new Date(NOW.getTime() + 30 * 60_000));
    const deliveredAt = '2026-03-02T02:20:00.000Z'; // 09:20 local, before the report reached us
    const delivered = await post(
      report({
        trackingNumber: 'RR473124829VN',
        status: 'delivered',
        occurredAt: deliveredAt,
        recipientName: 'Trần Thị Bưu',
      }),
    );
    expect(delivered.json()).toEqual({ result: 'applied', shipmentStatus: 'delivered', dossierReturned: true });
    const row = await dossier(d.id);
    expect(row).toMatchObject({ state: 'returned', national_status: 10 });
    const last = await t.db
      .selectFrom('dossier_event')
      .selectAll()
      .where('dossier_id', '=', d.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'return_result', seq: row.version, actor_id: null });
    expect(last.at.toISOString()).toBe(deliveredAt);
    expect(last.data).toMatchObject({
      returnChannel: 'post',
      recipientName: 'Trần Thị Bưu',
      trackingNumber: 'RR473124829VN',
    });
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'details'])
      .where('target_type', '=', 'shipment')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'shipment.carrier_event', actor_name: 'carrier:vnpost' });
    expect((await shipmentsOf(d.id)).canDispatch).toBe(false);

    // The public lookup shows the parcel: number and status, the recipient masked, no address.
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${d.code}` });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({
      nationalStatus: 10,
      statusText: 'Đã trả kết quả',
      parcel: {
        trackingNumber: 'RR473124829VN',
        status: 'delivered',
        statusText: 'Đã phát thành công',
        deliveredAt,
        deliveredTo: 'Trần T** B**',
      },
    });
    expect(pub.body).not.toContain('Hùng Vương');
    expect(pub.body).not.toContain('0912345678');
    const verify = await t.app.inject({
      method: 'GET',
      url: '/api/audit/verify',
      headers: { cookie: cookie.quantri! },
    });
    expect(verify.json()).toMatchObject({ ok: true });
    setClock(NOW);
  });

  it('records a delivery but leaves alone a dossier already handed over in person', async () => {
    const d = await dispatched();
    const row = await dossier(d.id);
    const inPerson = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${d.id}/actions`,
      headers: { cookie: cookie.buudien! },
      payload: {
        action: 'return_result',
        expectedVersion: row.version,
        returnChannel: 'in_person',
        recipientName: 'Trần Thị Bưu',
        recipientIdNumber: '068097700001',
      },
    });
    expect(inPerson.statusCode, inPerson.body).toBe(200);
    const res = await post(report({ trackingNumber: d.trackingNumber, status: 'delivered', recipientName: 'X Y' }));
    expect(res.json()).toEqual({ result: 'applied', shipmentStatus: 'delivered', dossierReturned: false });
    expect((await dossier(d.id)).version).toBe(row.version + 1);
  });
});

describe('npm run cli -- carrier-sim', () => {
  it('sends signed reports over HTTP: applied, replayed, stale, then a whole scenario', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
    setClock(new Date()); // the CLI signs with the real time
    const d = await dossierAtCounter(t, cookie);
    const trackingNumber = makeS10('EE', 30_000_001);
    expect((await dispatch(d.id, { trackingNumber })).statusCode).toBe(201);
    const env = { POSTAL_CARRIERS: JSON.stringify({ vnpost: SECRET }), CARRIER_SIMULATOR: 'false' };
    const base = ['carrier-sim', 'send', '--url', url, '--carrier', 'vnpost', '--tracking', trackingNumber];
    const first = await runCli([...base, '--status', 'accepted', '--event-id', 'cli-1'], { env });
    expect(first.code, first.output).toBe(0);
    expect(first.stdout).toContain('→ 200 {"result":"applied"');
    const replay = await runCli([...base, '--status', 'accepted', '--event-id', 'cli-1'], { env });
    expect(replay.stdout).toContain('"result":"duplicate"');
    const stale = String(Math.floor(Date.now() / 1000) - 3600);
    const refused = await runCli([...base, '--status', 'in_transit', '--timestamp', stale], { env });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('401');
    const play = await runCli(
      [
        'carrier-sim',
        'play',
        '--url',
        url,
        '--carrier',
        'vnpost',
        '--tracking',
        trackingNumber,
        '--scenario',
        'out-of-order',
        '--step-ms',
        '0',
        '--recipient',
        'Trần Thị Bưu',
      ],
      { env },
    );
    expect(play.code, play.output).toBe(0);
    expect((await dossier(d.id)).state).toBe('returned');
    setClock(NOW);
  });
});
