import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { EscalationMessageTable } from '../../db/schema.js';

const SUMMARY_COLUMNS = [
  'escalation.agency_id',
  'escalation.id',
  'escalation.reference',
  'escalation.subject',
  'escalation.dossier_id',
  'escalation.dossier_code',
  'escalation.procedure_code',
  'escalation.procedure_name',
  'escalation.category',
  'escalation.title',
  'escalation.status',
  'escalation.opened_by',
  'escalation.opened_at',
  'escalation.sla_hours',
  'escalation.due_at',
  'escalation.answered_at',
  'escalation.resolved_at',
  'escalation.last_seq',
] as const;

function summaries(db: Queryable, agencyId: string) {
  return db
    .selectFrom('escalation')
    .innerJoin('app_user', (j) =>
      j.onRef('app_user.agency_id', '=', 'escalation.agency_id').onRef('app_user.id', '=', 'escalation.opened_by'),
    )
    .select([...SUMMARY_COLUMNS, 'app_user.full_name as opened_by_name'])
    .where('escalation.agency_id', '=', agencyId);
}
export type EscalationRow = NonNullable<Awaited<ReturnType<typeof findEscalation>>>;

export async function findEscalation(db: Queryable, agencyId: string, id: string) {
  return summaries(db, agencyId).where('escalation.id', '=', id).executeTakeFirst();
}

/** The row locked for an update in the caller's transaction. */
export async function lockEscalation(tx: Tx, agencyId: string, id: string) {
  return tx
    .selectFrom('escalation')
    .select(['agency_id', 'id', 'reference', 'status', 'last_seq', 'sla_hours', 'answered_at'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export type ListFilter = { status?: 'open' | 'answered' | 'resolved' | undefined; overdue?: boolean | undefined };

export async function listEscalations(
  db: Queryable,
  agencyId: string,
  filter: ListFilter,
  now: Date,
  page: number,
  pageSize: number,
) {
  let query = summaries(db, agencyId);
  if (filter.status) query = query.where('escalation.status', '=', filter.status);
  if (filter.overdue) query = query.where('escalation.status', '=', 'open').where('escalation.due_at', '<', now);
  const [rows, total, overdue] = await Promise.all([
    query
      // Waiting for the focal officer first, then the oldest due time.
      .orderBy(sql`escalation.status = 'open'`, 'desc')
      .orderBy('escalation.due_at', 'asc')
      .orderBy('escalation.reference', 'asc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    countOverdue(db, agencyId, now),
  ]);
  return { rows, total: total.n, overdue };
}

export async function countOverdue(db: Queryable, agencyId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('escalation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'open')
    .where('due_at', '<', now)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function countByStatus(db: Queryable, agencyId: string, status: 'open' | 'answered'): Promise<number> {
  const row = await db
    .selectFrom('escalation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function listMessages(db: Queryable, agencyId: string, escalationId: string) {
  return db
    .selectFrom('escalation_message')
    .innerJoin('app_user', (j) =>
      j
        .onRef('app_user.agency_id', '=', 'escalation_message.agency_id')
        .onRef('app_user.id', '=', 'escalation_message.author_id'),
    )
    .select([
      'escalation_message.seq',
      'escalation_message.kind',
      'escalation_message.author_role',
      'escalation_message.body',
      'escalation_message.posted_at',
      'app_user.full_name as author_name',
    ])
    .where('escalation_message.agency_id', '=', agencyId)
    .where('escalation_message.escalation_id', '=', escalationId)
    .orderBy('escalation_message.seq')
    .execute();
}

export async function listAttachments(db: Queryable, agencyId: string, escalationId: string) {
  return db
    .selectFrom('escalation_attachment')
    .select(['id', 'message_seq', 'filename', 'media_type', 'size_bytes', 'sha256'])
    .where('agency_id', '=', agencyId)
    .where('escalation_id', '=', escalationId)
    .orderBy('message_seq')
    .orderBy('filename')
    .execute();
}

export async function findAttachment(db: Queryable, agencyId: string, escalationId: string, id: string) {
  return db
    .selectFrom('escalation_attachment')
    .select(['agency_id', 'filename', 'media_type', 'sha256'])
    .where('agency_id', '=', agencyId)
    .where('escalation_id', '=', escalationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export type StoredAttachment = {
  filename: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  sha256: string;
};

export async function insertMessage(
  tx: Tx,
  row: Omit<EscalationMessageTable, 'posted_at'> & { posted_at: Date },
  attachments: readonly StoredAttachment[],
): Promise<void> {
  await tx.insertInto('escalation_message').values(row).execute();
  if (attachments.length > 0)
    await tx
      .insertInto('escalation_attachment')
      .values(
        attachments.map((a) => ({
          agency_id: row.agency_id,
          escalation_id: row.escalation_id,
          message_seq: row.seq,
          filename: a.filename,
          media_type: a.mediaType,
          size_bytes: a.sizeBytes,
          sha256: a.sha256,
        })),
      )
      .execute();
}

/** Recomputes the unaccented search text from the title, the procedure and the whole thread. */
export async function refreshSearchText(tx: Tx, agencyId: string, id: string): Promise<void> {
  await sql`
    UPDATE escalation e SET search_text = motcua_search_text(
      concat_ws(' ', e.title, e.procedure_code, e.procedure_name, e.dossier_code,
        (SELECT string_agg(m.body, ' ' ORDER BY m.seq) FROM escalation_message m
          WHERE m.agency_id = e.agency_id AND m.escalation_id = e.id)))
    WHERE e.agency_id = ${agencyId} AND e.id = ${id}`.execute(tx);
}

/** The next reference of the year, VM-{yyyy}-{NNNN}; a rollback gives the number back. */
export async function nextReference(tx: Tx, agencyId: string, year: number): Promise<string> {
  const row = await tx
    .insertInto('escalation_number')
    .values({ agency_id: agencyId, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'year'])
        .doUpdateSet((eb) => ({ last_number: eb('escalation_number.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return `VM-${year}-${String(row.last_number).padStart(4, '0')}`;
}

export async function findSlaHours(db: Queryable, agencyId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('escalation_setting')
    .select('sla_hours')
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return row ? Number(row.sla_hours) : undefined;
}

/**
 * Resolved escalations whose title, procedure or thread contains every word of `q`, ignoring
 * diacritics and case (the same `motcua_search_text` as the catalog search), newest first.
 */
export async function searchResolved(db: Queryable, agencyId: string, q: string, limit: number) {
  const words = q
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 10);
  let query = db
    .selectFrom('escalation')
    .select([
      'id',
      'reference',
      'category',
      'procedure_code',
      'procedure_name',
      'title',
      'resolved_at',
      sql<string>`(SELECT m.body FROM escalation_message m WHERE m.agency_id = escalation.agency_id
        AND m.escalation_id = escalation.id AND m.kind = 'question' ORDER BY m.seq LIMIT 1)`.as('question'),
      sql<string | null>`(SELECT m.body FROM escalation_message m WHERE m.agency_id = escalation.agency_id
        AND m.escalation_id = escalation.id AND m.kind = 'answer' ORDER BY m.seq DESC LIMIT 1)`.as('answer'),
    ])
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'resolved');
  for (const word of words)
    query = query.where(sql<boolean>`search_text LIKE '%' || motcua_search_text(${word}) || '%'`);
  return query.orderBy('resolved_at', 'desc').limit(limit).execute();
}
