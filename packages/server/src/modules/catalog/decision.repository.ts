import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Queryable, Tx } from '../../db/database.js';
import type { ChangeKind } from '../../db/schema.js';

const DECISION_COLUMNS = [
  'announcement_decision.agency_id',
  'announcement_decision.id',
  'announcement_decision.number',
  'announcement_decision.title',
  'announcement_decision.signed_on',
  'announcement_decision.signer',
  'announcement_decision.effective_from',
  'announcement_decision.status',
  'announcement_decision.published_at',
] as const;

/** How many changes a decision lists, as a column of the decision's row. */
const changeCount = (eb: ExpressionBuilder<Database, 'announcement_decision'>) =>
  eb
    .selectFrom('decision_change')
    .select(sql<number>`count(*)`.as('n'))
    .whereRef('decision_change.agency_id', '=', 'announcement_decision.agency_id')
    .whereRef('decision_change.decision_id', '=', 'announcement_decision.id')
    .as('change_count');

export type DecisionRow = Awaited<ReturnType<typeof findDecision>> & object;

export async function findDecision(db: Queryable, agencyId: string, decisionId: string) {
  return db
    .selectFrom('announcement_decision')
    .select(DECISION_COLUMNS)
    .select(changeCount)
    .where('announcement_decision.agency_id', '=', agencyId)
    .where('announcement_decision.id', '=', decisionId)
    .executeTakeFirst();
}

/** The same row, locked: publishing and editing a draft must not interleave. */
export async function lockDecision(tx: Tx, agencyId: string, decisionId: string) {
  return tx
    .selectFrom('announcement_decision')
    .select(DECISION_COLUMNS)
    .where('agency_id', '=', agencyId)
    .where('id', '=', decisionId)
    .forUpdate()
    .executeTakeFirst();
}

export async function listDecisions(db: Queryable, agencyId: string, page: number, pageSize: number) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('announcement_decision')
      .select(DECISION_COLUMNS)
      .select(changeCount)
      .where('agency_id', '=', agencyId)
      .orderBy('effective_from', 'desc')
      .orderBy('created_at', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('announcement_decision')
      .select(sql<number>`count(*)`.as('n'))
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function listChanges(db: Queryable, agencyId: string, decisionId: string) {
  return db
    .selectFrom('decision_change')
    .select(['id', 'kind', 'procedure_code', 'replacement_code', 'content'])
    .where('agency_id', '=', agencyId)
    .where('decision_id', '=', decisionId)
    .orderBy('created_at')
    .orderBy('procedure_code')
    .execute();
}

export async function insertChange(
  tx: Tx,
  c: {
    agencyId: string;
    decisionId: string;
    kind: ChangeKind;
    procedureCode: string;
    replacementCode: string | null;
    content: unknown;
  },
) {
  return tx
    .insertInto('decision_change')
    .values({
      agency_id: c.agencyId,
      decision_id: c.decisionId,
      kind: c.kind,
      procedure_code: c.procedureCode,
      replacement_code: c.replacementCode,
      content: c.content === null ? null : JSON.stringify(c.content),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
