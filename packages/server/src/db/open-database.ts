import type { Config } from '../config.js';
import { createDb, type Db } from './database.js';
import { startEmbeddedDatabase } from './embedded.js';

export type OpenDatabase = { db: Db; kind: 'embedded' | 'server'; close: () => Promise<void> };

/** DATABASE_URL selects a PostgreSQL server; otherwise the embedded engine in DATA_DIR. */
export async function openDatabase(config: Config, log: (m: string) => void): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const db = createDb(config.databaseUrl);
    return { db, kind: 'server', close: () => db.destroy() };
  }
  const embedded = await startEmbeddedDatabase(config.dataDir, log);
  const db = createDb(embedded.url);
  return {
    db,
    kind: 'embedded',
    close: async () => {
      await db.destroy();
      await embedded.stop();
    },
  };
}
