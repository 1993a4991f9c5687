import type { DossierEvent } from '@motcua/core';
import { sql, type Updateable } from 'kysely';
import { compileOnce, PREPARED, type Queryable, type Tx } from '../../db/database.js';
import type { DossierTable } from '../../db/schema.js';
import type { PendingAuditRow } from '../audit/audit.repository.js';

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
 * What an action needs of the dossier row to decide and to write (`ACTION_COLUMNS`) with its
 * whole log (`events`, as `loadEvents` gives it), in one statement. Not the applicant and the
 * other wide columns: every column is a field the driver describes and parses on each action.
 * Actions that need the whole row (issuing the result, the applicant's notice) read it too.
 */
export async function findDossierWithEvents(db: Queryable, agencyId: string, dossierId: string) {
  const [row] = await dossierWithEvents(db, { agencyId, dossierId });
  return row;
}

const ACTION_COLUMNS = [
  'd.agency_id',
  'd.id',
  'd.code',
  'd.channel',
  'd.procedure_version_id',
  'd.counter_id',
  'd.unit_id',
  'd.assignee_id',
  'd.due_at',
  'd.version',
] as const;

const dossierWithEvents = compileOnce((db, v: { agencyId: string; dossierId: string }) =>
  db
    .selectFrom('dossier as d')
    .modifyFront(PREPARED)
    .select(ACTION_COLUMNS)
    .select(
      sql<DossierEvent[]>`(
        SELECT coalesce(json_agg(json_build_object(
          'seq', e.seq, 'action', e.action, 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'actorId', e.actor_id, 'actorRole', e.actor_role, 'data', e.data) ORDER BY e.seq), '[]'::json)
        FROM dossier_event e
        WHERE e.agency_id = d.agency_id AND e.dossier_id = d.id)`.as('events'),
    )
    .where('d.agency_id', '=', v.agencyId)
    .where('d.id', '=', v.dossierId),
);

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

/** A uuid's text form: only such a text is cast to uuid (a cast of anything else would fail). */
const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * What the detail shows besides the dossier row `d`: the assignee's name, the log with each
 * actor's name, the checklist with its files (never their bytes), the notifications sent about
 * it. Only the users the dossier names are looked up, by their key: the specialist an event
 * names in its data is cast to uuid, so that join uses the primary key too. `events` is where
 * the log is read from (a statement that also inserts an event reads the table and the
 * inserted row together).
 */
function detailColumns(events = sql`dossier_event`) {
  return [
    sql<string | null>`(
      SELECT u.full_name FROM app_user u WHERE u.agency_id = d.agency_id AND u.id = d.assignee_id)`.as('assignee_name'),
    sql<DetailEvent[]>`(
      SELECT coalesce(json_agg(json_build_object(
        'seq', e.seq, 'action', e.action, 'at', ${iso('e.at')},
        'actorId', e.actor_id, 'actorName', u.full_name, 'subjectName', s.full_name,
        'actorRole', e.actor_role, 'data', e.data) ORDER BY e.seq), '[]'::json)
      FROM ${events} e
      LEFT JOIN app_user u ON u.agency_id = e.agency_id AND u.id = e.actor_id
      LEFT JOIN app_user s ON s.agency_id = e.agency_id AND s.id = CASE
        WHEN e.data->>'specialistId' ~ ${sql.lit(UUID_PATTERN)} THEN (e.data->>'specialistId')::uuid END
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

/** What one workflow action writes besides the folded row: its event and its audit row. */
export type ActionWrite = {
  agencyId: string;
  dossierId: string;
  /** The version the action read: the update takes place only if the row is still at it. */
  version: number;
  columns: Updateable<DossierTable>;
  event: { seq: number; action: string; at: Date; actorId: string | null; actorRole: string; data: object };
  audit: PendingAuditRow;
};

/**
 * A workflow action's whole write in ONE statement, so it is atomic without a transaction of
 * its own (no BEGIN and COMMIT round trips) and costs one round trip: the folded row's update,
 * guarded by the version the action read; the event and the pending audit row, inserted from the
 * updated row, so neither exists when the version moved on; and the detail the action answers
 * with, as `findDossierDetail` reads it. Sub-statements of one statement do not see each other's
 * writes, so the log is read as the table plus the inserted event. Inside a transaction it sees
 * what the transaction wrote before (a queued notice). Undefined when the version moved on;
 * a concurrent action on the same version that committed first makes the event's key fail (23505).
 */
export async function writeActionReturningDetail(db: Queryable, w: ActionWrite): Promise<DossierDetailRow | undefined> {
  const values: Record<string, unknown> = {
    agencyId: w.agencyId,
    dossierId: w.dossierId,
    version: w.version,
    ...Object.fromEntries(
      Object.entries(w.event).map(([k, v]) => [`event_${k}`, k === 'data' ? JSON.stringify(v) : v]),
    ),
    ...Object.fromEntries(Object.entries(w.audit).map(([k, v]) => [`audit_${k}`, v])),
  };
  const columns = Object.keys(w.columns)
    .filter((k) => w.columns[k as keyof typeof w.columns] !== undefined)
    .sort();
  for (const k of columns) values[`set_${k}`] = w.columns[k as keyof typeof w.columns];
  const [row] = await actionWrite(db, values, columns.join(','));
  return row;
}

/** The statement of `writeActionReturningDetail`, its values named `set_<column>`, `event_<field>`, `audit_<column>`. */
const actionWrite = compileOnce((db, v: Record<string, unknown>) => {
  const p = (name: string) => sql`${v[name]}`;
  const columns = Object.fromEntries(
    Object.keys(v)
      .filter((k) => k.startsWith('set_'))
      .map((k) => [k.slice('set_'.length), v[k]]),
  ) as Updateable<DossierTable>;
  const audit = [
    ['occurred_at', 'timestamptz'],
    ['actor_id', 'uuid'],
    ['actor_name', 'text'],
    ['action', 'text'],
    ['target_type', 'text'],
    ['target_id', 'text'],
    ['request_id', 'text'],
    ['client_ip', 'text'],
    ['details', 'jsonb'],
    ['hash_before', 'text'],
    ['hash_after', 'text'],
  ] as const;
  return db
    .with('updated', (q) =>
      q
        .updateTable('dossier')
        .set(columns)
        .where('agency_id', '=', sql<string>`${v.agencyId}`)
        .where('id', '=', sql<string>`${v.dossierId}`)
        .where('version', '=', sql<number>`${v.version}`)
        .returningAll(),
    )
    .with('new_event', (q) =>
      q
        .insertInto('dossier_event')
        .columns(['agency_id', 'dossier_id', 'seq', 'action', 'at', 'actor_id', 'actor_role', 'data'])
        .expression(
          q
            .selectFrom('updated')
            .select(['agency_id', 'id'])
            .select([
              sql<number>`${p('event_seq')}::integer`.as('seq'),
              sql<string>`${p('event_action')}::text`.as('action'),
              sql<Date>`${p('event_at')}::timestamptz`.as('at'),
              sql<string | null>`${p('event_actorId')}::uuid`.as('actor_id'),
              sql<string>`${p('event_actorRole')}::text`.as('actor_role'),
              sql<string>`${p('event_data')}::jsonb`.as('data'),
            ]),
        )
        .returningAll(),
    )
    .with('new_audit', (q) =>
      q
        .insertInto('audit_pending')
        .columns(['agency_id', ...audit.map(([column]) => column)])
        .expression(
          q
            .selectFrom('updated')
            .select('agency_id')
            .select(audit.map(([column, type]) => sql`${p(`audit_${column}`)}::${sql.raw(type)}`.as(column))),
        ),
    )
    .selectFrom('updated as d')
    .modifyFront(PREPARED)
    .selectAll('d')
    .select(detailColumns(sql`(SELECT * FROM dossier_event UNION ALL SELECT * FROM new_event)`));
});
