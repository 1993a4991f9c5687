import { sql } from 'kysely';
import type { Db } from '../../packages/server/src/db/database.js';
import { DEMO_PASSWORD } from '../../packages/server/src/demo/demo-data.js';
import { DEMO_PROCEDURES } from '../../packages/server/src/demo/procedures/demo-procedures.js';
import { pendingAuditRow, type AuditOrigin } from '../../packages/server/src/modules/audit/audit.repository.js';
import {
  findDossierWithEvents,
  writeActionReturningDetail,
} from '../../packages/server/src/modules/dossiers/dossier.repository.js';
import { addCpu, cpuReader, cpuSince, type CpuTimes } from '../lib/cpu.js';
import type { Benchmark, BenchContext, Measurement } from '../lib/harness.js';

const MIN_RATIO = 0.5;
const MIN_RATE = 1000;
/** Dossiers prepared per second of load and per side: more than either side can act on. */
const PREPARED_PER_SEC = 5000;
const PROCEDURE = '1.004599'; // Cấp lại Giấy chứng nhận đủ điều kiện kinh doanh dược: 2 documents
/**
 * The template is an online dossier accepted at the counter (version 2): paper dossiers move to
 * the unit through a confirmed hand-over record instead (DOMAIN.md §8), online ones through this
 * action.
 */
const VERSION = 2;
/**
 * The raw side reads the dossier and its log before writing, as the use case must (set
 * BENCH_RAW_READ=0 for the first round's baseline, which only wrote).
 */
const RAW_READS = process.env.BENCH_RAW_READ !== '0';
/**
 * The measured time is cut into slices of this many seconds, HTTP and raw taking turns, so both
 * sides meet the same background load: on a machine shared with other work (tests, builds), the
 * load changing between one side's run and the other's would otherwise decide the ratio.
 */
const SLICE_SEC = 1;

/**
 * Workflow actions per second through the whole HTTP stack (session, validation, guard and fold,
 * the read, the one statement writing the folded row, the event and the audit row and answering
 * with the detail, then the detail's presentation and zod check), against the raw rate of the
 * same two statements issued straight to the database with as many workers as connections, on
 * the same server in the same run. Every request is a valid action: `transfer_to_unit` at version 2, each on a dossier of its
 * own, cloned in SQL from an online one received and accepted through the API.
 */
