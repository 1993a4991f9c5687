import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db } from '../src/db/database.js';
import { exec, withDatabase } from '../src/db/maintenance.js';

export type TestDatabase = { db: Db; url: string; drop: () => Promise<void> };

/** A fresh database cloned from the migrated template: real schema, no rows of other tests. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = inject('adminDatabaseUrl');
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  await exec(admin, `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const url = withDatabase(admin, name);
  const db = createDb(url, 5);
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      await exec(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
