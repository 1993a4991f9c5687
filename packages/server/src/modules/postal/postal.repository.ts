import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';

/**
 * The next printed number of a pickup order or a hand-over record in the agency. An advisory
 * lock held to the end of the transaction serialises the two readers of max(number).
 */
export async function nextNumber(tx: Tx, agencyId: string, table: 'pickup_order' | 'handover_record') {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`${table}:${agencyId}`}))`.execute(tx);
  const { rows } = await sql<{
    n: number;
  }>`SELECT coalesce(max(number), 0) + 1 AS n FROM ${sql.table(table)} WHERE agency_id = ${agencyId}`.execute(tx);
  return Number(rows[0]?.n ?? 1);
}

export async function findRecord(db: Queryable, agencyId: string, id: string) {
  return db
    .selectFrom('handover_record')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function lockRecord(tx: Tx, agencyId: string, id: string) {
  return tx
    .selectFrom('handover_record')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function recordItems(db: Queryable, agencyId: string, recordId: string) {
  return db
    .selectFrom('handover_item')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('record_id', '=', recordId)
    .orderBy('ord')
    .execute();
}

/** The competent unit of each dossier: the unit the pinned catalog version names (route by procedure). */
export async function competentUnits(db: Queryable, agencyId: string, dossierIds: readonly string[]) {
  if (dossierIds.length === 0) return new Map<string, { id: string; name: string }>();
  const rows = await db
    .selectFrom('dossier as d')
    .innerJoin('procedure_version as v', (j) =>
      j.onRef('v.agency_id', '=', 'd.agency_id').onRef('v.id', '=', 'd.procedure_version_id'),
    )
    .innerJoin('unit as u', (j) =>
      j
        .onRef('u.agency_id', '=', 'd.agency_id')
        .on(sql<string>`u.code`, '=', sql<string>`v.content->>'implementingUnitCode'`),
    )
    .select(['d.id as dossier_id', 'u.id', 'u.name'])
    .where('d.agency_id', '=', agencyId)
    .where('d.id', 'in', dossierIds)
    .execute();
  return new Map(rows.map((r) => [r.dossier_id, { id: r.id, name: r.name }]));
}

/** Subjects (dossiers or pickups) already on a record of this direction that is not confirmed yet. */
export async function onOpenRecords(
  db: Queryable,
  agencyId: string,
  direction: string,
  column: 'dossier_id' | 'pickup_id',
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('handover_item as i')
    .innerJoin('handover_record as r', (j) =>
      j.onRef('r.agency_id', '=', 'i.agency_id').onRef('r.id', '=', 'i.record_id'),
    )
    .select(`i.${column} as id`)
    .where('i.agency_id', '=', agencyId)
    .where(`i.${column}`, 'in', ids)
    .where('i.removed', '=', false)
    .where('r.direction', '=', direction as 'post_to_counter')
    .where('r.status', '!=', 'confirmed')
    .execute();
  return new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
}

/** Received documents of dossiers, as they go on a record: name, form, copies. */
export async function receivedDocuments(db: Queryable, agencyId: string, dossierIds: readonly string[]) {
  const rows = dossierIds.length
    ? await db
        .selectFrom('dossier_document')
        .select(['dossier_id', 'name', 'form', 'copies'])
        .where('agency_id', '=', agencyId)
        .where('dossier_id', 'in', dossierIds)
        .where('is_received', '=', true)
        .orderBy('dossier_id')
        .orderBy('ord')
        .execute()
    : [];
  const byDossier = new Map<string, { name: string; form: string | null; copies: number }[]>();
  for (const r of rows) {
    const list = byDossier.get(r.dossier_id) ?? [];
    list.push({ name: r.name, form: r.form, copies: r.copies });
    byDossier.set(r.dossier_id, list);
  }
  return byDossier;
}

export async function findPickup(db: Queryable, agencyId: string, id: string) {
  return db
    .selectFrom('pickup_order')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function lockPickup(tx: Tx, agencyId: string, id: string) {
  return tx
    .selectFrom('pickup_order')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function pickupPayments(db: Queryable, agencyId: string, pickupIds: readonly string[]) {
  if (pickupIds.length === 0) return [];
  return db
    .selectFrom('pickup_payment')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('pickup_id', 'in', pickupIds)
    .orderBy('kind')
    .execute();
}

export async function userNames(db: Queryable, agencyId: string, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'full_name'])
    .where('agency_id', '=', agencyId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export async function findUser(db: Queryable, agencyId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'full_name', 'role', 'unit_id', 'is_active'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .executeTakeFirst();
}
