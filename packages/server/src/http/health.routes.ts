import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { App, Deps } from './app-types.js';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']), version: z.string() });

/** How long a successful database probe stands for all health requests. */
const PROBE_TTL_MS = 1000;

export function registerHealthRoutes(app: App, { db, databaseKind, version }: Deps): void {
  const probe = databaseProbe(db, PROBE_TTL_MS);
  app.get('/api/health', {
    config: { access: { public: true } },
    schema: { tags: ['system'], summary: 'Liveness and database reachability', response: { 200: Health } },
    handler: async () => {
      await probe(); // a failure answers 500 through the error handler
      return { status: 'ok' as const, database: databaseKind, version };
    },
  });
}

/**
 * Checks the database with `SELECT 1` at most once per `ttlMs`; concurrent callers share one
 * probe. A load balancer polling health then costs no database round trip per request, and an
 * unreachable database still shows within a second.
 */
export function databaseProbe(db: Db, ttlMs: number): () => Promise<void> {
  let checkedAt = -Infinity;
  let pending: Promise<void> | undefined;
  return () => {
    if (performance.now() - checkedAt < ttlMs) return Promise.resolve();
    pending ??= sql`SELECT 1`
      .execute(db)
      .then(() => {
        checkedAt = performance.now();
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
