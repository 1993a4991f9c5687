import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Applies the plain SQL files of migrations/ in name order, each once, each in its own
 * transaction. Forward-only: an applied file that was edited afterwards is an error, not a
 * silent drift. An advisory lock lets several servers start at once against one database.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(727274)`.execute(conn);
    try {
      await sql`CREATE TABLE IF NOT EXISTS schema_migration (
        name text NOT NULL CONSTRAINT schema_migration_pkey PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`.execute(conn);
      const done = await sql<{ name: string; checksum: string }>`
        SELECT name, checksum FROM schema_migration`.execute(conn);
      const known = new Map(done.rows.map((r) => [r.name, r.checksum]));
      for (const file of files) {
        const text = await fs.readFile(path.join(dir, file), 'utf8');
        const checksum = createHash('sha256').update(text).digest('hex');
        const previous = known.get(file);
        if (previous !== undefined) {
          if (previous !== checksum) {
            throw new Error(`Migration ${file} was changed after it was applied; add a new migration instead.`);
          }
          continue;
        }
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await sql`INSERT INTO schema_migration (name, checksum) VALUES (${file}, ${checksum})`.execute(tx);
        });
        applied.push(file);
      }
    } finally {
      await sql`SELECT pg_advisory_unlock(727274)`.execute(conn);
    }
  });
  return applied;
}
