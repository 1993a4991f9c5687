import { isValidS10 } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';
import { dossierAtCounter } from './postal-test-support.js';

/** The simulator plays a carrier over real HTTP against the real, listening webhook. */
let t: TestApp;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp({ CARRIER_SIMULATOR: 'true', CARRIER_SIMULATOR_STEP_MS: '40' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu']) cookie[u] = await signIn(t.app, u);
});
afterAll(() => t.close());

type Shipment = {
  trackingNumber: string;
  status: string;
  events: { status: string; applied: boolean; eventId: string }[];
};

async function shipments(id: string): Promise<Shipment[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/dossiers/${id}/shipments`,
    headers: { cookie: cookie.buudien! },
  });
  return res.json().items as Shipment[];
}

/** Polls until the parcel's last report is in (the simulator runs on its own timers). */
async function settled(id: string, reports: number): Promise<Shipment> {
  for (let i = 0; i < 200; i++) {
    const [s] = await shipments(id);
    if (s && s.events.length >= reports && (s.status === 'delivered' || s.status === 'failed')) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`parcel of ${id} never settled: ${JSON.stringify(await shipments(id))}`);
}

async function send(simulation?: string) {
  const d = await dossierAtCounter(t, cookie);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${d.id}/shipments`,
    headers: { cookie: cookie.buudien! },
    payload: {
      trackingNumber: null,
      recipientName: 'Trần Thị Bưu',
      recipientAddress: '5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng',
      recipientPhone: '0912345678',
      ...(simulation ? { simulation } : {}),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().carrier).toEqual({ id: 'simulator', generatesNumbers: true, simulator: true });
  return d;
}

const state = (id: string) =>
  t.db.selectFrom('dossier').select(['state', 'national_status']).where('id', '=', id).executeTakeFirstOrThrow();

describe('the carrier simulator', () => {
  it('numbers the parcel (valid S10) and delivers it: the dossier is returned', async () => {
    const d = await send();
    const s = await settled(d.id, 4);
    expect(isValidS10(s.trackingNumber)).toBe(true);
    expect(s.events.map((e) => e.status)).toEqual(['accepted', 'in_transit', 'out_for_delivery', 'delivered']);
    expect(await state(d.id)).toEqual({ state: 'returned', national_status: 10 });
  });

  it('sends every report twice: each is recorded once', async () => {
    const d = await send('duplicate');
    const s = await settled(d.id, 4);
    await new Promise((r) => setTimeout(r, 300)); // the last duplicate lands after "delivered"
    const after = (await shipments(d.id))[0]!;
    expect(after.events).toHaveLength(4);
    expect(s.events.every((e) => e.applied)).toBe(true);
    expect(await state(d.id)).toEqual({ state: 'returned', national_status: 10 });
  });

  it('reports "in transit" late: kept, not applied, the parcel still delivered', async () => {
    const d = await send('out_of_order');
    const s = await settled(d.id, 4);
    expect(s.events.map((e) => [e.status, e.applied])).toEqual([
      ['accepted', true],
      ['in_transit', false],
      ['out_for_delivery', true],
      ['delivered', true],
    ]);
    expect(await state(d.id)).toEqual({ state: 'returned', national_status: 10 });
  });

  it('fails a delivery: the result stays at the counter for a re-dispatch', async () => {
    const d = await send('fail');
    const s = await settled(d.id, 4);
    expect(s.status).toBe('failed');
    expect(await state(d.id)).toEqual({ state: 'result_at_counter', national_status: 9 });
    // Back at the counter: a re-dispatch waits for a new counter → post record.
    const panel = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}/shipments`,
      headers: { cookie: cookie.buudien! },
    });
    expect(panel.json()).toMatchObject({ canDispatch: false, awaitingHandover: true });
    const again = await send();
    expect(again.id).not.toBe(d.id);
  });
});
