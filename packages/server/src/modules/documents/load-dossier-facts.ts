import type { ProcedureContent } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../auth/actor.js';
import { requireOwnAgency } from '../auth/actor.js';
import { findDossier, loadEvents } from '../dossiers/dossier.repository.js';
import type { DossierFacts } from './form-definition.js';
import { issuingAgency, trackingEntryOf, userNames } from './documents.repository.js';

/** Everything the dossier forms print, read from the dossier row, its log, checklist and pinned version. */
export async function loadDossierFacts(
  db: Queryable,
  actor: Actor,
  dossierId: string,
  publicBaseUrl: string,
): Promise<DossierFacts> {
  const agencyId = actor.agencyId;
  const row = requireOwnAgency(actor, await findDossier(db, agencyId, dossierId));
  const [events, documents, names, version, unit] = await Promise.all([
    loadEvents(db, agencyId, dossierId),
    db
      .selectFrom('dossier_document')
      .select(['name', 'is_received', 'form', 'copies'])
      .where('agency_id', '=', agencyId)
      .where('dossier_id', '=', dossierId)
      .orderBy('ord')
      .execute(),
    userNames(db, agencyId),
    db
      .selectFrom('procedure_version')
      .select('content')
      .where('agency_id', '=', agencyId)
      .where('id', '=', row.procedure_version_id)
      .executeTakeFirstOrThrow(),
    row.unit_id
      ? db
          .selectFrom('unit')
          .select('name')
          .where('agency_id', '=', agencyId)
          .where('id', '=', row.unit_id)
          .executeTakeFirst()
      : undefined,
  ]);
  // Published versions were validated when their decision was published.
  const content = version.content as ProcedureContent;
  const a = row.applicant as Record<string, string | null | undefined>;
  return {
    agency: await issuingAgency(db, agencyId, 'BỘ PHẬN MỘT CỬA'),
    dossier: {
      id: row.id,
      code: row.code,
      channel: row.channel,
      procedureCode: row.procedure_code,
      procedureName: row.procedure_name,
      applicant: {
        kind: row.applicant_kind === 'organisation' ? 'organisation' : 'person',
        name: row.applicant_name,
        idNumber: row.applicant_id_number,
        representative: a.representative ?? null,
        address: a.address ?? '',
        phone: a.phone ?? '',
        email: a.email ?? null,
      },
      returnMethod: row.return_method,
      returnAddress: row.return_address,
      state: row.state,
      submittedAt: row.submitted_at.toISOString(),
      receivedAt: row.received_at?.toISOString() ?? null,
      dueAt: row.due_at?.toISOString() ?? null,
      finishedAt: row.finished_at?.toISOString() ?? null,
      unitName: unit?.name ?? null,
      assigneeName: row.assignee_id ? (names.get(row.assignee_id) ?? null) : null,
    },
    documents: documents.map((d) => ({ name: d.name, received: d.is_received, form: d.form, copies: d.copies })),
    procedure: { dossierSets: content.dossierSets, processingTime: content.processingTime },
    events: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      at: e.at,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      actorRole: e.actorRole,
      data: e.data as Record<string, unknown>,
    })),
    trackingEntry: row.received_at && row.code ? await trackingEntryOf(db, agencyId, row.received_at, row.code) : null,
    lookupUrl: row.code ? `${publicBaseUrl}/tra-cuu-ho-so/${encodeURIComponent(row.code)}` : null,
  };
}
