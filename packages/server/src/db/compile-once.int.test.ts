import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { compileOnce } from './database.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("compileOnce: a statement built once per shape, run with each call's values", () => {
  it('answers as the statement built afresh does, for other values and other shapes', async () => {
    let built = 0;
    const users = compileOnce((db, v: Record<string, unknown>) => {
      built += 1;
      let q = db
        .selectFrom('app_user')
        .select(['username', 'role'])
        .where('username', 'like', v.pattern as string);
      if ('role' in v) q = q.where('role', '=', v.role as string);
      return q.orderBy('username');
    });
    const direct = (pattern: string, role?: string) => {
      let q = t.db.selectFrom('app_user').select(['username', 'role']).where('username', 'like', pattern);
      if (role) q = q.where('role', '=', role);
      return q.orderBy('username').execute();
    };
    expect(await users(t.db, { pattern: 'buu%' })).toEqual(await direct('buu%'));
    expect(await users(t.db, { pattern: 'quantri%' })).toEqual(await direct('quantri%'));
    expect((await users(t.db, { pattern: 'quantri%' })).length).toBeGreaterThan(0);
    expect(built).toBe(1);
    // Another shape (one more condition) is compiled once more, and kept apart.
    expect(await users(t.db, { pattern: '%', role: 'courier' }, 'by role')).toEqual(await direct('%', 'courier'));
    expect(await users(t.db, { pattern: '%', role: 'leader' }, 'by role')).toEqual(await direct('%', 'leader'));
    expect(built).toBe(2);
  });

  it('refuses a statement with a value that is not one of its named values (it would be frozen)', async () => {
    const frozen = compileOnce((db, v: { id: string }) =>
      db.selectFrom('app_user').select('username').where('id', '=', v.id).where('is_active', '=', true),
    );
    await expect(frozen(t.db, { id: '00000000-0000-0000-0000-000000000000' })).rejects.toThrow(
      /not one of its named values/,
    );
    // A constant written into the text (not a parameter) is fine.
    const constant = compileOnce((db, v: { id: string }) =>
      db
        .selectFrom('app_user')
        .select('username')
        .where('id', '=', v.id)
        .where(sql<boolean>`is_active`),
    );
    expect(await constant(t.db, { id: '00000000-0000-0000-0000-000000000000' })).toEqual([]);
  });
});
