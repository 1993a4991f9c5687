import { AppError, maskOrganisationName, maskPersonName, type FileCheckResult, type PublicResult } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { sha256Hex } from '../../storage/file-store.js';
import { findPublicResult } from './results.repository.js';

/** What the verification page (QR code → /verify/{id}) shows: the holder's name masked. */
export async function getPublicResult(db: Queryable, id: string): Promise<PublicResult> {
  const row = await findPublicResult(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return {
    id: row.id,
    issuer: row.agency_name,
    title: row.title,
    number: row.number_text,
    issuedAt: row.issued_at.toISOString(),
    holderName: row.holder_kind === 'person' ? maskPersonName(row.holder_name) : maskOrganisationName(row.holder_name),
    procedureName: row.procedure_name,
    status: row.status,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revokeReason: row.revoke_reason,
    supersededBy: row.superseded_by,
    sha256: row.signed_sha256,
  };
}

/**
 * Is this file the signed result, byte for byte? Compares SHA-256 with the hash stored at
 * issue. (A match proves the copy is the issued one; the signature inside it proves who
 * issued it, checked by any PAdES reader.)
 */
export async function checkResultFile(db: Queryable, id: string, file: Buffer): Promise<FileCheckResult> {
  const row = await findPublicResult(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const sha256 = sha256Hex(file);
  return { match: sha256 === row.signed_sha256, sha256, expectedSha256: row.signed_sha256, status: row.status };
}
