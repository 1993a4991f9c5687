import { AppError } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { FileStore } from '../../storage/file-store.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findDossier } from './dossier.repository.js';
import { sniffFile } from './sniff-file.js';

/**
 * Digitises one checklist item: puts the bytes in the immutable file store, records the file
 * (hash, page count) and marks the item digitised. The bytes are stored before the transaction:
 * if it then fails, an unreferenced blob remains, which is harmless (same content, same name).
 */
export async function uploadFile(
  db: Db,
  files: FileStore,
  ctx: RequestContext,
  dossierId: string,
  ord: number,
  filename: string,
  bytes: Buffer,
) {
  const agencyId = ctx.actor.agencyId;
  const dossier = requireOwnAgency(ctx.actor, await findDossier(db, agencyId, dossierId));
  const sniffed = await sniffFile(bytes);
  const { sha256 } = await files.put(bytes);
  return db.transaction().execute(async (tx) => {
    const doc = await tx
      .selectFrom('dossier_document')
      .select('ord')
      .where('agency_id', '=', agencyId)
      .where('dossier_id', '=', dossierId)
      .where('ord', '=', ord)
      .executeTakeFirst();
    if (!doc)
      throw new AppError('NOT_FOUND', [
        { field: 'params.ord', message: { vi: 'Không có thành phần hồ sơ này.', en: 'No such checklist item.' } },
      ]);
    const file = await tx
      .insertInto('dossier_file')
      .values({
        agency_id: agencyId,
        dossier_id: dossierId,
        document_ord: ord,
        filename: filename.slice(0, 200),
        media_type: sniffed.mediaType,
        size_bytes: bytes.length,
        sha256,
        pages: sniffed.pages,
        content: null,
        uploaded_by: ctx.actor.userId,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('dossier_document')
      .set({ digitisation: 'digitised' })
      .where('agency_id', '=', agencyId)
      .where('dossier_id', '=', dossierId)
      .where('ord', '=', ord)
      .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'dossier.file.upload',
      targetType: 'dossier',
      targetId: dossierId,
      details: { code: dossier.code, ord, sha256 },
    });
    return {
      id: file.id,
      ord,
      filename,
      mediaType: sniffed.mediaType,
      sizeBytes: bytes.length,
      sha256,
      pages: sniffed.pages,
    };
  });
}
