import type { Queryable } from '../../db/database.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { chainPendingAudit } from './audit.repository.js';

export type AuditProblem = {
  agencyId: string;
  seq: number;
  problem: 'changed' | 'missing' | 'chain_broken';
};
export type AuditVerification = { ok: true; rowsChecked: number } | ({ ok: false; rowsChecked: number } & AuditProblem);

const BATCH = 1000;

/**
 * Recomputes every agency's hash chain. Reports the first row whose content no longer matches
 * its hash ("changed"), the first gap in the sequence or a truncated tail ("missing"), or a
 * row whose prev_hash does not link to its predecessor ("chain_broken"). Rows still pending are
 * chained first.
 */
export async function verifyAudit(db: Queryable, agencyId?: string): Promise<AuditVerification> {
  await chainPendingAudit(db, agencyId); // rows whose commit found the chain head busy
  let chains = db.selectFrom('audit_chain').select(['agency_id', 'last_seq', 'last_hash']).orderBy('agency_id');
  if (agencyId) chains = chains.where('agency_id', '=', agencyId);
  let rowsChecked = 0;
  for (const chain of await chains.execute()) {
    const result = await verifyChain(db, chain.agency_id, chain.last_seq, chain.last_hash);
    rowsChecked += result.rowsChecked;
    if (!result.ok) return { ...result, rowsChecked };
  }
  return { ok: true, rowsChecked };
}

async function verifyChain(
  db: Queryable,
  agencyId: string,
  lastSeq: number,
  lastHash: string,
): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const at = { agencyId, rowsChecked: expectedSeq - 1 };
      if (row.seq !== expectedSeq) return { ok: false, ...at, seq: expectedSeq, problem: 'missing' };
      if (row.prev_hash !== prevHash) return { ok: false, ...at, seq: row.seq, problem: 'chain_broken' };
      const recomputed = auditHash(prevHash, {
        agencyId: row.agency_id,
        seq: row.seq,
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        actorName: row.actor_name,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        requestId: row.request_id,
        clientIp: row.client_ip,
        details: row.details,
      });
      if (recomputed !== row.hash) return { ok: false, ...at, seq: row.seq, problem: 'changed' };
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < BATCH) break;
  }
  const rowsChecked = expectedSeq - 1;
  // Rows removed from the end leave the chain head pointing past the last row.
  if (rowsChecked !== lastSeq) return { ok: false, agencyId, rowsChecked, seq: rowsChecked + 1, problem: 'missing' };
  if (prevHash !== lastHash) return { ok: false, agencyId, rowsChecked, seq: lastSeq, problem: 'changed' };
  return { ok: true, rowsChecked };
}
