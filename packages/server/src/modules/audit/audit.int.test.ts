import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/database.js';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { runCli } from '../../../test/run-cli.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { appendAudit, chainPendingAudit, type AuditOrigin } from './audit.repository.js';
import { verifyAudit } from './verify-audit.js';

const LAM_DONG = '000.00.31.H36';
const KHANH_HOA = '000.00.31.H34';

async function agencyId(db: Db, code: string): Promise<string> {
  const row = await db.selectFrom('agency').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

function origin(agency: string): AuditOrigin {
  return { agencyId: agency, actorId: null, actorName: 'test', requestId: null, clientIp: '127.0.0.1' };
}

/** Appends `count` rows, each in its own committed transaction as use cases do, then chains them as the server's sweep does. */
async function appendRows(db: Db, agency: string, count: number, action = 'test.event'): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await db.transaction().execute((tx) =>
      appendAudit(tx, origin(agency), {
        action,
        targetType: 'test',
        targetId: String(n),
        // Unsorted keys, nesting and Vietnamese text: the hash must survive jsonb's reordering.
        details: { z: n, a: { tên: 'Hồ sơ', list: [n, 'ký'] } },
      }),
    );
  }
  await chainPendingAudit(db, agency);
}

/**
 * The last seq of an agency's chain: the demo seed's rows come first, as many as its data makes.
 * Like every reader of the trail, it chains the committed pending rows first.
 */
async function headSeq(db: Db, agency: string): Promise<number> {
  await chainPendingAudit(db, agency);
  const head = await db.selectFrom('audit_chain').select('last_seq').where('agency_id', '=', agency).executeTakeFirst();
  return head?.last_seq ?? 0;
}

async function chainRows(db: Db, agency: string) {
  await chainPendingAudit(db, agency);
  return db
    .selectFrom('audit_log')
    .select(['seq', 'prev_hash', 'hash', 'action', 'details'])
    .where('agency_id', '=', agency)
    .orderBy('seq')
    .execute();
}

