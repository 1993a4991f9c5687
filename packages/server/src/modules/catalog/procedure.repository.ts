import { sql, type ExpressionBuilder } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { ChangeKind, Database } from '../../db/schema.js';

const VERSION_COLUMNS = [
  'procedure_version.id',
  'procedure_version.procedure_id',
  'procedure_version.version_no',
  'procedure_version.change_kind',
  'procedure_version.effective_from',
  'procedure_version.effective_to',
  'procedure_version.is_abolished',
  'procedure_version.content',
  'procedure_version.name',
  'procedure_version.field',
  'procedure.code',
] as const;

export async function findProcedureId(db: Queryable, agencyId: string, code: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('procedure')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

/** Every version of the procedure with this code, with the code alongside. */
function versionsOf(db: Queryable, agencyId: string, code: string) {
  return db
    .selectFrom('procedure_version')
    .innerJoin('procedure', (j) =>
      j
        .onRef('procedure.agency_id', '=', 'procedure_version.agency_id')
        .onRef('procedure.id', '=', 'procedure_version.procedure_id'),
    )
    .select(VERSION_COLUMNS)
    .where('procedure.agency_id', '=', agencyId)
    .where('procedure.code', '=', code);
}

/** A version is in force at `at` when its [effective_from, effective_to) contains it. */
export function inForceAt(at: Date) {
  return (eb: ExpressionBuilder<Database, 'procedure_version'>) =>
    eb.and([
      eb('procedure_version.effective_from', '<=', at),
      eb.or([eb('procedure_version.effective_to', 'is', null), eb('procedure_version.effective_to', '>', at)]),
    ]);
}

/** The version in force at `at`: the one whose [effective_from, effective_to) contains it. */
export async function findVersionInForce(db: Queryable, agencyId: string, code: string, at: Date) {
  return versionsOf(db, agencyId, code).where(inForceAt(at)).executeTakeFirst();
}

/** The most recently effective version, in force or not yet (a published future amendment). */
export async function findLatestVersion(db: Queryable, agencyId: string, code: string) {
  return versionsOf(db, agencyId, code)
    .orderBy('procedure_version.effective_from', 'desc')
    .orderBy('procedure_version.version_no', 'desc')
    .executeTakeFirst();
}

export async function listVersions(db: Queryable, agencyId: string, procedureId: string) {
  return db
    .selectFrom('procedure_version')
    .innerJoin('announcement_decision as d', (j) =>
      j.onRef('d.agency_id', '=', 'procedure_version.agency_id').onRef('d.id', '=', 'procedure_version.decision_id'),
    )
    .select([
      'procedure_version.version_no',
      'procedure_version.change_kind',
      'procedure_version.effective_from',
      'procedure_version.effective_to',
      'procedure_version.is_abolished',
      'd.id as decision_id',
      'd.number as decision_number',
      'd.signed_on as decision_signed_on',
      'd.title as decision_title',
    ])
    .where('procedure_version.agency_id', '=', agencyId)
    .where('procedure_version.procedure_id', '=', procedureId)
    .orderBy('procedure_version.effective_from')
    .orderBy('procedure_version.version_no')
    .execute();
}

export async function insertProcedure(tx: Tx, agencyId: string, code: string): Promise<string> {
  const row = await tx
    .insertInto('procedure')
    .values({ agency_id: agencyId, code })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertVersion(
  tx: Tx,
  v: {
    agencyId: string;
    procedureId: string;
    decisionId: string;
    kind: ChangeKind;
    effectiveFrom: Date;
    isAbolished: boolean;
    content: { name: string; field: string };
  },
): Promise<void> {
  const next = await tx
    .selectFrom('procedure_version')
    .select(sql<number>`coalesce(max(version_no), 0) + 1`.as('n'))
    .where('agency_id', '=', v.agencyId)
    .where('procedure_id', '=', v.procedureId)
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('procedure_version')
    .values({
      agency_id: v.agencyId,
      procedure_id: v.procedureId,
      version_no: next.n,
      decision_id: v.decisionId,
      change_kind: v.kind,
      effective_from: v.effectiveFrom,
      is_abolished: v.isAbolished,
      content: JSON.stringify(v.content),
      name: v.content.name,
      field: v.content.field,
    })
    .execute();
  await closeIntervals(tx, v.agencyId, v.procedureId);
}

/**
 * Each version is in force until the next one (by effective date, then publication order)
 * takes over, so a future amendment published today leaves today's version in force until then.
 */
async function closeIntervals(tx: Tx, agencyId: string, procedureId: string): Promise<void> {
  await sql`
    UPDATE procedure_version v SET effective_to = n.next_from
    FROM (
      SELECT id, lead(effective_from) OVER (ORDER BY effective_from, version_no) AS next_from
      FROM procedure_version WHERE agency_id = ${agencyId} AND procedure_id = ${procedureId}
    ) n
    WHERE v.agency_id = ${agencyId} AND v.id = n.id AND v.effective_to IS DISTINCT FROM n.next_from`.execute(tx);
}