export const dossierActions: Benchmark = async (ctx) => {
  const real = await ctx.realServer();
  const cookie = await signIn(real.baseUrl, 'buudien');
  const template = await receiveTemplate(real.baseUrl, cookie, real.db);
  const { warmupSec, durationSec } = ctx.settings;
  const slices = Math.max(1, Math.round(durationSec / SLICE_SEC));
  const prepare = async (side: string) => ({
    warmUp: await cloneDossier(real.db, template, `${side}-warm-up`, warmupSec),
    slices: chunks(await cloneDossier(real.db, template, `${side}-measured`, slices * SLICE_SEC), slices),
  });
  const httpPools = await prepare('http');
  const rawPools = await prepare('raw');
  // The template takes the action through the API first: a failing action stops the run here,
  // and its event and row are what the raw side writes.
  const first = await act(real.baseUrl, cookie, template.id);
  if (first.status !== 200) throw new Error(`the action failed: ${first.status} ${await first.text()}`);
  const written = await writtenBy(real.db, template);

  const httpSlice = (ids: string[], seconds: number) =>
    ctx.measure('HTTP  POST /api/dossiers/:id/actions', {
      url: real.baseUrl,
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'transfer_to_unit', expectedVersion: VERSION }),
      perRequest: { paths: () => ids.map((id) => `/api/dossiers/${id}/actions`) },
      warmupSec: 0,
      durationSec: seconds,
    });
  if (warmupSec > 0) {
    await httpSlice(httpPools.warmUp, warmupSec);
    await rawRun(ctx, real.db, written, rawPools.warmUp, warmupSec);
  }
  const httpParts: Measurement[] = [];
  const rawParts: Measurement[] = [];
  const readCpu = await cpuReader(real.db);
  let httpCpu: CpuTimes = { main: 0, others: 0, postgres: 0 };
  let rawCpu: CpuTimes = { main: 0, others: 0, postgres: 0 };
  for (let i = 0; i < slices; i++) {
    let before = await readCpu();
    httpParts.push(await httpSlice(httpPools.slices[i]!, SLICE_SEC));
    httpCpu = addCpu(httpCpu, cpuSince(before, await readCpu()));
    before = await readCpu();
    rawParts.push(await rawRun(ctx, real.db, written, rawPools.slices[i]!, SLICE_SEC));
    rawCpu = addCpu(rawCpu, cpuSince(before, await readCpu()));
  }
  const http = pooled(httpParts[0]!.label, httpParts);
  const rawSide = RAW_READS ? 'read + write' : 'write only';
  const raw = pooled(`raw   same transaction (${rawSide}), ${ctx.settings.connections} workers`, rawParts);

  const ratio = http.requestsPerSec / raw.requestsPerSec;
  const clean = http.failures === 0 && raw.failures === 0;
  const failed = clean ? '' : ', with failed actions';
  const perAction = (cpu: CpuTimes, parts: Measurement[]) => {
    const n = parts.reduce((sum, p) => sum + (p.completed ?? 0), 0) || 1;
    return { main: cpu.main / n, others: cpu.others / n, postgres: cpu.postgres / n };
  };
  const httpPer = perAction(httpCpu, httpParts);
  const rawPer = perAction(rawCpu, rawParts);
  const ms = (c: { main: number; others: number; postgres: number }) =>
    `${(c.main + c.postgres).toFixed(2)} ms (Node main thread ${c.main.toFixed(2)}, PostgreSQL ${c.postgres.toFixed(2)}; ` +
    `other threads ${c.others.toFixed(2)})`;
  const loadCpu = httpParts.reduce((sum, p) => sum + (p.loadCpuMs ?? 0), 0);
  const httpActions = httpParts.reduce((sum, p) => sum + (p.completed ?? 0), 0) || 1;
  const generator = httpParts.some((p) => p.loadCpuMs !== undefined)
    ? `the load generator (wrk, a process of its own) ${(loadCpu / httpActions).toFixed(2)} ms`
    : 'the other threads are mostly the load generator (autocannon)';
  return {
    notes: [
      `CPU per action, HTTP: ${ms(httpPer)}; ${generator}`,
      `CPU per action, raw:  ${ms(rawPer)}`,
      `raw/HTTP CPU per action (main thread + PostgreSQL) = ${((rawPer.main + rawPer.postgres) / (httpPer.main + httpPer.postgres)).toFixed(2)}: ` +
        'the ratio of rates to expect where the server alone uses the CPUs',
    ],
    title: 'Dossier actions (transfer_to_unit): the HTTP stack against the same transaction straight to the database',
    measurements: [http, raw],
    goals: [
      {
        description: `HTTP ≥ ${MIN_RATIO} × raw (actions/sec)`,
        observed: `HTTP/raw = ${ratio.toFixed(2)}${failed}`,
        isMet: clean && ratio >= MIN_RATIO,
      },
      {
        description: `HTTP ≥ ${MIN_RATE.toLocaleString('en-US')} actions/sec (set for a PostgreSQL server; this run: ${real.databaseLabel})`,
        observed: `${Math.round(http.requestsPerSec).toLocaleString('en-US')} actions/sec${failed}`,
        isMet: clean && http.requestsPerSec >= MIN_RATE,
      },
    ],
  };
};

async function signIn(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('motcua_session='));
  if (res.status !== 200 || !session) throw new Error(`sign-in as ${username} failed: ${res.status}`);
  return session.split(';')[0]!;
}

type Template = { id: string; agencyId: string };

