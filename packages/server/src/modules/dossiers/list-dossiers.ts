import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../auth/actor.js';
import type { TimingContext } from './timing-context.js';
import { toSummary } from './dossier-view.js';

/** Work queues per role (DOMAIN.md §3); each is a filter on the folded dossier rows. */
export const QUEUES = {
  online: { states: ['submitted_online'] },
  to_transfer: { states: ['received'] },
  waiting_supplement: { states: ['supplement_requested', 'payment_requested'] },
  to_return: { states: ['result_at_counter'] },
  to_assign: { states: ['at_unit'], ownUnit: true },
  to_check: { states: ['result_proposed', 'refusal_proposed'], ownUnit: true },
  mine: { states: ['under_review'], mine: true },
  due_soon: { states: ['under_review', 'at_unit'], mine: true, dueSoon: true },
  overdue: {
    states: [
      'received',
      'at_unit',
      'under_review',
      'result_proposed',
      'refusal_proposed',
      'awaiting_approval',
      'approved',
    ],
    overdue: true,
  },
  to_approve: { states: ['awaiting_approval'] },
  to_issue: { states: ['approved'] },
  all: { states: [] },
} as const satisfies Record<
  string,
  { states: readonly string[]; ownUnit?: boolean; mine?: boolean; dueSoon?: boolean; overdue?: boolean }
>;
export type QueueName = keyof typeof QUEUES;

export type ListQuery = { queue: QueueName; q?: string | undefined; page: number; pageSize: number };

export async function listDossiers(db: Queryable, actor: Actor, query: ListQuery, tc: TimingContext) {
  const { now } = tc;
  const queue: { states: readonly string[]; ownUnit?: boolean; mine?: boolean; dueSoon?: boolean; overdue?: boolean } =
    QUEUES[query.queue];
  let base = db.selectFrom('dossier').where('agency_id', '=', actor.agencyId);
  if (queue.states.length > 0) base = base.where('state', 'in', [...queue.states]);
  if (queue.ownUnit) base = base.where('unit_id', '=', actor.unitId ?? '00000000-0000-0000-0000-000000000000');
  if (queue.mine) base = base.where('assignee_id', '=', actor.userId);
  if (queue.dueSoon)
    base = base.where('due_at', '<=', tc.dueSoonBefore).where('due_at', '>=', now).where('is_paused', '=', false);
  if (queue.overdue) {
    base = base.where('due_at', '<', now).where('is_paused', '=', false);
    // Each role's own overdue work: the specialist's assignments, the head's unit.
    if (actor.role === 'specialist') base = base.where('assignee_id', '=', actor.userId);
    if (actor.role === 'unit_head')
      base = base.where('unit_id', '=', actor.unitId ?? '00000000-0000-0000-0000-000000000000');
  }
  const q = query.q?.trim();
  if (q) {
    base = base.where((eb) =>
      eb.or([
        eb('code', 'ilike', `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
        eb(sql`motcua_search_text(applicant_name)`, 'like', sql`'%' || motcua_search_text(${q}::text) || '%'`),
        eb(sql`motcua_search_text(procedure_name)`, 'like', sql`'%' || motcua_search_text(${q}::text) || '%'`),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(sql`due_at ASC NULLS LAST`)
      .orderBy('submitted_at', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => toSummary(r, tc)), total: count.n };
}
