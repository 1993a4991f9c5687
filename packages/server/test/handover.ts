import type { App } from '../src/http/app-types.js';

/**
 * Paper moves only with a confirmed hand-over record (docs/POSTAL.md). Tests that used to call
 * `transfer_to_unit` or `issue` on a counter or postal dossier make the record as the sender and
 * confirm it as the receiver; the confirmation performs the action on the sender's behalf.
 */
export async function handOver(
  app: App,
  from: string,
  to: string,
  direction: 'counter_to_unit' | 'unit_to_counter' | 'post_to_counter' | 'counter_to_post',
  items: { id: string; resultNumber?: string }[],
): Promise<{ id: string; number: string; status: string }> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/handovers',
    headers: { cookie: from },
    payload: { direction, items },
  });
  if (created.statusCode !== 201) throw new Error(`hand-over record: ${created.statusCode} ${created.body}`);
  const confirmed = await app.inject({
    method: 'POST',
    url: `/api/handovers/${created.json().id}/confirm`,
    headers: { cookie: to },
  });
  if (confirmed.statusCode !== 200)
    throw new Error(`hand-over confirmation: ${confirmed.statusCode} ${confirmed.body}`);
  return confirmed.json();
}
