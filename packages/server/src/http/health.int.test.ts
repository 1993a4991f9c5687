import { describe, expect, it } from 'vitest';
import { createDb } from '../db/database.js';
import { createTestDatabase } from '../../test/test-database.js';
import { databaseProbe } from './health.routes.js';

describe('database probe behind /api/health', () => {
  it('fails when the database cannot be reached', async () => {
    const unreachable = createDb('postgres://nobody:x@127.0.0.1:1/none', 1);
    await expect(databaseProbe(unreachable, 1000)()).rejects.toThrow();
    await unreachable.destroy();
  });

  it('stands on one successful check for its time to live, then checks again', async () => {
    const t = await createTestDatabase();
    const probe = databaseProbe(t.db, 200);
    await probe();
    await t.drop(); // the database is gone from here on
    await expect(probe()).resolves.toBeUndefined(); // still within the 200 ms
    await new Promise((r) => setTimeout(r, 250));
    await expect(probe()).rejects.toThrow();
  });
});
