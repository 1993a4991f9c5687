import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { IssuingAgency } from '../../pdf/form-writer.js';
import { governingBodyOf, provinceOf } from '../../pdf/vn-format.js';

/** The agency block of a form: governing body, agency name, issuing unit, place. */
export async function issuingAgency(db: Queryable, agencyId: string, unit: string | null): Promise<IssuingAgency> {
  const agency = await db.selectFrom('agency').select('name').where('id', '=', agencyId).executeTakeFirstOrThrow();
  return { governingBody: governingBodyOf(agency.name), name: agency.name, unit, place: provinceOf(agency.name) };
}

export async function userNames(db: Queryable, agencyId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('app_user').select(['id', 'full_name']).where('agency_id', '=', agencyId).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

/** Rank of a dossier in its agency's tracking book of the (local) year it was received. */
export async function trackingEntryOf(db: Queryable, agencyId: string, receivedAt: Date, code: string) {
  const year = new Date(receivedAt.getTime() + 7 * 3600_000).getUTCFullYear();
  const start = new Date(Date.UTC(year, 0, 1) - 7 * 3600_000);
  const row = await db
    .selectFrom('dossier')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('agency_id', '=', agencyId)
    .where('received_at', '>=', start)
    .where((eb) =>
      eb.or([eb('received_at', '<', receivedAt), eb.and([eb('received_at', '=', receivedAt), eb('code', '<=', code)])]),
    )
    .executeTakeFirstOrThrow();
  return { volume: String(year), entry: row.n };
}

export async function findGenerated(
  db: Queryable,
  agencyId: string,
  kind: string,
  subjectKey: string,
  modelSha256: string,
) {
  return db
    .selectFrom('generated_document')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('kind', '=', kind)
    .where('subject_key', '=', subjectKey)
    .where('model_sha256', '=', modelSha256)
    .executeTakeFirst();
}

export async function insertGenerated(
  db: Queryable,
  row: {
    agency_id: string;
    kind: string;
    dossier_id: string | null;
    reception_slip_id: string | null;
    subject_key: string;
    model_sha256: string;
    sha256: string;
    size_bytes: number;
    file_name: string;
    generated_at: Date;
    generated_by: string | null;
  },
) {
  // Two clerks printing the same new data at once: the second insert finds the first one's row.
  return db
    .insertInto('generated_document')
    .values(row)
    .onConflict((oc) => oc.columns(['agency_id', 'kind', 'subject_key', 'model_sha256']).doNothing())
    .returning(['id'])
    .executeTakeFirst();
}

export async function listGenerated(db: Queryable, agencyId: string, dossierId: string) {
  return db
    .selectFrom('generated_document')
    .select(['id', 'kind', 'sha256', 'size_bytes', 'file_name', 'generated_at', 'generated_by'])
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', dossierId)
    .orderBy('generated_at')
    .execute();
}
