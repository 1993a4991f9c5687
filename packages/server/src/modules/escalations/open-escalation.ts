import { AppError, escalationDueAt, localDateOf, type OpenEscalationRequest } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { FileStore } from '../../storage/file-store.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { loadAgencyCalendar } from '../calendar/load-agency-calendar.js';
import { findLatestVersion } from '../catalog/procedure.repository.js';
import { findSlaHours, insertMessage, nextReference, refreshSearchText } from './escalations.repository.js';
import { storeAttachments } from './store-attachments.js';

export type EscalationDeps = { db: Db; files: FileStore; defaultSlaHours: number };

/**
 * The counter opens an escalation about a dossier (by its code) or a procedure. Its answer is
 * due `slaHours` working hours later on the agency's calendar, the agency's own setting or the
 * configured default, fixed on the row at opening.
 */
export async function openEscalation(
  deps: EscalationDeps,
  ctx: RequestContext,
  input: OpenEscalationRequest,
  at: Date,
): Promise<{ id: string; reference: string }> {
  const { db } = deps;
  const agencyId = ctx.actor.agencyId;
  const subject = await resolveSubject(db, agencyId, input);
  const attachments = await storeAttachments(deps.files, input.attachments);
  const calendar = await loadAgencyCalendar(db, agencyId);
  const slaHours = (await findSlaHours(db, agencyId)) ?? deps.defaultSlaHours;
  const dueAt = escalationDueAt(calendar, at, slaHours);
  const year = Number(localDateOf(at, calendar.offsetMinutes).slice(0, 4));
  return db.transaction().execute(async (tx) => {
    const reference = await nextReference(tx, agencyId, year);
    const row = await tx
      .insertInto('escalation')
      .values({
        agency_id: agencyId,
        reference,
        subject: input.subject,
        dossier_id: subject.dossierId,
        dossier_code: subject.dossierCode,
        procedure_code: subject.procedureCode,
        procedure_name: subject.procedureName,
        category: input.category,
        title: input.title,
        status: 'open',
        opened_by: ctx.actor.userId,
        opened_at: at,
        sla_hours: slaHours,
        due_at: dueAt,
        last_seq: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertMessage(
      tx,
      {
        agency_id: agencyId,
        escalation_id: row.id,
        seq: 1,
        kind: 'question',
        author_id: ctx.actor.userId,
        author_role: ctx.actor.role,
        body: input.body,
        posted_at: at,
      },
      attachments,
    );
    await refreshSearchText(tx, agencyId, row.id);
    await appendAudit(tx, originOf(ctx), {
      action: 'escalation.open',
      targetType: 'escalation',
      targetId: row.id,
      details: {
        reference,
        subject: input.subject,
        dossierCode: subject.dossierCode,
        procedureCode: subject.procedureCode,
        category: input.category,
        dueAt: dueAt.toISOString(),
        attachments: attachments.map((a) => a.sha256),
      },
    });
    return { id: row.id, reference };
  });
}

type Subject = {
  dossierId: string | null;
  dossierCode: string | null;
  procedureCode: string | null;
  procedureName: string | null;
};

async function resolveSubject(db: Db, agencyId: string, input: OpenEscalationRequest): Promise<Subject> {
  if (input.subject === 'dossier') {
    const dossier = await db
      .selectFrom('dossier')
      .select(['id', 'code', 'procedure_code', 'procedure_name'])
      .where('agency_id', '=', agencyId)
      .where('code', '=', input.dossierCode ?? '')
      .executeTakeFirst();
    if (!dossier)
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'body.dossierCode',
          message: { vi: 'Không có hồ sơ mang mã này.', en: 'No dossier has this code.' },
        },
      ]);
    return {
      dossierId: dossier.id,
      dossierCode: dossier.code,
      procedureCode: dossier.procedure_code,
      procedureName: dossier.procedure_name,
    };
  }
  const version = await findLatestVersion(db, agencyId, input.procedureCode ?? '');
  if (!version)
    throw new AppError('VALIDATION_FAILED', [
      {
        field: 'body.procedureCode',
        message: { vi: 'Không có thủ tục mang mã này.', en: 'No procedure has this code.' },
      },
    ]);
  return { dossierId: null, dossierCode: null, procedureCode: input.procedureCode, procedureName: version.name };
}
