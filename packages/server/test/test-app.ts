import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import type { Db } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { LocalFileStore, type FileStore } from '../src/storage/file-store.js';
import type { App } from '../src/http/app-types.js';
import { createTestDatabase } from './test-database.js';
import type { Role } from '@motcua/core';
import { createUser } from '../src/modules/users/create-user.js';

export type TestApp = {
  app: App;
  db: Db;
  url: string;
  config: Config;
  /** The app's file store (a temporary directory). */
  files: FileStore;
  /** The app's clock: tests move it with `clock.set(new Date(...))`. */
  clock: { set: (d: Date | null) => void };
  close: () => Promise<void>;
};

/** The real app on a fresh database holding the demo agencies, driven through inject(). */
export async function createTestApp(
  env: Record<string, string> = {},
  /** Runs before the app is sealed, e.g. to add a route that misbehaves on purpose. */
  configure: (app: App, db: Db) => void = () => {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // A fixed signing key: DATA_DIR does not exist, so no key file could be created there.
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent', SIGNING_KEY: '5'.repeat(64), ...env });
  let fixed: Date | null = null;
  const filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-files-'));
  const files = new LocalFileStore(filesDir);
  const app = await buildApp(
    {
      db: database.db,
      config,
      databaseKind: inject('databaseKind'),
      version: 'test',
      now: () => fixed ?? new Date(),
      files,
    },
    { webDistDir: '/nonexistent' },
  );
  configure(app, database.db);
  await app.ready();
  return {
    app,
    db: database.db,
    url: database.url,
    config,
    files,
    clock: { set: (d) => (fixed = d) },
    close: async () => {
      await app.close();
      await database.drop();
      await fs.rm(filesDir, { recursive: true, force: true });
    },
  };
}

export const DEMO_PASSWORD = 'motcua-demo';

/** Signs in through the real endpoint and returns the cookie header for later requests. */
export async function signIn(app: App, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'motcua_session');
  if (!cookie) throw new Error('no session cookie');
  return `motcua_session=${cookie.value}`;
}

/** The second demo agency (Sở Y tế tỉnh Khánh Hòa): agency isolation tests add users there. */
export const KHANH_HOA_CODE = '000.00.31.H34';

/**
 * A user of one more account for a test, in the agency with `agencyCode` (default Lâm Đồng),
 * with the demo password, created as the CLI would (audited as "test"); answers the user's
 * session cookie.
 */
export async function addUser(
  t: TestApp,
  user: { username: string; fullName: string; role: Role; unitId?: string | null },
  agencyCode = '000.00.31.H36',
): Promise<string> {
  const agency = await t.db.selectFrom('agency').select('id').where('code', '=', agencyCode).executeTakeFirstOrThrow();
  const origin = { agencyId: agency.id, actorId: null, actorName: 'test', requestId: null, clientIp: null };
  await createUser(t.db, agency.id, { unitId: null, ...user, password: DEMO_PASSWORD }, origin);
  return signIn(t.app, user.username);
}