describe('the audit hash chain', () => {
  let database: TestDatabase;
  let db: Db;
  let lamDong: string;

  beforeEach(async () => {
    database = await createTestDatabase();
    db = database.db;
    lamDong = await agencyId(db, LAM_DONG);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('appends a contiguous chain per agency, each row linked to the one before', async () => {
    // The demo seed wrote the first rows (the agency, then its demo dossiers); four more follow.
    const seeded = await headSeq(db, lamDong);
    await appendRows(db, lamDong, 4);

    const rows = await chainRows(db, lamDong);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: seeded + 4 }, (_, i) => i + 1));
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    const head = await db.selectFrom('audit_chain').selectAll().where('agency_id', '=', lamDong).executeTakeFirst();
    expect(head).toMatchObject({ last_seq: seeded + 4, last_hash: rows.at(-1)?.hash });
    expect(await verifyAudit(db, lamDong)).toEqual({ ok: true, rowsChecked: seeded + 4 });
  });

  it('keeps one chain per agency: another agency starts at its own seq 2', async () => {
    const khanhHoa = await agencyId(db, KHANH_HOA);
    const seeded = (await headSeq(db, lamDong)) + (await headSeq(db, khanhHoa));
    await appendRows(db, lamDong, 3);
    await appendRows(db, khanhHoa, 1);

    expect((await chainRows(db, khanhHoa)).map((r) => r.seq)).toEqual([1, 2]);
    expect(await verifyAudit(db)).toEqual({ ok: true, rowsChecked: seeded + 4 });
  });

  it('leaves no gap when the transaction that appended rolls back', async () => {
    const seeded = await headSeq(db, lamDong);
    await expect(
      db.transaction().execute(async (tx) => {
        await appendAudit(tx, origin(lamDong), { action: 'test.rolled_back', targetType: 'test' });
        throw new Error('the use case failed after auditing');
      }),
    ).rejects.toThrow('the use case failed');
    await appendRows(db, lamDong, 1);

    const rows = await chainRows(db, lamDong);
    expect([rows[0], ...rows.slice(seeded)].map((r) => [r?.seq, r?.action])).toEqual([
      [1, 'demo.seed'],
      [seeded + 1, 'test.event'],
    ]);
    expect(await verifyAudit(db, lamDong)).toEqual({ ok: true, rowsChecked: seeded + 1 });
  });

  // `row`: which of the four appended rows is tampered with.
  it.each([
    { change: 'an edited row', statement: `UPDATE audit_log SET action = 'x'`, row: 2, problem: 'changed' },
    { change: 'an edited detail', statement: `UPDATE audit_log SET details = '{"z":0}'`, row: 1, problem: 'changed' },
    { change: 'a deleted middle row', statement: 'DELETE FROM audit_log', row: 2, problem: 'missing' },
    { change: 'a deleted last row', statement: 'DELETE FROM audit_log', row: 4, problem: 'missing' },
  ])('reports $change as $problem at its seq', async ({ statement, row, problem }) => {
    const seq = (await headSeq(db, lamDong)) + row;
    await appendRows(db, lamDong, 4);
    await sql`${sql.raw(statement)} WHERE agency_id = ${lamDong} AND seq = ${seq}`.execute(db);

    expect(await verifyAudit(db, lamDong)).toEqual({
      ok: false,
      agencyId: lamDong,
      seq,
      problem,
      rowsChecked: seq - 1,
    });
  });

  it('catches a forged row whose own hash was recomputed, at the row after it', async () => {
    const seq = (await headSeq(db, lamDong)) + 2;
    await appendRows(db, lamDong, 4);
    const row = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('agency_id', '=', lamDong)
      .where('seq', '=', seq)
      .executeTakeFirstOrThrow();
    const forgedHash = auditHash(row.prev_hash, {
      agencyId: row.agency_id,
      seq: row.seq,
      occurredAt: row.occurred_at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      action: 'forged',
      targetType: row.target_type,
      targetId: row.target_id,
      requestId: row.request_id,
      clientIp: row.client_ip,
      details: row.details,
    });
    await db
      .updateTable('audit_log')
      .set({ action: 'forged', hash: forgedHash })
      .where('agency_id', '=', lamDong)
      .where('seq', '=', seq)
      .execute();

    expect(await verifyAudit(db, lamDong)).toMatchObject({ ok: false, seq: seq + 1, problem: 'chain_broken' });
  });

  it("checks only the asked agency's chain, and every chain when none is named", async () => {
    const khanhHoa = await agencyId(db, KHANH_HOA);
    await appendRows(db, khanhHoa, 2);
    await sql`UPDATE audit_log SET action = 'x' WHERE agency_id = ${khanhHoa} AND seq = 2`.execute(db);

    expect(await verifyAudit(db, lamDong)).toEqual({ ok: true, rowsChecked: await headSeq(db, lamDong) });
    expect(await verifyAudit(db)).toMatchObject({ ok: false, agencyId: khanhHoa, seq: 2, problem: 'changed' });
  });
});

