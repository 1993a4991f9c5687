import { AppError } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findDossier, loadEvents } from '../dossiers/dossier.repository.js';
import { issueResultDocument } from './issue-result.js';
import { boundResultServices } from './result-services.js';
import { findResult } from './results.repository.js';

/**
 * The leader reissues a valid result (cấp lại: a corrected or replaced copy): a new register
 * number, a new signed PDF from the current template, and the old result marked superseded,
 * pointing at the new one — all in one transaction.
 */
export async function reissueResult(db: Db, ctx: RequestContext, id: string, now: Date) {
  const agencyId = ctx.actor.agencyId;
  return db.transaction().execute(async (tx) => {
    const old = requireOwnAgency(ctx.actor, await findResult(tx, agencyId, id));
    if (old.status !== 'valid')
      throw new AppError('CONFLICT', [
        {
          field: 'id',
          message: { vi: 'Chỉ cấp lại được kết quả còn hiệu lực.', en: 'Only a valid result can be reissued.' },
        },
      ]);
    const dossier = requireOwnAgency(ctx.actor, await findDossier(tx, agencyId, old.dossier_id));
    const events = await loadEvents(tx, agencyId, dossier.id);
    const made = await issueResultDocument(tx, ctx, dossier, events, now, boundResultServices());
    if (!made.resultId)
      throw new AppError('CONFLICT', [
        {
          field: 'id',
          message: { vi: 'Cơ quan chưa có chứng thư số để ký.', en: 'The agency has no signing certificate.' },
        },
      ]);
    await appendAudit(tx, originOf(ctx), {
      action: 'result.reissue',
      targetType: 'result_document',
      targetId: made.resultId,
      details: { replaces: id, number: made.resultNumber },
    });
    const created = await findResult(tx, agencyId, made.resultId);
    if (!created) throw new AppError('INTERNAL');
    return created;
  });
}
