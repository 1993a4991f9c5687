import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createDb } from '../../db/database.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { findDossierDetail } from './dossier.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the dossier detail as a prepared statement (database.ts, PREPARED)', () => {
  it('is prepared once per connection and answers as an ad hoc statement does, past the generic plan', async () => {
    const dossier = await t.db
      .selectFrom('dossier')
      .select(['agency_id', 'id'])
      .orderBy('received_at', 'desc')
      .executeTakeFirstOrThrow();
    // A pool of its own: a fresh connection has prepared nothing yet.
    const db = createDb(t.url, 1);
    onTestFinished(() => db.destroy());
    await db.connection().execute(async (conn) => {
      // A pooled connection may have prepared it already (the demo seeding reads details).
      const prepared = () => sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements`.execute(conn);
      await sql`DEALLOCATE ALL`.execute(conn);
      expect((await prepared()).rows[0]!.n).toBe(0);
      const first = await findDossierDetail(conn, dossier.agency_id, dossier.id);
      expect(first?.id).toBe(dossier.id);
      // PostgreSQL switches to a generic plan after five runs: the answer must not change.
      for (let i = 0; i < 8; i++) expect(await findDossierDetail(conn, dossier.agency_id, dossier.id)).toEqual(first);
      const { rows } = await sql<{ name: string; calls: number }>`
        SELECT name, generic_plans + custom_plans AS calls FROM pg_prepared_statements`.execute(conn);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.name).toMatch(/^motcua_[0-9a-f]{24}$/);
      expect(Number(rows[0]!.calls)).toBe(9);
      // Another dossier, same statement: parameters, not text, differ.
      const other = await t.db
        .selectFrom('dossier')
        .select('id')
        .where('agency_id', '=', dossier.agency_id)
        .where('id', '!=', dossier.id)
        .executeTakeFirstOrThrow();
      expect((await findDossierDetail(conn, dossier.agency_id, other.id))?.id).toBe(other.id);
      expect((await prepared()).rows[0]!.n).toBe(1);
      // Unmarked statements stay unnamed.
      await conn.selectFrom('dossier').select('id').where('id', '=', other.id).execute();
      expect((await prepared()).rows[0]!.n).toBe(1);
    });
  });
});
