import { foldDossier, ProcedureContent, stepVerdicts } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { TimingContext } from './timing-context.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findDossier, loadEvents } from './dossier.repository.js';
import { actionsFor, toSummary } from './dossier-view.js';

/**
 * A dossier as staff see it, with the applicant's personal data. Every such read is audited
 * (who saw whose data, when), as the brief requires for personal data.
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
  const row = requireOwnAgency(ctx.actor, await findDossier(db, agencyId, dossierId));
  const [events, documents, files, names, version, notifications] = await Promise.all([
    loadEvents(db, agencyId, dossierId),
    db
      .selectFrom('dossier_document')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .where('dossier_id', '=', dossierId)
      .orderBy('ord')
      .execute(),
    db
      .selectFrom('dossier_file')
      .select(['id', 'document_ord', 'filename', 'media_type', 'size_bytes', 'sha256', 'pages', 'uploaded_at'])
      .where('agency_id', '=', agencyId)
      .where('dossier_id', '=', dossierId)
      .orderBy('uploaded_at')
      .execute(),
    db.selectFrom('app_user').select(['id', 'full_name']).where('agency_id', '=', agencyId).execute(),
    db
      .selectFrom('procedure_version')
      .select('content')
      .where('agency_id', '=', agencyId)
      .where('id', '=', row.procedure_version_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('notification')
      .select(['kind', 'channel', 'recipient', 'subject', 'status', 'attempts', 'created_at', 'sent_at'])
      .where('agency_id', '=', agencyId)
      .where('dossier_id', '=', dossierId)
      .orderBy('created_at')
      .execute(),
  ]);
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
  const nameOf = new Map(names.map((n) => [n.id, n.full_name]));
  const fold = foldDossier(events);
  const time = ProcedureContent.parse(version.content).processingTime;
  return {
    ...toSummary(row, tc),
    applicant: row.applicant as Record<string, unknown>,
    returnMethod: row.return_method,
    returnAddress: row.return_address,
    unitId: row.unit_id,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_id ? (nameOf.get(row.assignee_id) ?? null) : null,
    submittedAt: row.submitted_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    allowedActions: actionsFor(row.state, ctx.actor.role),
    pendingApology: fold.pendingApology && {
      newDueAt: fold.pendingApology.newDueAt.toISOString(),
      note: fold.pendingApology.note,
      draftedAt: fold.pendingApology.draftedAt.toISOString(),
      draftedByName: fold.pendingApology.draftedBy ? (nameOf.get(fold.pendingApology.draftedBy) ?? null) : null,
    },
    otherAgency: fold.otherAgency && { ...fold.otherAgency, sentAt: fold.otherAgency.sentAt.toISOString() },
    notifications: notifications.map((n) => ({
      kind: n.kind,
      channel: n.channel,
      recipient: n.recipient,
      subject: n.subject,
      status: n.status,
      attempts: n.attempts,
      createdAt: n.created_at.toISOString(),
      sentAt: n.sent_at?.toISOString() ?? null,
    })),
    steps: stepVerdicts(tc.calendar, time, events, tc.now).map((v) => ({
      ...v,
      startedAt: v.startedAt.toISOString(),
      finishedAt: v.finishedAt?.toISOString() ?? null,
      dueAt: v.dueAt?.toISOString() ?? null,
    })),
    documents: documents.map((d) => ({
      ord: d.ord,
      name: d.name,
      requiredForm: d.required_form,
      requiredCopies: d.required_copies,
      received: d.is_received,
      form: d.form,
      copies: d.copies,
      digitisation: d.digitisation,
      files: files
        .filter((f) => f.document_ord === d.ord)
        .map((f) => ({
          id: f.id,
          filename: f.filename,
          mediaType: f.media_type,
          sizeBytes: f.size_bytes,
          sha256: f.sha256,
          pages: f.pages,
        })),
    })),
    events: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      at: e.at,
      actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
      actorRole: e.actorRole,
      // Whom the event names, e.g. the specialist assigned, as a name for the control slip.
      subjectName: typeof e.data.specialistId === 'string' ? (nameOf.get(e.data.specialistId) ?? null) : null,
      data: e.data,
    })),
  };
}
