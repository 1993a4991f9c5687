import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db/database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/db/embedded.js';
import { exec, withDatabase } from '../src/db/maintenance.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed-demo.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A maintenance connection (database "postgres") on the test server. */
    adminDatabaseUrl: string;
    /** A database with every migration applied and the demo data, the template of each test's database. */
    templateDatabase: string;
    databaseKind: 'embedded' | 'server';
  }
}

const TEMPLATE = `motcua_template_${process.pid}`;

/**
 * Integration tests run the real migrations on a real PostgreSQL: the embedded engine by
 * default, or the server named by TEST_DATABASE_URL (CI runs both). Each test file then clones
 * the migrated template into a database of its own, so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let tmp: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-test-'));
    await fs.chmod(tmp, 0o755);
    embedded = await startEmbeddedDatabase(tmp, () => {});
    adminUrl = withDatabase(embedded.url, 'postgres');
  }
  await exec(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await exec(adminUrl, `CREATE DATABASE ${TEMPLATE}`);
  const db = createDb(withDatabase(adminUrl, TEMPLATE), 1);
  await migrate(db);
  // The demo agencies are the fixtures: every test database starts with them.
  await seedDemo(db);
  await db.destroy();

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE);
  project.provide('databaseKind', embedded ? 'embedded' : 'server');

  return async () => {
    await exec(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE}`);
    await embedded?.stop();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  };
}
