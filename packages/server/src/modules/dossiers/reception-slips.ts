import type { ReceptionSlipRequest } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';

/**
 * The slip the counter hands back instead of receiving: a supplement request listing every
 * missing or faulty item in one go, or a refusal with its coded reason (DOMAIN.md §5.1, §12).
 * No dossier and no dossier code are created: nothing has been received.
 */
export async function issueReceptionSlip(db: Db, ctx: RequestContext, input: ReceptionSlipRequest, now: Date) {
  const a = input.applicant;
  const items = input.kind === 'supplement' ? input.items : [{ reason: input.reason, note: input.note }];
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('reception_slip')
      .values({
        agency_id: ctx.actor.agencyId,
        kind: input.kind,
        procedure_code: input.procedureCode,
        applicant_name: a.name,
        applicant_id_number: a.kind === 'person' ? a.citizenId : a.taxCode,
        items: JSON.stringify(items),
        created_by: ctx.actor.userId,
        created_at: now, // Deps.now, the one clock: the slip is dated as the receipt would be
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(tx, originOf(ctx), {
      action: `reception.${input.kind}_slip`,
      targetType: 'reception_slip',
      targetId: row.id,
      details: { procedureCode: input.procedureCode, items: items.length },
    });
    return { id: row.id, kind: input.kind, createdAt: row.created_at.toISOString(), items };
  });
}
