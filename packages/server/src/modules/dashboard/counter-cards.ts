import { localDateOf, localInstant, DAY_MS } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { loadAgencyCalendar } from '../calendar/load-agency-calendar.js';
import { countByStatus, countOverdue } from '../escalations/escalations.repository.js';
import { listFailedDeliveries } from '../postal/shipment.repository.js';

type CardInput = { db: Queryable; agencyId: string; now: Date; todayStart: Date; todayEnd: Date };
/** One named count of the counter dashboard. */
export type CounterCard = { name: string; count: (input: CardInput) => Promise<number> };

const dossiersIn =
  (states: readonly string[]) =>
  async ({ db, agencyId }: CardInput) =>
    (
      await db
        .selectFrom('dossier')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('agency_id', '=', agencyId)
        .where('state', 'in', [...states])
        .executeTakeFirstOrThrow()
    ).n;

/**
 * The cards of the postal staff's home page, in display order. A new card (pickups to collect,
 * hand-overs to confirm, failed deliveries…) is one line here and one line in the web's
 * `COUNTER_CARDS`, its label and the queue it links to.
 */
export const COUNTER_CARDS: readonly CounterCard[] = [
  {
    name: 'receivedToday',
    count: async ({ db, agencyId, todayStart, todayEnd }) =>
      (
        await db
          .selectFrom('dossier')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('agency_id', '=', agencyId)
          .where('received_at', '>=', todayStart)
          .where('received_at', '<', todayEnd)
          .executeTakeFirstOrThrow()
      ).n,
  },
  { name: 'onlineQueue', count: dossiersIn(['submitted_online']) },
  { name: 'toTransfer', count: dossiersIn(['received']) },
  { name: 'resultsToReturn', count: dossiersIn(['result_at_counter']) },
  {
    name: 'pickupsToCollect',
    count: async ({ db, agencyId }) =>
      (
        await db
          .selectFrom('pickup_order')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('agency_id', '=', agencyId)
          .where('status', 'in', ['requested', 'assigned'])
          .executeTakeFirstOrThrow()
      ).n,
  },
  {
    // Records sent to the counter (from the post or the records office) that it has not confirmed.
    name: 'handoversToConfirm',
    count: async ({ db, agencyId }) =>
      (
        await db
          .selectFrom('handover_record')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('agency_id', '=', agencyId)
          .where('direction', 'in', ['post_to_counter', 'unit_to_counter'])
          .where('status', '!=', 'confirmed')
          .executeTakeFirstOrThrow()
      ).n,
  },
  { name: 'failedDeliveries', count: async ({ db, agencyId }) => (await listFailedDeliveries(db, agencyId)).length },
  { name: 'escalationsOpen', count: ({ db, agencyId }) => countByStatus(db, agencyId, 'open') },
  { name: 'escalationsOverdue', count: ({ db, agencyId, now }) => countOverdue(db, agencyId, now) },
  { name: 'escalationsAnswered', count: ({ db, agencyId }) => countByStatus(db, agencyId, 'answered') },
];

/** Every card's count for the agency, "today" being the agency's local day at `now`. */
export async function counterDashboard(db: Queryable, agencyId: string, now: Date) {
  const { offsetMinutes } = await loadAgencyCalendar(db, agencyId);
  const todayStart = localInstant(localDateOf(now, offsetMinutes), '00:00', offsetMinutes);
  const input = { db, agencyId, now, todayStart, todayEnd: new Date(todayStart.getTime() + DAY_MS) };
  const counts = await Promise.all(COUNTER_CARDS.map(async (c) => [c.name, await c.count(input)] as const));
  return { counts: Object.fromEntries(counts) };
}
