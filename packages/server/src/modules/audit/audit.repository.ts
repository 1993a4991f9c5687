import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { canonicalAroundSeq, canonicalJson, type AuditFields } from './audit-hash.js';

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
 * Appends one row to the agency's audit trail with the caller's transaction: it is recorded as
 * pending (`audit_pending`, no lock taken), durable with the work it records. Chaining comes
 * after the commit, in batches (migration 20261123110000): `chainPendingAudit` gives each
 * committed pending row of an agency, in id order, the next `seq` and its SHA-256 over the
 * canonical JSON built here (`canonicalAroundSeq`) under the chain head's lock, which serialises
 * chainers so the chain never forks (and the `(agency_id, seq)` key would refuse a fork
 * outright). The server runs it every second (`audit-sweep.ts`), and listing or verifying the
 * trail runs it first, so a reader sees every row committed before it asked. No transaction ever
 * waits for another's audit row. A rolled-back transaction leaves no row and no gap.
 * Verification recomputes every hash in Node (`auditHash`), so the SQL and Node forms are
 * checked against each other.
 */
export async function appendAudit(tx: Tx, origin: AuditOrigin, event: AuditEvent): Promise<void> {
  await tx.insertInto('audit_pending').values(pendingAuditRow(origin, event)).execute();
}

/** The `audit_pending` row `appendAudit` inserts, for a statement that inserts it itself. */
export type PendingAuditRow = ReturnType<typeof pendingAuditRow>;

export function pendingAuditRow(origin: AuditOrigin, event: AuditEvent) {
  const fields: Omit<AuditFields, 'seq'> = {
    ...origin,
    // Millisecond precision, so the stored timestamptz round-trips exactly into the hash. Taken
    // before the commit: rows of one agency are in seq order, their times within a few ms of it.
    occurredAt: new Date(),
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    details: event.details ?? {},
  };
  const { before, after } = canonicalAroundSeq(fields);
  return {
    agency_id: fields.agencyId,
    occurred_at: fields.occurredAt,
    actor_id: fields.actorId,
    actor_name: fields.actorName,
    action: fields.action,
    target_type: fields.targetType,
    target_id: fields.targetId,
    request_id: fields.requestId,
    client_ip: fields.clientIp,
    details: canonicalJson(fields.details),
    hash_before: before,
    hash_after: after,
  };
}

/**
 * Chains the committed pending rows of one agency (or of every agency): afterwards every audit
 * row committed before the call is in `audit_log`. Waits for another chainer of the same agency.
 */
export async function chainPendingAudit(db: Queryable, agencyId?: string): Promise<void> {
  await sql`
    SELECT audit_chain_agency(p.agency_id)
    FROM (SELECT DISTINCT agency_id FROM audit_pending
          WHERE ${agencyId === undefined ? sql`true` : sql`agency_id = ${agencyId}::uuid`}) p
    ORDER BY p.agency_id`.execute(db);
}

export async function listAudit(db: Queryable, agencyId: string, page: number, pageSize: number) {
  await chainPendingAudit(db, agencyId);
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
