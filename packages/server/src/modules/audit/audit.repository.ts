import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { canonicalAroundSeq, canonicalJson, GENESIS_HASH, type AuditFields } from './audit-hash.js';

export type AuditEvent = {
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

/** Who and where an audit row records, when no signed-in actor exists (CLI, sign-in attempts). */
export type AuditOrigin = {
  agencyId: string;
  actorId: string | null;
  actorName: string | null;
  requestId: string | null;
  clientIp: string | null;
};

export function originOf(ctx: RequestContext): AuditOrigin {
  return {
    agencyId: ctx.actor.agencyId,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    requestId: ctx.requestId,
    clientIp: ctx.clientIp,
  };
}

/**
 * Appends one row to the agency's hash chain inside the caller's transaction, in ONE statement:
 * it locks the chain head (`audit_chain`, FOR UPDATE), splices the next `seq` into the row's
 * canonical JSON built beforehand (`canonicalAroundSeq`), computes the SHA-256 in PostgreSQL,
 * inserts the row and moves the head. The lock serialises appends per agency, so the chain never
 * forks (and the `(agency_id, seq)` key refuses a fork outright); it is held from that statement
 * to the commit, so call this LAST in a use case. A concurrent appender waits on the lock and,
 * under READ COMMITTED, re-reads the head the first one committed. Verification recomputes every
 * hash in Node (`auditHash`), so the SQL and Node forms are checked against each other.
 */
export async function appendAudit(tx: Tx, origin: AuditOrigin, event: AuditEvent): Promise<void> {
  const fields: Omit<AuditFields, 'seq'> = {
    ...origin,
    // Millisecond precision, so the stored timestamptz round-trips exactly into the hash. Taken
    // before the lock: rows of one agency are in seq order, their times within a few ms of it.
    occurredAt: new Date(),
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    details: event.details ?? {},
  };
  if (await appendToChain(tx, fields)) return;
  // The agency's first audit row: create its chain head (a concurrent first append may win), then append.
  await tx
    .insertInto('audit_chain')
    .values({ agency_id: origin.agencyId, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('agency_id').doNothing())
    .execute();
  if (!(await appendToChain(tx, fields))) throw new Error(`no audit chain head for agency ${origin.agencyId}`);
}

/** false when the agency has no chain head yet. */
async function appendToChain(tx: Tx, f: Omit<AuditFields, 'seq'>): Promise<boolean> {
  const { before, after } = canonicalAroundSeq(f);
  const { rows } = await sql<{ seq: number }>`
    WITH head AS (
      SELECT last_seq + 1 AS seq, last_hash AS prev_hash,
        encode(sha256(convert_to(last_hash || ${before}::text || (last_seq + 1)::text || ${after}::text, 'UTF8')), 'hex')
          AS hash
      FROM audit_chain WHERE agency_id = ${f.agencyId}::uuid FOR UPDATE
    ), appended AS (
      INSERT INTO audit_log (agency_id, seq, occurred_at, actor_id, actor_name, action, target_type, target_id,
        request_id, client_ip, details, prev_hash, hash)
      SELECT ${f.agencyId}::uuid, seq, ${f.occurredAt}::timestamptz, ${f.actorId}::uuid, ${f.actorName}::text,
        ${f.action}::text, ${f.targetType}::text, ${f.targetId}::text, ${f.requestId}::text, ${f.clientIp}::text,
        ${canonicalJson(f.details)}::jsonb, prev_hash, hash
      FROM head
      RETURNING seq, hash
    )
    UPDATE audit_chain c SET last_seq = a.seq, last_hash = a.hash
    FROM appended a
    WHERE c.agency_id = ${f.agencyId}::uuid
    RETURNING a.seq`.execute(tx);
  return rows.length === 1;
}

export async function listAudit(db: Queryable, agencyId: string, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    db
      .selectFrom('audit_log')
      .select([
        'seq',
        'occurred_at',
        'actor_id',
        'actor_name',
        'action',
        'target_type',
        'target_id',
        'request_id',
        'client_ip',
      ])
      .where('agency_id', '=', agencyId)
      .orderBy('seq', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('audit_log')
      .select(sql<number>`count(*)`.as('n'))
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}
