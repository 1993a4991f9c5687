import { randomInt, randomUUID } from 'node:crypto';
import { makeS10, type CarrierEventBody } from '@motcua/core';
import type { Acceptance, CarrierAdapter, DispatchOrder, SimulationScenario } from './carrier-adapter.js';
import { signCarrierPayload } from './carrier-signature.js';

/**
 * A pretend postal carrier (CARRIER_SIMULATOR=true, on by default in demo mode, and
 * `npm run cli -- carrier-sim`). It accepts parcels, gives them S10 numbers, and reports their
 * journey to the REAL webhook over HTTP with correctly signed requests, so the demo and the tests
 * exercise the same door a real carrier uses. Scenarios: deliver, fail, duplicate (every report
 * sent twice with the same event id), out_of_order (a late "in transit" after "out for delivery").
 */
export const SIMULATOR_CARRIER_ID = 'simulator';

export type PlannedEvent = { body: CarrierEventBody; afterSteps: number };

/** The reports of one scenario, in sending order; `afterSteps` counts simulator steps from the start. */
export function planEvents(
  scenario: SimulationScenario,
  trackingNumber: string,
  recipientName: string,
  start: Date,
  stepMs: number,
): PlannedEvent[] {
  const at = (steps: number) => new Date(start.getTime() + steps * stepMs).toISOString();
  const event = (status: CarrierEventBody['status'], steps: number, extra: Partial<CarrierEventBody> = {}) => ({
    body: {
      eventId: `sim-${randomUUID()}`,
      trackingNumber,
      status,
      occurredAt: at(steps),
      location: LOCATIONS[status],
      ...extra,
    },
    afterSteps: steps,
  });
  const delivered = (steps: number) => event('delivered', steps, { recipientName });
  switch (scenario) {
    case 'deliver':
      return [event('accepted', 1), event('in_transit', 2), event('out_for_delivery', 3), delivered(4)];
    case 'fail':
      return [
        event('accepted', 1),
        event('in_transit', 2),
        event('out_for_delivery', 3),
        event('failed', 4, { reason: 'Người nhận vắng nhà, đã phát lại 2 lần không thành công' }),
      ];
    case 'duplicate':
      return planEvents('deliver', trackingNumber, recipientName, start, stepMs).flatMap((e) => [e, e]);
    case 'out_of_order': {
      const late = event('in_transit', 3);
      late.body.occurredAt = at(1.5); // happened before "out for delivery", reported after it
      return [event('accepted', 1), event('out_for_delivery', 2), late, delivered(4)];
    }
  }
}

const LOCATIONS: Record<CarrierEventBody['status'], string> = {
  accepted: 'Bưu cục Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng',
  in_transit: 'Trung tâm khai thác Lâm Đồng',
  out_for_delivery: 'Bưu cục phát',
  delivered: 'Địa chỉ người nhận',
  failed: 'Bưu cục phát',
};

export type Sender = {
  carrierId: string;
  secret: string;
  webhookUrl: () => string | undefined;
  /** The clock the timestamp header is taken from (the server's, in-process; real time in the CLI). */
  now: () => Date;
  log: (level: 'info' | 'warn', message: string) => void;
};

export type SendResult = { status: number; body: string };

/** Posts one signed report; `timestamp` overrides the header (to show a stale one is refused). */
export async function sendEvent(sender: Sender, body: CarrierEventBody, timestamp?: number): Promise<SendResult> {
  const url = sender.webhookUrl();
  if (!url) throw new Error('the webhook URL is unknown (is the server listening?)');
  const raw = JSON.stringify(body);
  const ts = timestamp ?? Math.floor(sender.now().getTime() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-carrier-id': sender.carrierId,
      'x-timestamp': String(ts),
      'x-signature': signCarrierPayload(sender.secret, ts, raw),
    },
    body: raw,
  });
  return { status: res.status, body: await res.text() };
}

/** Plays a plan: one report per step, retrying a report the server could not take yet (404, 5xx). */
export class SimulatorPlayer {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly sender: Sender,
    private readonly stepMs: number,
  ) {}

  play(plan: PlannedEvent[]): Promise<SendResult[]> {
    return plan.reduce<Promise<SendResult[]>>(async (previous, e, i) => {
      const results = await previous;
      const wait = (e.afterSteps - (i === 0 ? 0 : plan[i - 1]!.afterSteps)) * this.stepMs;
      await this.sleep(Math.max(0, wait));
      results.push(await this.deliver(e.body));
      return results;
    }, Promise.resolve([]));
  }

  private async deliver(body: CarrierEventBody, attempt = 1): Promise<SendResult> {
    if (this.closed) return { status: 0, body: 'closed' };
    let result: SendResult;
    try {
      result = await sendEvent(this.sender, body);
    } catch (e) {
      result = { status: 0, body: e instanceof Error ? e.message : String(e) };
    }
    const retry = result.status === 0 || result.status === 404 || result.status >= 500;
    if (retry && attempt < 6 && !this.closed) {
      await this.sleep(Math.max(50, this.stepMs) * attempt);
      return this.deliver(body, attempt + 1);
    }
    this.sender.log(
      result.status === 200 ? 'info' : 'warn',
      `carrier simulator: ${body.trackingNumber} ${body.status} (${body.eventId}) → ${result.status}`,
    );
    return result;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** The simulator as the server's carrier: numbers from the "RR" series, then the scenario played. */
export class SimulatorCarrierAdapter implements CarrierAdapter {
  readonly id = SIMULATOR_CARRIER_ID;
  readonly generatesNumbers = true;
  readonly simulator = true;
  private readonly player: SimulatorPlayer;

  constructor(
    private readonly sender: Sender,
    private readonly stepMs: number,
  ) {
    this.player = new SimulatorPlayer(sender, stepMs);
  }

  async dispatch(order: DispatchOrder): Promise<Acceptance> {
    const trackingNumber = order.trackingNumber ?? makeS10('RR', randomInt(0, 100_000_000));
    const plan = planEvents(
      order.simulation ?? 'deliver',
      trackingNumber,
      order.recipientName,
      this.sender.now(),
      this.stepMs,
    );
    // Not awaited: the parcel travels after the counter's transaction commits (a report that
    // arrives first gets 404 and is retried, as a real carrier would).
    void this.player.play(plan).catch((e: unknown) => this.sender.log('warn', `carrier simulator: ${String(e)}`));
    return { trackingNumber };
  }

  close(): void {
    this.player.close();
  }
}
