import { AppError, confirmBlocker, HANDOVER_RULES, handoverNumber, type HandoverRule, type Role } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { applyAction } from '../dossiers/take-action.js';
import { conflict, requireReceiver } from './handover-access.js';
import { findUser, lockRecord, recordItems } from './postal.repository.js';
import { toReview } from './review-handover.js';

/**
 * The receiver confirms: the record becomes final with both people and the time, and the paper
 * moves in the same transaction. Counter → unit performs `transfer_to_unit` and unit → counter
 * performs `issue` for each dossier on it, on the sender's behalf (the sender's act, completed by
 * the receiver's signature), so nobody does it twice; post → counter marks the packages handed
 * over. A record with an open discrepancy cannot be confirmed.
 */
export async function confirmHandover(db: Db, ctx: RequestContext, recordId: string, now: Date) {
  const agencyId = ctx.actor.agencyId;
  try {
    await db.transaction().execute(async (tx) => {
      const record = requireOwnAgency(ctx.actor, await lockRecord(tx, agencyId, recordId));
      requireReceiver(ctx.actor, record);
      const items = await recordItems(tx, agencyId, recordId);
      const blocker = confirmBlocker(record.status, items.map(toReview));
      if (blocker === 'open_discrepancy') throw new AppError('HANDOVER_DISCREPANCY_OPEN');
      if (blocker === 'already_confirmed') throw conflict('handover', ALREADY);
      if (blocker === 'empty') throw conflict('handover', EMPTY);
      await tx
        .updateTable('handover_record')
        .set({ status: 'confirmed', receiver_id: ctx.actor.userId, confirmed_at: now })
        .where('agency_id', '=', agencyId)
        .where('id', '=', recordId)
        .execute();
      const kept = items.filter((i) => !i.removed);
      const rule: HandoverRule = HANDOVER_RULES[record.direction];
      if (record.direction === 'post_to_counter') {
        const ids = kept.map((i) => i.pickup_id).filter((id): id is string => id !== null);
        const moved = await tx
          .updateTable('pickup_order')
          .set({ status: 'handed_over', handed_over_at: now })
          .where('agency_id', '=', agencyId)
          .where('id', 'in', ids)
          .where('status', '=', 'collected')
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== ids.length) throw conflict('handover', PICKUP_MOVED);
      }
      if (rule.performs) {
        const sender = await senderContext(tx, ctx, record.sender_id);
        for (const item of kept) {
          if (!item.dossier_id) continue;
          const dossier = await tx
            .selectFrom('dossier')
            .select('version')
            .where('agency_id', '=', agencyId)
            .where('id', '=', item.dossier_id)
            .executeTakeFirstOrThrow();
          await applyAction(
            tx,
            sender,
            item.dossier_id,
            {
              action: rule.performs,
              expectedVersion: dossier.version,
              ...(item.result_number ? { resultNumber: item.result_number } : {}),
            },
            now,
          );
        }
      }
      await appendAudit(tx, originOf(ctx), {
        action: 'handover.confirm',
        targetType: 'handover',
        targetId: recordId,
        details: { number: handoverNumber(record.number), direction: record.direction, items: kept.length },
      });
    });
  } catch (e) {
    if (e instanceof Error && (e as { code?: string }).code === '23505') throw new AppError('STALE_VERSION');
    throw e;
  }
}

/** The sender as the actor of the dossier action the confirmation performs. */
async function senderContext(tx: Tx, ctx: RequestContext, senderId: string): Promise<RequestContext> {
  const user = await findUser(tx, ctx.actor.agencyId, senderId);
  if (!user) throw new AppError('NOT_FOUND');
  return {
    actor: {
      userId: user.id,
      agencyId: ctx.actor.agencyId,
      username: user.username,
      fullName: user.full_name,
      role: user.role as Role,
      unitId: user.unit_id,
    },
    requestId: ctx.requestId,
    clientIp: ctx.clientIp,
  };
}

const ALREADY = { vi: 'Biên bản đã được xác nhận.', en: 'The record is already confirmed.' };
const EMPTY = { vi: 'Biên bản không còn dòng nào để bàn giao.', en: 'Nothing is left on the record to hand over.' };
const PICKUP_MOVED = {
  vi: 'Một gói hồ sơ trong biên bản không còn ở trạng thái đã thu gom.',
  en: 'A package on the record is no longer in the collected status.',
};
