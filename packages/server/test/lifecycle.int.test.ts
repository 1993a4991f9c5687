import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './run-cli.js';

/**
 * The server as an operator runs it: `node src/main.ts` with no DATABASE_URL, so it starts the
 * embedded PostgreSQL in DATA_DIR, migrates, seeds the demo data, and must shut all of it down
 * cleanly on a signal, or recover when it was killed without a chance to.
 */

type Exit = { code: number | null; signal: NodeJS.Signals | null };
type Server = {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<Exit>;
  isRunning: () => boolean;
};

const START_TIMEOUT = 90_000;
const servers: Server[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
  // Stop everything this test started, even when it failed halfway: servers first (their
  // graceful shutdown stops their database), then any postgres a killed server left behind.
  for (const server of servers.splice(0)) await stopProcess(server);
  for (const dir of dataDirs.splice(0)) {
    await stopOrphanPostgres(dir);
    await fs.rm(dir, { recursive: true, force: true });
  }
});

async function makeDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-lifecycle-'));
  // As root, postgres runs as the `postgres` system user, which must be able to enter DATA_DIR.
  await fs.chmod(dir, 0o755);
  dataDirs.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function startServer(env: Record<string, string>): Server {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.DEMO_MODE;
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...inherited, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
  });
  let output = '';
  let running = true;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    }),
  );
  const server = { child, output: () => output, exited, isRunning: () => running };
  servers.push(server);
  return server;
}

/** Starts the server on `dataDir` and waits for its banner; returns its base URL. */
async function startListening(dataDir: string): Promise<{ server: Server; baseUrl: string; listeningAt: number }> {
  const port = await freePort();
  const server = startServer({ PORT: String(port), DATA_DIR: dataDir });
  await waitFor(server, 'is listening on', START_TIMEOUT);
  return { server, baseUrl: `http://127.0.0.1:${port}`, listeningAt: Date.now() };
}

async function waitFor(server: Server, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!server.output().includes(text)) {
    if (!server.isRunning()) throw new Error(`server exited before printing "${text}":\n${server.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${server.output()}`);
    await sleep(50);
  }
}

async function stopProcess(server: Server): Promise<void> {
  if (!server.isRunning()) return;
  server.child.kill('SIGTERM');
  const stopped = await Promise.race([server.exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!stopped) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'db', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isPostgres(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  return existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('postgres');
}

async function stopOrphanPostgres(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid === null || !isPostgres(pid)) return;
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && isPostgres(pid); i++) await sleep(100);
  if (isPostgres(pid)) process.kill(pid, 'SIGKILL');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function signIn(baseUrl: string, username: string, password = 'motcua-demo'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('motcua_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
}

/** Counts rows through the embedded engine's own credentials, while the server runs. */
async function countRows(dataDir: string, statement: string): Promise<number> {
  const password = readFileSync(path.join(dataDir, 'db-password'), 'utf8').trim();
  const port = readFileSync(path.join(dataDir, 'db', 'postmaster.pid'), 'utf8').split('\n')[3];
  const client = new pg.Client({
    host: '127.0.0.1',
    port: Number(port),
    user: 'postgres',
    password,
    database: 'motcua',
  });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(statement);
    return Number(result.rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('the server process', () => {
  it(
    'starts on an empty DATA_DIR, answers health, signs the demo user in, and stops cleanly on SIGINT',
    async () => {
      const dataDir = await makeDataDir();
      const { server, baseUrl, listeningAt } = await startListening(dataDir);

      expect(server.output()).toMatch(/MotCua .* is listening on http:\/\/localhost:\d+/);
      expect(server.output()).toContain('Demo accounts (password "motcua-demo")');
      expect(server.output()).toMatch(/buudien\s+counter_clerk/);

      const health = await fetch(`${baseUrl}/api/health`);
      expect(Date.now() - listeningAt).toBeLessThan(5_000);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'embedded' });

      const cookie = await signIn(baseUrl, 'buudien');
      const me = await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } });
      expect(await me.json()).toMatchObject({ username: 'buudien', role: 'counter_clerk' });

      expect(postmasterPid(dataDir)).not.toBeNull();
      server.child.kill('SIGINT');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(existsSync(path.join(dataDir, 'db', 'postmaster.pid'))).toBe(false);
    },
    START_TIMEOUT * 2,
  );

  it(
    'keeps its data across a restart and does not seed the demo data twice',
    async () => {
      const dataDir = await makeDataDir();
      const first = await startListening(dataDir);
      const admin = await signIn(first.baseUrl, 'quantri');
      const created = await fetch(`${first.baseUrl}/api/users`, {
        method: 'POST',
        headers: { cookie: admin, 'content-type': 'application/json' },
        body: JSON.stringify({
          username: 'nguoimoi',
          fullName: 'Người Mới',
          role: 'specialist',
          password: 'mat-khau-moi-123',
        }),
      });
      expect(created.status, await created.clone().text()).toBe(201);
      const counts = async () => ({
        agencies: await countRows(dataDir, 'SELECT count(*) AS n FROM agency'),
        users: await countRows(dataDir, 'SELECT count(*) AS n FROM app_user'),
        seeds: await countRows(dataDir, "SELECT count(*) AS n FROM audit_log WHERE action = 'demo.seed'"),
      });
      const before = await counts();
      expect(before.agencies).toBeGreaterThan(0);
      first.server.child.kill('SIGTERM');
      expect(await first.server.exited).toEqual({ code: 0, signal: null });

      const second = await startListening(dataDir);
      expect(await counts()).toEqual(before);
      await signIn(second.baseUrl, 'nguoimoi', 'mat-khau-moi-123');
    },
    START_TIMEOUT * 3,
  );

  it(
    'recovers from a stale lock left by a killed server, with its data intact',
    async () => {
      const dataDir = await makeDataDir();
      const first = await startListening(dataDir);
      const admin = await signIn(first.baseUrl, 'quantri');
      const lockedOut = await fetch(`${first.baseUrl}/api/users`, {
        method: 'POST',
        headers: { cookie: admin, 'content-type': 'application/json' },
        body: JSON.stringify({
          username: 'songsot',
          fullName: 'Sống Sót',
          role: 'leader',
          password: 'mat-khau-con-lai',
        }),
      });
      expect(lockedOut.status).toBe(201);

      // SIGKILL gives the server no chance to stop its database: postgres and its lock file stay.
      const orphan = postmasterPid(dataDir);
      first.server.child.kill('SIGKILL');
      expect(await first.server.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(orphan).not.toBeNull();
      expect(isPostgres(orphan ?? 0)).toBe(true);

      const second = await startListening(dataDir);
      const health = await fetch(`${second.baseUrl}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'embedded' });
      expect(postmasterPid(dataDir)).not.toBe(orphan);
      await signIn(second.baseUrl, 'songsot', 'mat-khau-con-lai');
      await signIn(second.baseUrl, 'buudien');

      second.server.child.kill('SIGTERM');
      expect(await second.server.exited).toEqual({ code: 0, signal: null });
      expect(existsSync(path.join(dataDir, 'db', 'postmaster.pid'))).toBe(false);
    },
    START_TIMEOUT * 3,
  );

  it('refuses a PORT that is not a number: exit 2 naming PORT, before touching DATA_DIR', async () => {
    const dataDir = await makeDataDir();
    const server = startServer({ PORT: 'abc', DATA_DIR: path.join(dataDir, 'never') });

    expect(await server.exited).toEqual({ code: 2, signal: null });
    expect(server.output()).toMatch(/PORT: /);
    expect(existsSync(path.join(dataDir, 'never'))).toBe(false);
  });
});
