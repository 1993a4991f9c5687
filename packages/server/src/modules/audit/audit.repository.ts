import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { auditHash, canonicalJson, GENESIS_HASH, type AuditFields } from './audit-hash.js';

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
 * Appends one row to the agency's hash chain inside the caller's transaction. Locking the
 * chain head serialises appends per agency, so the chain never forks; call it last in a use
 * case to hold that lock briefly.
 */
export async function appendAudit(tx: Tx, origin: AuditOrigin, event: AuditEvent): Promise<void> {
  await tx
    .insertInto('audit_chain')
    .values({ agency_id: origin.agencyId, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('agency_id').doNothing())
    .execute();
  const head = await tx
    .selectFrom('audit_chain')
    .select(['last_seq', 'last_hash'])
    .where('agency_id', '=', origin.agencyId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const fields: AuditFields = {
    ...origin,
    seq: head.last_seq + 1,
    // Millisecond precision, so the stored timestamptz round-trips exactly into the hash.
    occurredAt: new Date(),
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    details: event.details ?? {},
  };
  const hash = auditHash(head.last_hash, fields);
  await tx
    .insertInto('audit_log')
    .values({
      agency_id: fields.agencyId,
      seq: fields.seq,
      occurred_at: fields.occurredAt,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: fields.action,
      target_type: fields.targetType,
      target_id: fields.targetId,
      request_id: fields.requestId,
      client_ip: fields.clientIp,
      details: canonicalJson(fields.details),
      prev_hash: head.last_hash,
      hash,
    })
    .execute();
  await tx
    .updateTable('audit_chain')
    .set({ last_seq: fields.seq, last_hash: hash })
    .where('agency_id', '=', origin.agencyId)
    .execute();
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
