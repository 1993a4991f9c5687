import { AppError, type RevokeResultRequest } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findResult, type ResultRow } from './results.repository.js';

/**
 * The leader revokes an issued result, with a reason shown on the public verification page.
 * Only a valid result can be revoked; a superseded one is already replaced by its reissue.
 */
export async function revokeResult(db: Db, ctx: RequestContext, id: string, input: RevokeResultRequest, now: Date) {
  const agencyId = ctx.actor.agencyId;
  return db.transaction().execute(async (tx): Promise<ResultRow> => {
    const row = requireOwnAgency(ctx.actor, await findResult(tx, agencyId, id));
    if (row.status !== 'valid')
      throw new AppError('CONFLICT', [
        {
          field: 'id',
          message: {
            vi: row.status === 'revoked' ? 'Kết quả đã bị thu hồi.' : 'Kết quả đã được thay thế bằng bản cấp lại.',
            en: row.status === 'revoked' ? 'The result is already revoked.' : 'The result was superseded by a reissue.',
          },
        },
      ]);
    const updated = await tx
      .updateTable('result_document')
      .set({ status: 'revoked', revoked_at: now, revoked_by: ctx.actor.userId, revoke_reason: input.reason })
      .where('agency_id', '=', agencyId)
      .where('id', '=', id)
      .where('status', '=', 'valid')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('CONFLICT');
    await appendAudit(tx, originOf(ctx), {
      action: 'result.revoke',
      targetType: 'result_document',
      targetId: id,
      details: { number: row.number_text, reason: input.reason },
    });
    return updated;
  });
}
