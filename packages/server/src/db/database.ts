import { createHash } from 'node:crypto';
import { CompiledQuery, Kysely, PostgresDialect, sql, type Compilable, type Transaction } from 'kysely';
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
  // process; the pool replaces it on next use. While the pool ends (the process stopping, then
  // the embedded engine) a connection still closing may hear the engine stop: nothing is lost.
  pool.on('error', (e) => {
    if (!pool.ending) console.warn(`database: idle connection lost (${e.message})`);
  });
  pool.on('connect', prepareMarkedStatements);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Put in front of a hot statement's select list (`.modifyFront(PREPARED)`): the statement is
 * then a named prepared statement on each connection, so PostgreSQL parses it once per
 * connection and, after a few runs, stops planning it (a generic plan). Meant for statements
 * whose planning costs more than their execution (the dossier detail: several correlated
 * subqueries, planned in about 0.3 ms, run in about 0.1 ms); every distinct text of a marked
 * statement stays prepared for the connection's life, so mark only statements of a few shapes.
 */
export const PREPARED = sql`/* prepared */`;

const names = new Map<string, string>();

function prepareMarkedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  // Kysely calls query(text, values); anything else (a cursor, a config object) passes through.
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !text.includes('/* prepared */')) return query(...args);
    let name = names.get(text);
    if (!name) {
      name = `motcua_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      if (names.size < 1000) names.set(text, name);
    }
    return query({ name, text, values });
  }) as typeof client.query;
}

const MARK = '\u0000motcua-parameter:';

/**
 * A hot statement that Kysely builds and compiles once per shape instead of on every call:
 * `build` receives a marker in place of each named value, and the compiled text is kept with
 * the order in which those markers came out as parameters; a call then only puts its values in
 * that order and runs it. Building and compiling a workflow action's two statements cost about
 * 50 µs per action (bench/README.md). `shape` names what changes the text (the columns an update
 * sets); every value `build` puts in the statement must come from `values` (checked when it
 * compiles: anything else would be frozen into every later call).
 */
export function compileOnce<V extends Record<string, unknown>, R>(build: (db: Queryable, values: V) => Compilable<R>) {
  const compiled = new Map<string, { text: string; order: string[] }>();
  return async (db: Queryable, values: V, shape = ''): Promise<R[]> => {
    let statement = compiled.get(shape);
    if (!statement) {
      const marks = Object.fromEntries(Object.keys(values).map((k) => [k, MARK + k])) as V;
      const { sql: text, parameters } = build(db, marks).compile();
      const order = parameters.map((p) => {
        if (typeof p !== 'string' || !p.startsWith(MARK))
          throw new Error(`compileOnce: a parameter of "${text}" is not one of its named values`);
        return p.slice(MARK.length);
      });
      statement = { text, order };
      compiled.set(shape, statement);
    }
    const query = CompiledQuery.raw(
      statement.text,
      statement.order.map((k) => values[k]),
    );
    return (await db.executeQuery<R>(query)).rows;
  };
}
