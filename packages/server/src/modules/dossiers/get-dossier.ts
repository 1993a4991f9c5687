import { foldDossier, stepVerdicts, type DossierEvent, type Role } from '@motcua/core';
import type { Db, Queryable } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findDossierDetail, type DossierDetailRow } from './dossier.repository.js';
import { actionsOn, toSummary } from './dossier-view.js';
import { pinnedProcedureContent } from './pinned-procedure.js';
import type { TimingContext } from './timing-context.js';

/**
 * A dossier as staff see it, with the applicant's personal data. Every such read is audited
 * (who saw whose data, when), as the brief requires for personal data. One statement reads the
 * dossier, its log, its checklist and its notifications (`findDossierDetail`); a workflow action
 * answers with the same detail, returned by the statement that writes it
 * (`writeActionReturningDetail`) and presented by `presentDossier`.
 */
export async function getDossier(
  db: Db,
  ctx: RequestContext,
  dossierId: string,
  tc: TimingContext,
  /** false only for the answer to the caller's own action, whose audit row already records it. */
  auditRead = true,
) {
  const agencyId = ctx.actor.agencyId;
  const detail = requireOwnAgency(ctx.actor, await findDossierDetail(db, agencyId, dossierId));
  if (auditRead) {
    await db.transaction().execute((tx) =>
      appendAudit(tx, originOf(ctx), {
        action: 'dossier.read',
        targetType: 'dossier',
        targetId: dossierId,
        details: { code: detail.code },
      }),
    );
  }
  return presentDossier(db, ctx, detail, tc);
}

/**
 * The detail of a dossier read with its log (`DossierDetailRow`). The clock's view (step
 * verdicts, a pending apology, a partner agency) is folded from that log on the agency's
 * calendar; the procedure's processing time comes from the pinned version kept in process.
 */
export async function presentDossier(db: Queryable, ctx: RequestContext, detail: DossierDetailRow, tc: TimingContext) {
  const { events, documents, notifications, assignee_name, ...row } = detail;
  const content = await pinnedProcedureContent(db, ctx.actor.agencyId, row.procedure_version_id);
  const log: DossierEvent[] = events.map((e) => ({
    seq: e.seq,
    action: e.action as DossierEvent['action'],
    at: e.at,
    actorId: e.actorId,
    actorRole: e.actorRole as DossierEvent['actorRole'],
    data: e.data,
  }));
  const fold = foldDossier(log);
  const drafter = fold.pendingApology && events.findLast((e) => e.action === 'draft_apology');
  return {
    ...toSummary(row, tc),
    applicant: row.applicant as Record<string, unknown>,
    returnMethod: row.return_method,
    returnAddress: row.return_address,
    unitId: row.unit_id,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_id ? (assignee_name ?? null) : null,
    submittedAt: row.submitted_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    ...actionsView(row, ctx.actor.role),
    pendingApology: fold.pendingApology && {
      newDueAt: fold.pendingApology.newDueAt.toISOString(),
      note: fold.pendingApology.note,
      draftedAt: fold.pendingApology.draftedAt.toISOString(),
      draftedByName: drafter?.actorName ?? null,
    },
    otherAgency: fold.otherAgency && { ...fold.otherAgency, sentAt: fold.otherAgency.sentAt.toISOString() },
    notifications,
    steps: stepVerdicts(tc.calendar, content.processingTime, log, tc.now).map((v) => ({
      ...v,
      startedAt: v.startedAt.toISOString(),
      finishedAt: v.finishedAt?.toISOString() ?? null,
      dueAt: v.dueAt?.toISOString() ?? null,
    })),
    documents,
    events,
  };
}

/** The buttons, and the actions that go through a hand-over record for a dossier with paper. */
function actionsView(row: { state: string; channel: string }, role: Role) {
  const { direct, byHandover } = actionsOn(row, role);
  return { allowedActions: direct, handoverActions: byHandover };
}
