import type { Db } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findDossierDetail } from './dossier.repository.js';
import { actionsFor, toSummary } from './dossier-view.js';

/**
 * A dossier as staff see it, with the applicant's personal data. Every such read is audited
 * (who saw whose data, when), as the brief requires for personal data. One statement reads it
 * all (`findDossierDetail`): this is also the answer to every workflow action.
 */
export async function getDossier(
  db: Db,
  ctx: RequestContext,
  dossierId: string,
  now: Date,
  dueSoonMs: number,
  /** false only for the answer to the caller's own action, whose audit row already records it. */
  auditRead = true,
) {
  const agencyId = ctx.actor.agencyId;
  const { events, documents, assignee_name, ...row } = requireOwnAgency(
    ctx.actor,
    await findDossierDetail(db, agencyId, dossierId),
  );
  if (auditRead) {
    await db.transaction().execute((tx) =>
      appendAudit(tx, originOf(ctx), {
        action: 'dossier.read',
        targetType: 'dossier',
        targetId: dossierId,
        details: { code: row.code },
      }),
    );
  }
  return {
    ...toSummary(row, now, dueSoonMs),
    applicant: row.applicant as Record<string, unknown>,
    returnMethod: row.return_method,
    returnAddress: row.return_address,
    unitId: row.unit_id,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_id ? (assignee_name ?? null) : null,
    submittedAt: row.submitted_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    allowedActions: actionsFor(row.state, ctx.actor.role),
    documents,
    events,
  };
}