describe('concurrent appends', () => {
  let database: TestDatabase;
  // A pool as wide as the number of transactions, so all of them are open at the same time.
  let wide: Db;

  beforeEach(async () => {
    database = await createTestDatabase();
    wide = createDb(database.url, 20);
  });
  afterEach(async () => {
    await wide.destroy();
    await database.drop();
  });

  it.each([
    { agency: 'an agency whose chain exists', create: false },
    { agency: 'a new agency with no chain head yet', create: true },
  ])('20 transactions appending for $agency produce one intact chain, none waiting for another', async ({ create }) => {
    const agency = create
      ? (
          await wide
            .insertInto('agency')
            .values({ code: 'TEST.CONCURRENT', name: 'Sở thử nghiệm', valid_from: '2025-07-01' })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      : await agencyId(wide, LAM_DONG);
    const firstSeq = (await headSeq(wide, agency)) + 1;

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        wide.transaction().execute(async (tx) => {
          // Hold every transaction open before appending, so the appends really contend.
          await sql`SELECT pg_sleep(0.05)`.execute(tx);
          await appendAudit(tx, origin(agency), { action: 'test.concurrent', targetType: 'test', details: { n } });
        }),
      ),
    );

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const rows = await chainRows(wide, agency);
    expect(await wide.selectFrom('audit_pending').select('id').execute()).toEqual([]);
    const lastSeq = firstSeq + 19;
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    const written = rows.filter((r) => r.action === 'test.concurrent').map((r) => (r.details as { n: number }).n);
    expect(written.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(await verifyAudit(wide, agency)).toEqual({ ok: true, rowsChecked: lastSeq });
  });

  it('an open transaction that appended holds no lock: rows are chained once committed, in the order chained', async () => {
    const agency = await agencyId(wide, LAM_DONG);
    const firstSeq = (await headSeq(wide, agency)) + 1;
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    let appended: () => void = () => {};
    const hasAppended = new Promise<void>((r) => (appended = r));
    const slow = wide.transaction().execute(async (tx) => {
      await appendAudit(tx, origin(agency), { action: 'test.slow', targetType: 'test', details: { n: 1 } });
      await appendAudit(tx, origin(agency), { action: 'test.slow', targetType: 'test', details: { n: 2 } });
      appended();
      await released;
    });
    await hasAppended;
    // Another transaction appends and commits while the first is still open: it does not wait,
    // and chaining now takes only what is committed.
    await wide
      .transaction()
      .execute((tx) => appendAudit(tx, origin(agency), { action: 'test.fast', targetType: 'test' }));
    try {
      // Only what is committed is chained: the open transaction's rows are not even visible.
      const rows = (await chainRows(wide, agency)).slice(firstSeq - 1);
      expect(rows.map((r) => r.action)).toEqual(['test.fast']);
    } finally {
      release();
      await slow;
    }

    const rows = (await chainRows(wide, agency)).slice(firstSeq - 1);
    expect(rows.map((r) => [r.seq, r.action, (r.details as { n?: number }).n ?? null])).toEqual([
      [firstSeq, 'test.fast', null],
      [firstSeq + 1, 'test.slow', 1],
      [firstSeq + 2, 'test.slow', 2],
    ]);
    expect(await wide.selectFrom('audit_pending').select('id').execute()).toEqual([]);
    expect(await verifyAudit(wide, agency)).toEqual({ ok: true, rowsChecked: firstSeq + 2 });
  });

  it('commits while another chainer holds the chain head; chaining waits for it, then takes the row', async () => {
    const agency = await agencyId(wide, LAM_DONG);
    const firstSeq = (await headSeq(wide, agency)) + 1;
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    let locked: () => void = () => {};
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = wide.transaction().execute(async (tx) => {
      await sql`SELECT 1 FROM audit_chain WHERE agency_id = ${agency} FOR UPDATE`.execute(tx);
      locked();
      await released;
    });
    await isLocked;
    await wide
      .transaction()
      .execute((tx) => appendAudit(tx, origin(agency), { action: 'test.while-busy', targetType: 'test' }));
    let chained = false;
    const chaining = chainPendingAudit(wide, agency).then(() => (chained = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(chained).toBe(false); // waits for the head
    release();
    await holder;
    await chaining;
    const rows = (await chainRows(wide, agency)).slice(firstSeq - 1);
    expect(rows.map((r) => [r.seq, r.action])).toEqual([[firstSeq, 'test.while-busy']]);
    expect(await verifyAudit(wide, agency)).toEqual({ ok: true, rowsChecked: firstSeq });
  });
});

describe('audit verify on the command line', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await database.drop();
  });

  it('says OK on an intact trail, and names the changed row and its agency after tampering', async () => {
    const lamDong = await agencyId(database.db, LAM_DONG);
    await appendRows(database.db, lamDong, 3);
    const env = { DATABASE_URL: database.url };

    const intact = await runCli(['audit', 'verify'], { env });
    expect(intact.code, intact.output).toBe(0);
    expect(intact.stdout).toContain('OK');

    await sql`UPDATE audit_log SET action = 'x' WHERE agency_id = ${lamDong} AND seq = 3`.execute(database.db);
    const tampered = await runCli(['audit', 'verify'], { env });
    expect(tampered.code).toBe(1);
    expect(tampered.output).toContain('seq 3');
    expect(tampered.output).toContain('Sở Y tế tỉnh Lâm Đồng');
    expect(tampered.output).toContain(LAM_DONG);
    expect(tampered.output).not.toContain('OK');
  });
});

