import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and documentation', () => {
  it('reports ok with the database kind and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: expect.stringMatching(/^(embedded|server)$/),
      version: 'test',
    });
  });

  it('serves an OpenAPI 3.1 document that a validator accepts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/health', '/api/users/{id}']),
    );
    // The schemas come from the same zod contracts the routes validate with.
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual([
      'username',
      'password',
    ]);
  });

  it('serves browsable docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});

describe('errors leave through one door', () => {
  it('answers an unknown route with a 404 JSON error and the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body.error.code).toBe('ROUTE_NOT_FOUND');
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers malformed JSON with 400 in Vietnamese, or English when asked', async () => {
    const bad = {
      method: 'POST' as const,
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    };
    const vi = await t.app.inject(bad);
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error).toMatchObject({
      code: 'MALFORMED_JSON',
      message: 'Nội dung yêu cầu không phải JSON hợp lệ.',
    });
    const en = await t.app.inject({ ...bad, headers: { ...bad.headers, 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.json().error.message).toBe('The request body is not valid JSON.');
  });

  it('names every bad field, in the client language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 42 },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    const fields = error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['body.password', 'body.username']);
    const username = error.details.find((d: { field: string }) => d.field === 'body.username');
    // Says what it expected and what it received, in Vietnamese; a missing field is "required".
    expect(username.message).toBe('Đầu vào không hợp lệ: mong đợi string, nhận được số');
    const password = error.details.find((d: { field: string }) => d.field === 'body.password');
    expect(password.message).toBe('Bắt buộc phải nhập.');
  });

  it('never sends a stack trace, SQL or driver message to the client', async () => {
    const broken = await createTestApp({}, (app, db) => {
      app.get('/api/test/sql-failure', { config: { access: { public: true } } }, async () => {
        await sql`SELECT secret_column FROM table_that_does_not_exist`.execute(db);
        return 'unreachable';
      });
    });
    const res = await broken.app.inject({ method: 'GET', url: '/api/test/sql-failure' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL');
    expect(res.body).not.toMatch(/secret_column|table_that_does_not_exist|SELECT|at .*\.ts/);
    await broken.close();
  });

  it('refuses to start with a route that declares no access rule', async () => {
    await expect(
      createTestApp({}, (app) => {
        app.get('/api/test/open-door', async () => 'x');
      }),
    ).rejects.toThrow(/declares no access rule/);
  });

  it('has no settable clock unless TEST_CLOCK asks for one', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/test/clock', payload: { now: null } });
    expect(res.statusCode).toBe(404);
  });

  it('sets protective headers on every response, errors included', async () => {
    const answers = [
      await t.app.inject({ method: 'GET', url: '/api/health' }),
      await t.app.inject({ method: 'GET', url: '/api/dossiers' }), // 401
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } }), // 400
      await t.app.inject({ method: 'GET', url: '/api/no-such-thing' }), // 404
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 400, 404]);
    for (const res of answers) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
