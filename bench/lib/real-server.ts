import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../packages/server/src/config.js';
import { createDb, type Db } from '../../packages/server/src/db/database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../packages/server/src/db/embedded.js';
import { exec as onServer, withDatabase } from '../../packages/server/src/db/maintenance.js';
import { migrate } from '../../packages/server/src/db/migrate.js';
import { seedDemo } from '../../packages/server/src/demo/seed-demo.js';
import { buildApp } from '../../packages/server/src/http/app.js';
import type { App } from '../../packages/server/src/http/app-types.js';
import { LocalFileStore } from '../../packages/server/src/storage/file-store.js';
import { VERSION } from '../../packages/server/src/version.js';

export type RealServer = {
  baseUrl: string;
  db: Db;
  /** What the report names: "embedded engine" or "PostgreSQL server <host:port>". */
  databaseLabel: string;
  stop: () => Promise<void>;
};

/**
 * The real application as `npm start` builds it (same app, same pool size), in a throw-away
 * DATA_DIR, with the demo data so benchmarks can sign in. The database is the embedded engine
 * (fsync on), or, when BENCH_DATABASE_URL names a PostgreSQL server (a role that may create
 * databases, as in `postgres://postgres:secret@127.0.0.1:5432/postgres`), a database of its own
 * created there for the run and dropped after it. Logging is off: the benchmark measures the
 * server, not the terminal.
 */
export async function startRealServer(env: NodeJS.ProcessEnv = process.env): Promise<RealServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-bench-'));
  // As root, postgres runs as the `postgres` system user, which must be able to enter DATA_DIR.
  await fs.chmod(dataDir, 0o755);
  const serverUrl = env.BENCH_DATABASE_URL;
  const scratch = `motcua_bench_${process.pid}`;
  let embedded: EmbeddedDatabase | undefined;
  let created = false;
  let db: Db | undefined;
  let app: App | undefined;
  const stop = async () => {
    await app?.close();
    await db?.destroy();
    await embedded?.stop();
    if (serverUrl && created) await onServer(serverUrl, `DROP DATABASE IF EXISTS ${scratch}`);
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    let url: string;
    if (serverUrl) {
      await onServer(serverUrl, `CREATE DATABASE ${scratch}`);
      created = true;
      url = withDatabase(serverUrl, scratch);
    } else {
      embedded = await startEmbeddedDatabase(dataDir, () => {});
      url = embedded.url;
    }
    db = createDb(url);
    await migrate(db);
    await seedDemo(db);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, HOST: '127.0.0.1' });
    app = await buildApp({
      db,
      config,
      databaseKind: serverUrl ? 'server' : 'embedded',
      version: VERSION,
      now: () => new Date(),
      files: new LocalFileStore(path.join(dataDir, 'files')),
    });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const databaseLabel = serverUrl ? `PostgreSQL server ${new URL(serverUrl).host}` : 'embedded engine';
    return { baseUrl, db, databaseLabel, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
