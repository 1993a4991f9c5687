import { AppError } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { FileStore } from '../../storage/file-store.js';
import { sha256Hex } from '../../storage/file-store.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { renderForm, type FormDefinition, type ModelHeading } from './form-definition.js';
import { findGenerated, insertGenerated } from './documents.repository.js';

export type PrintedDocument = { bytes: Buffer; fileName: string; sha256: string; reused: boolean };

export type PrintSubject = {
  /** e.g. 'dossier:<id>', 'reception-slip:<id>', 'tracking-book:2026-01-01..2026-01-31'. */
  key: string;
  dossierId?: string;
  receptionSlipId?: string;
  /** The audit row's target when it is neither a dossier nor a reception slip, e.g. a hand-over record. */
  target?: { type: string; id: string };
};

/**
 * Prints one form (use case). The form's model (exactly the data it prints, plus its layout
 * version) is hashed: when a document of that kind, subject and model hash was generated before,
 * its stored bytes are served unchanged (a reprint is identical to the first print); otherwise
 * the PDF is rendered, put in the immutable file store and recorded. Every print is audited,
 * since forms carry personal data.
 */
export async function printForm<M extends ModelHeading, S>(
  db: Db,
  files: FileStore,
  ctx: RequestContext,
  def: FormDefinition<M, S>,
  source: S,
  subject: PrintSubject,
  now: Date,
): Promise<PrintedDocument> {
  const model = def.model(source);
  if (!model) throw new AppError('FORM_NOT_APPLICABLE');
  const modelSha256 = sha256Hex(Buffer.from(JSON.stringify({ layout: def.layoutVersion, model })));
  const agencyId = ctx.actor.agencyId;
  const fileName = def.fileName(model);
  const existing = await findGenerated(db, agencyId, def.kind, subject.key, modelSha256);
  let bytes: Buffer | undefined;
  if (existing && (await files.has(existing.sha256))) bytes = await files.get(existing.sha256);
  const reused = bytes !== undefined;
  if (!bytes) {
    bytes = await renderForm(def, model);
    await files.put(bytes);
  }
  const sha256 = existing && reused ? existing.sha256 : sha256Hex(bytes);
  await db.transaction().execute(async (tx) => {
    if (!reused && !existing) {
      await insertGenerated(tx, {
        agency_id: agencyId,
        kind: def.kind,
        dossier_id: subject.dossierId ?? null,
        reception_slip_id: subject.receptionSlipId ?? null,
        subject_key: subject.key,
        model_sha256: modelSha256,
        sha256,
        size_bytes: bytes.byteLength,
        file_name: fileName,
        generated_at: now,
        generated_by: ctx.actor.userId,
      });
    }
    await appendAudit(tx, originOf(ctx), {
      action: 'document.print',
      targetType:
        subject.target?.type ??
        (subject.dossierId ? 'dossier' : subject.receptionSlipId ? 'reception_slip' : 'tracking_book'),
      targetId: subject.target?.id ?? subject.dossierId ?? subject.receptionSlipId ?? subject.key,
      details: { kind: def.kind, sha256, reused },
    });
  });
  return { bytes, fileName, sha256, reused };
}
