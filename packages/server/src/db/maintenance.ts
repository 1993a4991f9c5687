import pg from 'pg';

/** The same server and role, another database: `postgres://…/postgres` → `postgres://…/<database>`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * One statement on its own connection, outside any pool and transaction: CREATE and DROP
 * DATABASE refuse to run inside a transaction block. For tests, the benchmarks and tooling.
 */
export async function exec(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