/** One dossier received through the API, the model of every dossier the benchmark acts on. */
async function receiveTemplate(baseUrl: string, cookie: string, db: Db): Promise<Template> {
  const procedure = DEMO_PROCEDURES.find((p) => p.code === PROCEDURE);
  if (!procedure) throw new Error(`no demo procedure ${PROCEDURE}`);
  const res = await fetch(`${baseUrl}/api/dossiers`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      procedureCode: PROCEDURE,
      channel: 'online',
      applicant: {
        kind: 'organisation',
        name: 'Nhà thuốc Đo Hiệu Năng',
        taxCode: '5809999999',
        representative: 'Nguyễn Văn Đo',
        phone: '0909999999',
        address: '1 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng',
      },
      documents: procedure.documents.map((d, ord) => ({ ord, received: true, form: 'original', copies: d.copies })),
      returnMethod: 'counter',
    }),
  });
  if (res.status !== 201) throw new Error(`reception failed: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const accepted = await act(baseUrl, cookie, id, 'accept_online', 1);
  if (accepted.status !== 200) throw new Error(`acceptance failed: ${accepted.status} ${await accepted.text()}`);
  const row = await db.selectFrom('dossier').select('agency_id').where('id', '=', id).executeTakeFirstOrThrow();
  return { id, agencyId: row.agency_id };
}

/**
 * `count` copies of the template as it was received (row, log, checklist), in three statements:
 * preparing tens of thousands through the API would take longer than the benchmark.
 */
async function cloneDossier(db: Db, template: Template, label: string, seconds: number): Promise<string[]> {
  const count = seconds * PREPARED_PER_SEC;
  if (count === 0) return [];
  const { rows } = await sql<{ id: string }>`
    INSERT INTO dossier (agency_id, code, channel, procedure_id, procedure_version_id, procedure_code, procedure_name,
      counter_id, applicant_kind, applicant_name, applicant_id_number, applicant, return_method, return_address, state,
      national_status, version, unit_id, assignee_id, submitted_at, received_at, due_at, finished_at, is_paused)
    SELECT agency_id, code || ${`-${label}-`} || g, channel, procedure_id, procedure_version_id, procedure_code,
      procedure_name, counter_id, applicant_kind, applicant_name, applicant_id_number, applicant, return_method,
      return_address, state, national_status, version, unit_id, assignee_id, submitted_at, received_at, due_at,
      finished_at, is_paused
    FROM dossier CROSS JOIN generate_series(1, ${count}) AS g
    WHERE agency_id = ${template.agencyId} AND id = ${template.id}
    RETURNING id`.execute(db);
  const ids = rows.map((r) => r.id);
  // Fresh statistics, as a live table has: the foreign-key checks below then use the index.
  await sql`ANALYZE dossier`.execute(db);
  await sql`
    INSERT INTO dossier_event (agency_id, dossier_id, seq, action, at, actor_id, actor_role, data)
    SELECT e.agency_id, n.id, e.seq, e.action, e.at, e.actor_id, e.actor_role, e.data
    FROM dossier_event e CROSS JOIN unnest(${ids}::uuid[]) AS n(id)
    WHERE e.agency_id = ${template.agencyId} AND e.dossier_id = ${template.id}`.execute(db);
  await sql`
    INSERT INTO dossier_document (agency_id, dossier_id, ord, name, required_form, required_copies, is_received, form,
      copies, digitisation)
    SELECT d.agency_id, n.id, d.ord, d.name, d.required_form, d.required_copies, d.is_received, d.form, d.copies,
      d.digitisation
    FROM dossier_document d CROSS JOIN unnest(${ids}::uuid[]) AS n(id)
    WHERE d.agency_id = ${template.agencyId} AND d.dossier_id = ${template.id}`.execute(db);
  return ids;
}

async function act(
  baseUrl: string,
  cookie: string,
  dossierId: string,
  action = 'transfer_to_unit',
  expectedVersion = VERSION,
): Promise<Response> {
  return fetch(`${baseUrl}/api/dossiers/${dossierId}/actions`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ action, expectedVersion }),
  });
}

/** What the action wrote for the template: the raw side writes the same event, row and audit row. */
type Written = {
  agencyId: string;
  event: { action: string; actorId: string | null; actorRole: string; data: object };
  columns: {
    state: string;
    national_status: number;
    version: number;
    unit_id: string | null;
    assignee_id: string | null;
    received_at: Date | null;
    due_at: Date | null;
    finished_at: Date | null;
    is_paused: boolean;
  };
  origin: AuditOrigin;
  code: string | null;
};

async function writtenBy(db: Db, template: Template): Promise<Written> {
  const { agencyId, id } = template;
  const event = await db
    .selectFrom('dossier_event')
    .select(['action', 'actor_id', 'actor_role', 'data'])
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', id)
    .where('seq', '=', VERSION + 1)
    .executeTakeFirstOrThrow();
  const row = await db
    .selectFrom('dossier')
    .select(['code', 'state', 'national_status', 'version', 'unit_id', 'assignee_id', 'received_at', 'due_at'])
    .select(['finished_at', 'is_paused'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const actor = await db
    .selectFrom('app_user')
    .select('username')
    .where('agency_id', '=', agencyId)
    .where('id', '=', event.actor_id ?? '')
    .executeTakeFirstOrThrow();
  const { code, ...columns } = row;
  return {
    agencyId,
    event: { action: event.action, actorId: event.actor_id, actorRole: event.actor_role, data: event.data },
    columns,
    origin: { agencyId, actorId: event.actor_id, actorName: actor.username, requestId: 'bench', clientIp: '127.0.0.1' },
    code,
  };
}

/**
 * The action's statements as the use case issues them, without HTTP, session, guard or fold: the
 * dossier with its log (the one statement the use case reads them with), then the one statement
 * that writes the row, the event and the audit row and answers with the detail
 * (`writeActionReturningDetail`, atomic on its own).
 */
async function rawAction(db: Db, w: Written, dossierId: string): Promise<void> {
  if (RAW_READS) {
    const read = await findDossierWithEvents(db, w.agencyId, dossierId);
    if (read?.version !== VERSION) throw new Error(`dossier ${dossierId} was not at version ${VERSION}`);
  }
  const written = await writeActionReturningDetail(db, {
    agencyId: w.agencyId,
    dossierId,
    version: VERSION,
    columns: w.columns,
    event: { seq: VERSION + 1, at: new Date(), ...w.event },
    audit: pendingAuditRow(w.origin, {
      action: `dossier.${w.event.action}`,
      targetType: 'dossier',
      targetId: dossierId,
      details: { code: w.code, seq: VERSION + 1 },
    }),
  });
  if (!written) throw new Error(`dossier ${dossierId} was not at version ${VERSION}`);
}

/** `ids` split into `n` runs of equal length, in order. */
function chunks(ids: string[], n: number): string[][] {
  const size = Math.floor(ids.length / n);
  return Array.from({ length: n }, (_, i) => ids.slice(i * size, (i + 1) * size));
}

/** Slices of one side as one measurement: requests over time, the worst slice's p99, all failures. */
function pooled(label: string, parts: Measurement[]): Measurement {
  const completed = parts.reduce((n, p) => n + (p.completed ?? 0), 0);
  const elapsedSec = parts.reduce((n, p) => n + (p.elapsedSec ?? 0), 0);
  const failures = parts.reduce((n, p) => n + p.failures, 0);
  return {
    label,
    requestsPerSec: (completed - failures) / elapsedSec,
    p99Ms: Math.max(...parts.map((p) => p.p99Ms)),
    failures,
    completed,
    elapsedSec,
  };
}

/** The raw side for `seconds`: as many workers as the HTTP side has connections. */
async function rawRun(ctx: BenchContext, db: Db, w: Written, ids: string[], seconds: number): Promise<Measurement> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const id = ids[next++];
      if (id === undefined) throw new Error('the raw side ran out of prepared dossiers');
      const t0 = performance.now();
      await rawAction(db, w, id).catch(() => (failures += 1));
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: ctx.settings.connections }, worker));
  const elapsedSec = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p99Ms = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
  return {
    label: 'raw',
    requestsPerSec: (latencies.length - failures) / elapsedSec,
    p99Ms,
    failures,
    completed: latencies.length,
    elapsedSec,
  };
}
