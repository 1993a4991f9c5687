import type { DossierEvent } from '@motcua/core';
import { sql, type Updateable } from 'kysely';
import { PREPARED, type Queryable, type Tx } from '../../db/database.js';
import type { DossierTable } from '../../db/schema.js';

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

/**
 * A dossier row with its whole log (`events`, as `loadEvents` gives it), in one statement: what
 * an action reads before it decides.
 */
export async function findDossierWithEvents(db: Queryable, agencyId: string, dossierId: string) {
  return db
    .selectFrom('dossier as d')
    .selectAll('d')
    .select(
      sql<DossierEvent[]>`(
        SELECT coalesce(json_agg(json_build_object(
          'seq', e.seq, 'action', e.action, 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'actorId', e.actor_id, 'actorRole', e.actor_role, 'data', e.data) ORDER BY e.seq), '[]'::json)
        FROM dossier_event e
        WHERE e.agency_id = d.agency_id AND e.dossier_id = d.id)`.as('events'),
    )
    .where('d.agency_id', '=', agencyId)
    .where('d.id', '=', dossierId)
    .executeTakeFirst();
}

type DetailEvent = {
  seq: number;
  action: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** Whom the event names (the specialist assigned), by name. */
  subjectName: string | null;
  actorRole: string;
  data: Record<string, unknown>;
};
type DetailFile = { id: string; filename: string; mediaType: string; sizeBytes: number; sha256: string; pages: number };
type DetailDocument = {
  ord: number;
  name: string;
  requiredForm: string | null;
  requiredCopies: number;
  received: boolean;
  form: string | null;
  copies: number;
  digitisation: string;
  files: DetailFile[];
};

type DetailNotification = {
  kind: string;
  channel: string;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
};

/** ISO 8601 in UTC with milliseconds, as `Date.toISOString()` writes it. */
const iso = (column: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * What the detail shows besides the dossier row `d`: the assignee's name, the log with each
 * actor's name, the checklist with its files (never their bytes), the notifications sent about
 * it. Only the users the dossier names are looked up.
 */
function detailColumns() {
  return [
    sql<string | null>`(
      SELECT u.full_name FROM app_user u WHERE u.agency_id = d.agency_id AND u.id = d.assignee_id)`.as('assignee_name'),
    sql<DetailEvent[]>`(
      SELECT coalesce(json_agg(json_build_object(
        'seq', e.seq, 'action', e.action, 'at', ${iso('e.at')},
        'actorId', e.actor_id, 'actorName', u.full_name, 'subjectName', s.full_name,
        'actorRole', e.actor_role, 'data', e.data) ORDER BY e.seq), '[]'::json)
      FROM dossier_event e
      LEFT JOIN app_user u ON u.agency_id = e.agency_id AND u.id = e.actor_id
      LEFT JOIN app_user s ON s.agency_id = e.agency_id AND s.id::text = e.data->>'specialistId'
      WHERE e.agency_id = d.agency_id AND e.dossier_id = d.id)`.as('events'),
    sql<DetailDocument[]>`(
      SELECT coalesce(json_agg(json_build_object(
        'ord', c.ord, 'name', c.name, 'requiredForm', c.required_form, 'requiredCopies', c.required_copies,
        'received', c.is_received, 'form', c.form, 'copies', c.copies, 'digitisation', c.digitisation,
        'files', (
          SELECT coalesce(json_agg(json_build_object(
            'id', f.id, 'filename', f.filename, 'mediaType', f.media_type, 'sizeBytes', f.size_bytes,
            'sha256', f.sha256, 'pages', f.pages) ORDER BY f.uploaded_at), '[]'::json)
          FROM dossier_file f
          WHERE f.agency_id = c.agency_id AND f.dossier_id = c.dossier_id AND f.document_ord = c.ord)
        ) ORDER BY c.ord), '[]'::json)
      FROM dossier_document c
      WHERE c.agency_id = d.agency_id AND c.dossier_id = d.id)`.as('documents'),
    sql<DetailNotification[]>`(
      SELECT coalesce(json_agg(json_build_object(
        'kind', n.kind, 'channel', n.channel, 'recipient', n.recipient, 'subject', n.subject, 'status', n.status,
        'attempts', n.attempts, 'createdAt', ${iso('n.created_at')}, 'sentAt', ${iso('n.sent_at')})
        ORDER BY n.created_at), '[]'::json)
      FROM notification n
      WHERE n.agency_id = d.agency_id AND n.dossier_id = d.id)`.as('notifications'),
  ];
}

/** A dossier with everything its detail shows (`detailColumns`), in ONE statement. */
export async function findDossierDetail(db: Queryable, agencyId: string, dossierId: string) {
  return db
    .selectFrom('dossier as d')
    .modifyFront(PREPARED)
    .selectAll('d')
    .select(detailColumns())
    .where('d.agency_id', '=', agencyId)
    .where('d.id', '=', dossierId)
    .executeTakeFirst();
}

export type DossierDetailRow = NonNullable<Awaited<ReturnType<typeof findDossierDetail>>>;

/**
 * A workflow action's update of the folded row, guarded by the version the action read, that
 * answers with the dossier's detail as `findDossierDetail` reads it, in the same statement: the
 * action's answer costs no second read. The row comes from `RETURNING` (its new values); the log,
 * checklist and notifications are read in the same snapshot, which includes what this
 * transaction's earlier statements wrote (the event). Undefined when the version moved on.
 */
export async function updateDossierReturningDetail(
  tx: Tx,
  agencyId: string,
  dossierId: string,
  version: number,
  columns: Updateable<DossierTable>,
): Promise<DossierDetailRow | undefined> {
  return tx
    .with('updated', (db) =>
      db
        .updateTable('dossier')
        .set(columns)
        .where('agency_id', '=', agencyId)
        .where('id', '=', dossierId)
        .where('version', '=', version)
        .returningAll(),
    )
    .selectFrom('updated as d')
    .modifyFront(PREPARED)
    .selectAll('d')
    .select(detailColumns())
    .executeTakeFirst();
}
