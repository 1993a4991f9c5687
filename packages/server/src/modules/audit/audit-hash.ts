import { createHash } from 'node:crypto';

/** The fields of an audit row that its hash covers: all of them but the hashes themselves. */
export type AuditFields = {
  agencyId: string;
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string | null;
  clientIp: string | null;
  details: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, row: AuditFields): string {
  const canonical = canonicalJson([
    row.agencyId,
    row.seq,
    row.occurredAt.toISOString(),
    row.actorId,
    row.actorName,
    row.action,
    row.targetType,
    row.targetId,
    row.requestId,
    row.clientIp,
    row.details,
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/**
 * The canonical JSON that `auditHash` covers, cut around `seq`: `before + seq + after` is exactly
 * the text hashed after `prevHash`. The sequence number is known only under the chain head's
 * lock, taken by `audit_chain_agency` when it chains the row (see `appendAudit`), which splices
 * `seq` in and computes the SHA-256 in PostgreSQL.
 */
export function canonicalAroundSeq(row: Omit<AuditFields, 'seq'>): { before: string; after: string } {
  const head = canonicalJson([row.agencyId]);
  const tail = canonicalJson([
    row.occurredAt.toISOString(),
    row.actorId,
    row.actorName,
    row.action,
    row.targetType,
    row.targetId,
    row.requestId,
    row.clientIp,
    row.details,
  ]);
  return { before: `${head.slice(0, -1)},`, after: `,${tail.slice(1)}` };
}

/** JSON with object keys sorted, so the hash survives jsonb's own key reordering. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
