import { sql } from 'kysely';
import { z } from 'zod';
import type { App, Deps } from './app-types.js';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']), version: z.string() });

export function registerHealthRoutes(app: App, { db, databaseKind, version }: Deps): void {
  app.get('/api/health', {
    config: { access: { public: true } },
    schema: { tags: ['system'], summary: 'Liveness and database reachability', response: { 200: Health } },
    handler: async () => {
      await sql`SELECT 1`.execute(db); // a failure here answers 500 through the error handler
      return { status: 'ok' as const, database: databaseKind, version };
    },
  });
}
