import { sql } from 'kysely';
import { startRealServer } from './lib/real-server.js';
import { cpuReader } from './lib/cpu.js';
import * as da from './benchmarks/da-exp.js';
import { pendingAuditRow } from '../packages/server/src/modules/audit/audit.repository.js';
import { findDossierWithEvents } from '../packages/server/src/modules/dossiers/dossier.repository.js';

const real = await startRealServer();
const db = real.db;
try {
  const cookie = await da.signIn(real.baseUrl, 'buudien');
  const template = await da.receiveTemplate(real.baseUrl, cookie, db);
  const pools: Record<string, string[]> = {};
  for (const round of [1, 2]) for (const name of ['full', 'read', 'update_only', 'update_event', 'update_event_audit', 'select1']) pools[`${name}-${round}`] = await da.cloneDossier(db, template, `${name}-${round}`, 1);
  await da.act(real.baseUrl, cookie, template.id);
  const w = await da.writtenBy(db, template);
  const read = await cpuReader(db);
  const variants: Record<string, (id: string) => Promise<unknown>> = {
    full: (id) => da.rawAction(db, w, id),
    read: (id) => findDossierWithEvents(db, w.agencyId, id),
    update_only: (id) => db.updateTable('dossier').set(w.columns).where('agency_id', '=', w.agencyId).where('id', '=', id).where('version', '=', 2).execute(),
    update_event: (id) => sql`WITH u AS (UPDATE dossier SET state = ${w.columns.state}, version = 3, unit_id = ${w.columns.unit_id}::uuid WHERE agency_id = ${w.agencyId} AND id = ${id} AND version = 2 RETURNING *)
      INSERT INTO dossier_event (agency_id, dossier_id, seq, action, at, actor_id, actor_role, data) SELECT agency_id, id, 3, 'transfer_to_unit', now(), ${w.event.actorId}::uuid, 'counter_clerk', ${JSON.stringify(w.event.data)}::jsonb FROM u`.execute(db),
    update_event_audit: (id) => {
      const a = pendingAuditRow(w.origin, { action: 'dossier.x', targetType: 'dossier', targetId: id, details: { seq: 3 } });
      return sql`WITH u AS (UPDATE dossier SET state = ${w.columns.state}, version = 3, unit_id = ${w.columns.unit_id}::uuid WHERE agency_id = ${w.agencyId} AND id = ${id} AND version = 2 RETURNING *),
      e AS (INSERT INTO dossier_event (agency_id, dossier_id, seq, action, at, actor_id, actor_role, data) SELECT agency_id, id, 3, 'transfer_to_unit', now(), ${w.event.actorId}::uuid, 'counter_clerk', ${JSON.stringify(w.event.data)}::jsonb FROM u)
      INSERT INTO audit_pending (agency_id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, client_ip, details, hash_before, hash_after)
      SELECT agency_id, ${a.occurred_at}::timestamptz, ${a.actor_id}::uuid, ${a.actor_name}, ${a.action}, ${a.target_type}, ${a.target_id}, ${a.request_id}, ${a.client_ip}, ${a.details}::jsonb, ${a.hash_before}, ${a.hash_after} FROM u`.execute(db);
    },
    select1: () => sql`SELECT 1`.execute(db),
  };
  for (const round of [1, 2]) for (const [name, fn] of Object.entries(variants)) {
    const ids = pools[`${name}-${round}`]!;
    const n = 3000;
    const before = await read();
    const t0 = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 10 }, async () => { while (next < n) await fn(ids[next++]!); }));
    const ms = performance.now() - t0;
    const after = await read();
    console.log(name.padEnd(20), `${(n / ms * 1000).toFixed(0)}/s`, `pg ${((after.postgres - before.postgres) / n).toFixed(3)} ms`, `node ${((after.main - before.main) / n).toFixed(3)} ms`);
  }
} finally { await real.stop(); }
