import type { DossierEvent } from '@motcua/core';
import type { Queryable, Tx } from '../../db/database.js';

export async function findDossier(db: Queryable, agencyId: string, dossierId: string) {
  return db
    .selectFrom('dossier')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('id', '=', dossierId)
    .executeTakeFirst();
}

export async function loadEvents(db: Queryable, agencyId: string, dossierId: string): Promise<DossierEvent[]> {
  const rows = await db
    .selectFrom('dossier_event')
    .select(['seq', 'action', 'at', 'actor_id', 'actor_role', 'data'])
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', dossierId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    action: r.action as DossierEvent['action'],
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorRole: r.actor_role as DossierEvent['actorRole'],
    data: r.data,
  }));
}

export async function insertEvent(
  tx: Tx,
  e: {
    agencyId: string;
    dossierId: string;
    seq: number;
    action: string;
    at: Date;
    actorId: string | null;
    actorRole: string;
    data: object;
  },
): Promise<void> {
  await tx
    .insertInto('dossier_event')
    .values({
      agency_id: e.agencyId,
      dossier_id: e.dossierId,
      seq: e.seq,
      action: e.action,
      at: e.at,
      actor_id: e.actorId,
      actor_role: e.actorRole,
      data: JSON.stringify(e.data),
    })
    .execute();
}

/** Open dossiers of the same applicant for the same procedure: the counter is warned of a double submission. */
export async function findOpenDuplicates(db: Queryable, agencyId: string, idNumber: string, procedureCode: string) {
  return db
    .selectFrom('dossier')
    .select(['id', 'code', 'state'])
    .where('agency_id', '=', agencyId)
    .where('applicant_id_number', '=', idNumber)
    .where('procedure_code', '=', procedureCode)
    .where('state', 'not in', ['returned', 'withdrawn', 'stopped', 'refused_at_reception'])
    .execute();
}
