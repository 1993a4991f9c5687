import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, signIn, type TestApp } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('sign-in', () => {
  it('signs in with the right password and sets a HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await login('buudien', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'buudien',
      role: 'counter_clerk',
      agency: { name: 'Sở Y tế tỉnh Lâm Đồng' },
      permissions: expect.arrayContaining(['agency:read']),
    });
    const cookie = res.cookies.find((c) => c.name === 'motcua_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
  });

  it('marks the cookie Secure behind TLS (a trusted proxy saying https)', async () => {
    const behindTls = await createTestApp({ TRUST_PROXY: 'true' });
    const res = await behindTls.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'buudien', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.cookies.find((c) => c.name === 'motcua_session')?.secure).toBe(true);
    await behindTls.close();
  });

  it('answers a wrong password and an unknown user alike: 401 JSON in Vietnamese', async () => {
    for (const [u, p] of [
      ['lanhdao', 'wrong-password'],
      ['nobody', 'whatever-1234'],
    ] as const) {
      const res = await login(u, p);
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      });
      expect(res.cookies).toEqual([]);
    }
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const row = await t.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('username', '=', 'vanthu')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
  });
});

describe('lock-out after repeated failures', () => {
  it('locks the account on the third wrong password, refuses even the right one, and audits it', async () => {
    expect((await login('vanthu', 'bad-1')).statusCode).toBe(401);
    expect((await login('vanthu', 'bad-2')).statusCode).toBe(401);
    const third = await login('vanthu', 'bad-3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('ACCOUNT_LOCKED');
    const right = await login('vanthu', DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_name', '=', 'vanthu')
      .where('action', 'like', 'auth.%') // not the demo dossiers vanthu issued
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['auth.login_failed', 'auth.login_failed', 'auth.locked']);
  });

  it('lets the user in again once the lock has run out', async () => {
    await t.db
      .updateTable('app_user')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('username', '=', 'vanthu')
      .execute();
    expect((await login('vanthu', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('counts concurrent wrong guesses exactly (no lost updates)', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => login('daumoi', `guess-${i}`)));
    const codes = results.map((r) => r.statusCode).sort();
    // Three failures lock; the rest meet the lock. None slips through as a plain 401 after it.
    expect(codes.filter((c) => c === 423).length).toBeGreaterThanOrEqual(3);
    const row = await t.db
      .selectFrom('app_user')
      .select('locked_until')
      .where('username', '=', 'daumoi')
      .executeTakeFirstOrThrow();
    expect(row.locked_until?.getTime()).toBeGreaterThan(Date.now());
  });

  it('resets the failure count after a successful sign-in', async () => {
    expect((await login('truongphong', 'bad-a')).statusCode).toBe(401);
    expect((await login('truongphong', 'bad-b')).statusCode).toBe(401);
    expect((await login('truongphong', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await login('truongphong', 'bad-c')).statusCode).toBe(401);
    expect((await login('truongphong', 'bad-d')).statusCode).toBe(401);
    expect((await login('truongphong', DEMO_PASSWORD)).statusCode).toBe(200);
  });
});

describe('session', () => {
  it('knows who is signed in, and forgets after sign-out', async () => {
    const cookie = await signIn(t.app, 'truongphong');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: 'truongphong',
      role: 'unit_head',
      unit: { name: 'Phòng Nghiệp vụ Dược' },
    });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a forged or expired session token', async () => {
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'motcua_session=forged' },
    });
    expect(forged.statusCode).toBe(401);
    const cookie = await signIn(t.app, 'chuyenvien');
    await t.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1) })
      .execute();
    const expired = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(expired.statusCode).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await signIn(t.app, 'quantri');
    const token = cookie.split('=')[1] ?? '';
    const rows = await t.db.selectFrom('session').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });
});
