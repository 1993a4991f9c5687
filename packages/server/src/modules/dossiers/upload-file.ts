import { createHash } from 'node:crypto';
import { AppError } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findDossier } from './dossier.repository.js';
import { sniffFile } from './sniff-file.js';

/** Digitises one checklist item: stores the file with its hash and page count, marks the item digitised. */
export async function uploadFile(
  db: Db,
  ctx: RequestContext,
  dossierId: string,
  ord: number,
  filename: string,
  bytes: Buffer,
) {
  const agencyId = ctx.actor.agencyId;
  const dossier = requireOwnAgency(ctx.actor, await findDossier(db, agencyId, dossierId));
  const sniffed = await sniffFile(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
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
        content: bytes,
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
