import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findSlaHours } from './escalations.repository.js';

/**
 * The administrator sets the agency's escalation answer time (working hours). Applies to
 * escalations opened afterwards; those already open keep the time they were opened with.
 */
export async function setEscalationSla(db: Db, ctx: RequestContext, slaHours: number): Promise<void> {
  const agencyId = ctx.actor.agencyId;
  await db.transaction().execute(async (tx) => {
    const before = await findSlaHours(tx, agencyId);
    await tx
      .insertInto('escalation_setting')
      .values({ agency_id: agencyId, sla_hours: slaHours })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet({ sla_hours: slaHours }))
      .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'escalation.settings.update',
      targetType: 'agency',
      targetId: agencyId,
      details: { slaHours, before: before ?? null },
    });
  });
}
