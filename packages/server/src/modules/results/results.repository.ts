import type { Insertable, Selectable } from 'kysely';
import type { ResultDocument } from '@motcua/core';
import type { Queryable, Tx } from '../../db/database.js';
import type { ResultDocumentTable } from '../../db/schema.js';

export type ResultRow = Selectable<ResultDocumentTable>;

/**
 * The next number of the agency's register for `year`: one upsert in the issuing transaction.
 * Concurrent issues queue on the row; a rollback returns the number (no gaps, no repeats).
 */
export async function nextRegisterNumber(tx: Tx, agencyId: string, year: number): Promise<number> {
  const row = await tx
    .insertInto('result_register_counter')
    .values({ agency_id: agencyId, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'year'])
        .doUpdateSet((eb) => ({ last_number: eb('result_register_counter.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export async function insertResult(tx: Tx, row: Insertable<ResultDocumentTable>): Promise<ResultRow> {
  return tx.insertInto('result_document').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A reissue supersedes the results still valid for the same dossier. */
export async function supersedeResults(tx: Tx, agencyId: string, dossierId: string, by: string): Promise<void> {
  await tx
    .updateTable('result_document')
    .set({ status: 'superseded', superseded_by: by })
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'valid')
    .where('id', '!=', by)
    .execute();
}

export async function findResult(db: Queryable, agencyId: string, id: string): Promise<ResultRow | undefined> {
  return db
    .selectFrom('result_document')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** By id alone, for the public page: the id (random UUID in the QR code) is the only key it has. */
export async function findPublicResult(db: Queryable, id: string) {
  return db
    .selectFrom('result_document')
    .innerJoin('agency', 'agency.id', 'result_document.agency_id')
    .selectAll('result_document')
    .select('agency.name as agency_name')
    .where('result_document.id', '=', id)
    .executeTakeFirst();
}

export async function listDossierResults(db: Queryable, agencyId: string, dossierId: string): Promise<ResultRow[]> {
  return db
    .selectFrom('result_document')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', dossierId)
    .orderBy('issued_at', 'desc')
    .execute();
}

/** The agency's issued results, newest first (the records office's register, as a list). */
export async function listResults(db: Queryable, agencyId: string, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('result_document')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .orderBy('register_year', 'desc')
      .orderBy('register_number', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('result_document')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function toResultDocument(row: ResultRow, publicUrl: string): ResultDocument {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    dossierCode: row.dossier_code,
    title: row.title,
    number: row.number_text,
    holderName: row.holder_name,
    procedureName: row.procedure_name,
    issuedAt: row.issued_at.toISOString(),
    signer: row.signer_subject,
    sha256: row.signed_sha256,
    status: row.status,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revokeReason: row.revoke_reason,
    supersededBy: row.superseded_by,
    verifyUrl: verifyUrlOf(publicUrl, row.id),
  };
}

export function verifyUrlOf(publicUrl: string, id: string): string {
  return `${publicUrl}/verify/${id}`;
}