describe('the audit API', () => {
  let t: TestApp;
  let lamDong: string;
  let khanhHoa: string;

  beforeEach(async () => {
    t = await createTestApp();
    lamDong = await agencyId(t.db, LAM_DONG);
    khanhHoa = await agencyId(t.db, KHANH_HOA);
  });
  afterEach(async () => {
    await t.close();
  });

  async function get(url: string, cookie: string) {
    return t.app.inject({ method: 'GET', url, headers: { cookie } });
  }

  it("lists only the administrator's own agency, newest first, page by page", async () => {
    await appendRows(t.db, lamDong, 4);
    await appendRows(t.db, khanhHoa, 3, 'test.other_agency');
    const cookie = await signIn(t.app, 'quantri'); // appends auth.login to Lâm Đồng's chain
    const own = await chainRows(t.db, lamDong);
    const total = own.length;
    expect(total).toBeGreaterThanOrEqual(6);

    const first = await get('/api/audit?page=1&pageSize=4', cookie);
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ total: number; items: { seq: number; action: string; occurredAt: string }[] }>();
    expect(page1.total).toBe(total);
    expect(page1.items.map((i) => i.seq)).toEqual([total, total - 1, total - 2, total - 3]);
    expect(page1.items[0]?.action).toBe('auth.login');

    const page2 = (await get('/api/audit?page=2&pageSize=4', cookie)).json<typeof page1>();
    expect(page2.total).toBe(total);
    expect(page2.items.map((i) => i.seq)).toEqual(
      Array.from({ length: Math.min(4, total - 4) }, (_, i) => total - 4 - i),
    );

    // The newest 200 (the demo dossiers make the chain longer than one page).
    const all = (await get('/api/audit?pageSize=200', cookie)).json<typeof page1>();
    expect(all.items.map((i) => i.seq)).toEqual(
      own
        .map((r) => r.seq)
        .reverse()
        .slice(0, 200),
    );
    expect(all.items.map((i) => i.action)).not.toContain('test.other_agency');
    const times = all.items.map((i) => Date.parse(i.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("verifies the administrator's own chain, and reports the row changed in it", async () => {
    await appendRows(t.db, lamDong, 3);
    const cookie = await signIn(t.app, 'quantri');
    const rowsChecked = await headSeq(t.db, lamDong);

    const intact = await get('/api/audit/verify', cookie);
    expect(intact.statusCode).toBe(200);
    expect(intact.json()).toEqual({ ok: true, rowsChecked });

    // Tampering in another agency is not this administrator's problem to report.
    await sql`UPDATE audit_log SET action = 'x' WHERE agency_id = ${khanhHoa} AND seq = 1`.execute(t.db);
    expect((await get('/api/audit/verify', cookie)).json()).toEqual({ ok: true, rowsChecked });

    await sql`UPDATE audit_log SET action = 'x' WHERE agency_id = ${lamDong} AND seq = 2`.execute(t.db);
    expect((await get('/api/audit/verify', cookie)).json()).toEqual({
      ok: false,
      rowsChecked: 1,
      seq: 2,
      problem: 'changed',
    });
  });

  it('chains committed rows by itself, every second, without a reader asking', async () => {
    await appendRows(t.db, lamDong, 2, 'test.swept');
    const swept = () =>
      t.db.selectFrom('audit_log').select('seq').where('agency_id', '=', lamDong).where('action', '=', 'test.swept');
    // Straight from the tables, not through chainPendingAudit: only the server's sweep moves them.
    for (let i = 0; i < 50 && (await swept().execute()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await swept().execute()).toHaveLength(2);
    expect(await t.db.selectFrom('audit_pending').select('id').execute()).toEqual([]);
  });

  it('refuses a role without audit:read', async () => {
    const cookie = await signIn(t.app, 'buudien');
    expect((await get('/api/audit', cookie)).statusCode).toBe(403);
    expect((await get('/api/audit/verify', cookie)).statusCode).toBe(403);
  });
});
