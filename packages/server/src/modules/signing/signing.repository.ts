import type { SigningCertificate } from '@motcua/core';
import type { Queryable, Tx } from '../../db/database.js';
import type { AgencyCertificateTable } from '../../db/schema.js';
import type { Selectable, Insertable } from 'kysely';

export type CertificateRow = Selectable<AgencyCertificateTable>;

export async function findActiveCertificate(db: Queryable, agencyId: string): Promise<CertificateRow | undefined> {
  return db
    .selectFrom('agency_certificate')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

/** The new certificate becomes the active one; the previous stays for the record. */
export async function replaceActiveCertificate(
  tx: Tx,
  row: Insertable<AgencyCertificateTable>,
): Promise<CertificateRow> {
  await tx
    .updateTable('agency_certificate')
    .set({ is_active: false })
    .where('agency_id', '=', row.agency_id)
    .where('is_active', '=', true)
    .execute();
  return tx.insertInto('agency_certificate').values(row).returningAll().executeTakeFirstOrThrow();
}

export function toSigningCertificate(row: CertificateRow): SigningCertificate {
  return {
    id: row.id,
    subject: row.subject,
    issuer: row.issuer,
    serialNumber: row.serial_number,
    fingerprint: row.fingerprint,
    notBefore: row.not_before.toISOString(),
    notAfter: row.not_after.toISOString(),
    uploadedAt: row.uploaded_at.toISOString(),
  };
}
