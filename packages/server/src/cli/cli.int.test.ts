import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { exec, withDatabase } from '../db/maintenance.js';
import { runCli } from '../../test/run-cli.js';
import { createTestApp, signIn, type TestApp } from '../../test/test-app.js';
import { createDb } from '../db/database.js';
import { chainPendingAudit } from '../modules/audit/audit.repository.js';

const LAM_DONG = '000.00.31.H36';
const PHARMACY = '000.00.31.H36.02';
const PASSWORD = 'mat-khau-du-dai-1';

describe('cli migrate', () => {
  // An empty database, not a clone of the migrated template: the first run has work to do.
  const name = `motcua_cli_${randomBytes(6).toString('hex')}`;
  const admin = inject('adminDatabaseUrl');
  const url = withDatabase(admin, name);

  beforeAll(async () => {
    await exec(admin, `CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await exec(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('applies the migrations once; a second run says the database is up to date', async () => {
    const first = await runCli(['migrate'], { env: { DATABASE_URL: url } });
    expect(first.code, first.output).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\): .*create-identity\.sql/);

    const db = createDb(url, 1);
    try {
      const heads = await db
        .selectFrom('audit_chain')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(heads.n).toBe(0); // the schema exists; migrate alone seeds nothing
    } finally {
      await db.destroy();
    }

    const second = await runCli(['migrate'], { env: { DATABASE_URL: url } });
    expect(second.code, second.output).toBe(0);
    expect(second.stdout).toContain('Database is up to date.');
  });
});

describe('cli on a database holding the demo agencies', () => {
  let t: TestApp;
  let env: Record<string, string>;

  beforeEach(async () => {
    t = await createTestApp();
    env = { DATABASE_URL: t.url };
  });
  afterEach(async () => {
    await t.close();
  });

  const createArgs = (overrides: Record<string, string> = {}) => {
    const options = {
      username: 'nguyenvana',
      role: 'specialist',
      agency: LAM_DONG,
      unit: PHARMACY,
      'full-name': 'Nguyễn Văn A',
      ...overrides,
    };
    return ['user', 'create', ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, v])];
  };

  async function findUser(username: string) {
    return t.db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  }

  it('user create reads the password from stdin, stores argon2id, and the user can sign in', async () => {
    const run = await runCli(createArgs(), { env, input: `${PASSWORD}\n` });
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain('Created user nguyenvana (specialist)');
    expect(run.output).not.toContain(PASSWORD);

    const user = await findUser('nguyenvana');
    expect(user).toMatchObject({ full_name: 'Nguyễn Văn A', role: 'specialist', is_active: true });
    expect(user?.password_hash.startsWith('$argon2id$')).toBe(true);
    const pharmacy = await t.db.selectFrom('unit').select('id').where('code', '=', PHARMACY).executeTakeFirst();
    expect(user?.unit_id).toBe(pharmacy?.id);

    const cookie = await signIn(t.app, 'nguyenvana', PASSWORD);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'nguyenvana', agency: { code: LAM_DONG } });

    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_name', 'target_id'])
      .where('action', '=', 'user.create')
      .execute();
    expect(audit).toEqual([{ actor_name: 'cli', target_id: user?.id }]);
  });

  const refusals: { problem: string; args: Record<string, string>; input: string; names: string }[] = [
    { problem: 'a too-short password', args: {}, input: 'short\n', names: '--password' },
    { problem: 'an unknown role', args: { role: 'wizard' }, input: `${PASSWORD}\n`, names: '--role' },
    { problem: 'an unknown agency', args: { agency: '000.00.99.X99' }, input: `${PASSWORD}\n`, names: '--agency' },
    { problem: 'an unknown unit', args: { unit: '000.00.31.H36.99' }, input: `${PASSWORD}\n`, names: '--unit' },
    { problem: 'a taken username', args: { username: 'buudien' }, input: `${PASSWORD}\n`, names: '--username' },
  ];

  it.each(refusals)(
    'user create with $problem exits 1 naming $names and creates nobody',
    async ({ args, input, names }) => {
      const before = await t.db.selectFrom('app_user').select('id').execute();

      const run = await runCli(createArgs(args), { env, input });
      expect(run.code, run.output).toBe(1);
      expect(run.stderr).toContain(names);

      expect(await t.db.selectFrom('app_user').select('id').execute()).toHaveLength(before.length);
    },
  );

  it('user create without --username is wrong usage: exit 2', async () => {
    const args = createArgs().filter((a, i, all) => a !== '--username' && all[i - 1] !== '--username');
    const run = await runCli(args, { env, input: `${PASSWORD}\n` });
    expect(run.code, run.output).toBe(2);
    expect(run.stderr).toContain('--username');
  });

  it('an unknown command exits 2 with the usage', async () => {
    const run = await runCli(['frobnicate'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command: frobnicate');
    expect(run.stderr).toContain('Usage: npm run cli');
  });

  it('an unknown option exits 2 with the usage', async () => {
    const run = await runCli(['migrate', '--force'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--force');
    expect(run.stderr).toContain('Usage: npm run cli');
  });

  it('a malformed DATABASE_URL exits 2 naming the variable', async () => {
    const run = await runCli(['migrate'], { env: { DATABASE_URL: 'mysql://localhost/motcua' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('DATABASE_URL');
  });

  it('seed-demo on a database that holds the demo data changes nothing', async () => {
    const count = () =>
      t.db
        .selectFrom('app_user')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
    const before = await count();

    const run = await runCli(['seed-demo'], { env });
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain('nothing changed');
    expect(await count()).toEqual(before);
  });
});
