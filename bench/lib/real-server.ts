import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../packages/server/src/config.js';
import { createDb, type Db } from '../../packages/server/src/db/database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../packages/server/src/db/embedded.js';
import { migrate } from '../../packages/server/src/db/migrate.js';
import { seedDemo } from '../../packages/server/src/demo/seed-demo.js';
import { buildApp } from '../../packages/server/src/http/app.js';
import type { App } from '../../packages/server/src/http/app-types.js';
import { LocalFileStore } from '../../packages/server/src/storage/file-store.js';
import { VERSION } from '../../packages/server/src/version.js';

export type RealServer = { baseUrl: string; db: Db; stop: () => Promise<void> };

/**
 * The real application as `npm start` builds it (same app, same pool size, embedded PostgreSQL
 * with fsync on), in a throw-away DATA_DIR, with the demo data so benchmarks can sign in.
 * Logging is off: the benchmark measures the server, not the terminal.
 */
export async function startRealServer(): Promise<RealServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-bench-'));
  // As root, postgres runs as the `postgres` system user, which must be able to enter DATA_DIR.
  await fs.chmod(dataDir, 0o755);
  let embedded: EmbeddedDatabase | undefined;
  let db: Db | undefined;
  let app: App | undefined;
  const stop = async () => {
    await app?.close();
    await db?.destroy();
    await embedded?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    embedded = await startEmbeddedDatabase(dataDir, () => {});
    db = createDb(embedded.url);
    await migrate(db);
    await seedDemo(db);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, HOST: '127.0.0.1' });
    app = await buildApp({
      db,
      config,
      databaseKind: 'embedded',
      version: VERSION,
      now: () => new Date(),
      files: new LocalFileStore(path.join(dataDir, 'files')),
    });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    return { baseUrl, db, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
