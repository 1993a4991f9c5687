import {
  AppError,
  escalationDueAt,
  hasPermission,
  nextEscalationStatus,
  startsSlaPeriod,
  type EscalationMove,
  type PostEscalationMessageRequest,
} from '@motcua/core';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { loadAgencyCalendar } from '../calendar/load-agency-calendar.js';
import { findEscalation, insertMessage, lockEscalation, refreshSearchText } from './escalations.repository.js';
import { MOVE_PERMISSION } from './escalation-view.js';
import type { EscalationDeps } from './open-escalation.js';
import { storeAttachments } from './store-attachments.js';

/**
 * One step of the thread: the focal officer's answer, the counter's follow-up, resolving or
 * reopening, each recorded as a message. When the question goes back to the focal officer (a
 * follow-up after an answer, a reopening) a new answer time starts from that moment.
 */
export async function moveEscalation(
  deps: EscalationDeps,
  ctx: RequestContext,
  escalationId: string,
  move: EscalationMove,
  input: PostEscalationMessageRequest,
  at: Date,
): Promise<void> {
  const { db } = deps;
  const agencyId = ctx.actor.agencyId;
  if (!hasPermission(ctx.actor.role, MOVE_PERMISSION[move])) throw new AppError('FORBIDDEN');
  // Another agency's escalation does not exist for this caller (404) whatever it sends.
  if (!(await findEscalation(db, agencyId, escalationId))) throw new AppError('NOT_FOUND');
  const attachments = await storeAttachments(deps.files, input.attachments);
  const calendar = await loadAgencyCalendar(db, agencyId);
  await db.transaction().execute(async (tx) => {
    const row = await lockEscalation(tx, agencyId, escalationId);
    if (!row) throw new AppError('NOT_FOUND');
    const status = nextEscalationStatus(row.status, move);
    if (status === null)
      throw new AppError('CONFLICT', [
        {
          field: 'status',
          message: {
            vi: `Vướng mắc đang ở trạng thái "${STATUS_VI[row.status]}": không thể thực hiện thao tác này.`,
            en: `The escalation is ${row.status}: this step is not possible.`,
          },
        },
      ]);
    const seq = row.last_seq + 1;
    await insertMessage(
      tx,
      {
        agency_id: agencyId,
        escalation_id: escalationId,
        seq,
        kind: move,
        author_id: ctx.actor.userId,
        author_role: ctx.actor.role,
        body: input.body,
        posted_at: at,
      },
      attachments,
    );
    const newDue = startsSlaPeriod(row.status, status)
      ? escalationDueAt(calendar, at, Number(row.sla_hours))
      : undefined;
    await tx
      .updateTable('escalation')
      .set({
        status,
        last_seq: seq,
        ...(newDue ? { due_at: newDue } : {}),
        ...(move === 'answer' && !row.answered_at ? { answered_at: at } : {}),
        resolved_at: status === 'resolved' ? at : null,
      })
      .where('agency_id', '=', agencyId)
      .where('id', '=', escalationId)
      .execute();
    await refreshSearchText(tx, agencyId, escalationId);
    await appendAudit(tx, originOf(ctx), {
      action: `escalation.${move}`,
      targetType: 'escalation',
      targetId: escalationId,
      details: {
        reference: row.reference,
        from: row.status,
        to: status,
        seq,
        ...(newDue ? { dueAt: newDue.toISOString() } : {}),
        attachments: attachments.map((a) => a.sha256),
      },
    });
  });
}

const STATUS_VI = { open: 'chờ trả lời', answered: 'đã trả lời', resolved: 'đã giải quyết' } as const;
