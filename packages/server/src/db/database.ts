import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
/** A transaction handle; repositories take it as a parameter (no hidden transaction manager). */
export type Tx = Transaction<Database>;
/** Either the pool or a transaction: for reads that may run inside or outside one. */
export type Queryable = Db | Tx;

// `date` stays a 'YYYY-MM-DD' string: turning it into a JS Date shifts it by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint counters (audit seq, count(*)) stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function createDb(url: string, maxConnections = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection that the server drops (restart, admin termination) must not crash the
  // process; the pool replaces it on next use.
  pool.on('error', (e) => console.warn(`database: idle connection lost (${e.message})`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
