import { randomUUID } from 'node:crypto';
import { CARRIER_STATUSES, parseS10, type CarrierEventBody, type CarrierStatus } from '@motcua/core';
import type { Config } from '../config.js';
import type { SimulationScenario } from '../modules/postal/carrier-adapter.js';
import {
  planEvents,
  sendEvent,
  SIMULATOR_CARRIER_ID,
  SimulatorPlayer,
  type Sender,
} from '../modules/postal/carrier-simulator.js';
import { CliError } from './cli-error.js';

export const CARRIER_SIM_USAGE = `  carrier-sim play --tracking N [--scenario deliver|fail|duplicate|out-of-order] [--step-ms 1000]
                                  play a carrier for parcel N: signed status reports to the webhook
  carrier-sim send --tracking N --status S [--event-id ID] [--recipient NAME] [--reason TEXT]
                   [--occurred-at ISO] [--timestamp UNIX_SECONDS]
                                  send one signed report (repeat --event-id to replay it)
      both: [--url http://localhost:PORT] [--carrier ID] [--recipient NAME]; the secret is the
      carrier's in POSTAL_CARRIERS (demo mode: the simulator's built in). No database needed.`;

const SCENARIOS: Record<string, SimulationScenario> = {
  deliver: 'deliver',
  fail: 'fail',
  duplicate: 'duplicate',
  'out-of-order': 'out_of_order',
  out_of_order: 'out_of_order',
};

/**
 * `npm run cli -- carrier-sim …`: the carrier simulator from the command line, posting signed
 * reports over HTTP to a running server, so anyone can watch the webhook's answers.
 */
export async function carrierSimCommand(
  config: Config,
  args: string[],
  options: Record<string, string | boolean | undefined>,
): Promise<string> {
  const sub = args[0];
  const tracking = str(options.tracking);
  if (!tracking) throw new CliError('--tracking is required', 2);
  const number = parseS10(tracking, { country: null });
  if (!number.ok) throw new CliError(`--tracking: not an S10 number (${number.problem})`, 2);
  const carrierId = str(options.carrier) ?? SIMULATOR_CARRIER_ID;
  const secret = config.postalCarriers[carrierId];
  if (!secret) throw new CliError(`--carrier: no secret for "${carrierId}" in POSTAL_CARRIERS`, 2);
  const base = (str(options.url) ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  const lines: string[] = [];
  const sender: Sender = {
    carrierId,
    secret,
    webhookUrl: () => `${base}/api/postal/webhooks/shipment-status`,
    now: () => new Date(),
    log: (_level, message) => lines.push(message.replace(/^carrier simulator: /, '')),
  };
  const recipient = str(options.recipient) ?? 'Người nhận';
  if (sub === 'play') {
    const scenario = SCENARIOS[str(options.scenario) ?? 'deliver'];
    if (!scenario) throw new CliError('--scenario: deliver, fail, duplicate or out-of-order', 2);
    const stepMs = Number(str(options['step-ms']) ?? '1000');
    if (!Number.isInteger(stepMs) || stepMs < 0) throw new CliError('--step-ms: a whole number of milliseconds', 2);
    const player = new SimulatorPlayer(sender, stepMs);
    const results = await player.play(planEvents(scenario, number.value.value, recipient, new Date(), stepMs));
    player.close();
    if (results.some((r) => r.status !== 200)) throw new CliError(`some reports were refused:\n${lines.join('\n')}`);
    return lines.join('\n');
  }
  if (sub === 'send') {
    const status = str(options.status) as CarrierStatus | undefined;
    if (!status || !CARRIER_STATUSES.includes(status))
      throw new CliError(`--status: one of ${CARRIER_STATUSES.join(', ')}`, 2);
    const body: CarrierEventBody = {
      eventId: str(options['event-id']) ?? `cli-${randomUUID()}`,
      trackingNumber: number.value.value,
      status,
      occurredAt: str(options['occurred-at']) ?? new Date().toISOString(),
      ...(status === 'delivered' ? { recipientName: recipient } : {}),
      ...(str(options.reason) || status === 'failed' ? { reason: str(options.reason) ?? 'Không có người nhận' } : {}),
    };
    const ts = str(options.timestamp);
    const res = await sendEvent(sender, body, ts === undefined ? undefined : Number(ts));
    const line = `${body.trackingNumber} ${body.status} (${body.eventId}) → ${res.status} ${res.body}`;
    if (res.status !== 200) throw new CliError(line);
    return line;
  }
  throw new CliError('carrier-sim: play or send', 2);
}

function str(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
