import { AppError, type EscalationDetail } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { findEscalation, listAttachments, listMessages } from './escalations.repository.js';
import { allowedMoves, toEscalationSummary } from './escalation-view.js';

/** An escalation of the caller's agency with its thread, attachments and the caller's next moves. */
export async function getEscalation(db: Db, ctx: RequestContext, id: string, now: Date): Promise<EscalationDetail> {
  const agencyId = ctx.actor.agencyId;
  const row = await findEscalation(db, agencyId, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [messages, attachments] = await Promise.all([
    listMessages(db, agencyId, id),
    listAttachments(db, agencyId, id),
  ]);
  return {
    ...toEscalationSummary(row, now),
    messages: messages.map((m) => ({
      seq: m.seq,
      kind: m.kind,
      authorName: m.author_name,
      authorRole: m.author_role,
      body: m.body,
      postedAt: m.posted_at.toISOString(),
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      messageSeq: a.message_seq,
      filename: a.filename,
      mediaType: a.media_type,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
    })),
    allowedMoves: allowedMoves(row.status, ctx.actor.role),
  };
}
