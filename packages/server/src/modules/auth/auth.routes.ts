import { LoginRequest, Me, permissionsOf } from '@motcua/core';
import { z } from 'zod';
import { contextOf, SESSION_COOKIE } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { getUserProfile } from '../users/users.repository.js';
import { login } from './login.js';
import { forgetSession } from './session-cache.js';
import { deleteSession, hashToken } from './session.repository.js';

export function registerAuthRoutes(app: App, { db, config }: Deps): void {
  app.post('/api/auth/login', {
    config: { access: { public: true } },
    schema: { tags: ['auth'], summary: 'Sign in (sets the session cookie)', body: LoginRequest, response: { 200: Me } },
    handler: async (request, reply) => {
      const policy = {
        maxFailures: config.loginMaxFailures,
        lockMinutes: config.loginLockMinutes,
        sessionTtlHours: config.sessionTtlHours,
      };
      const session = await login(db, policy, request.body, { requestId: request.id, clientIp: request.ip });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        // Secure whenever the client reached us over TLS (directly or through a trusted proxy).
        secure: request.protocol === 'https',
        expires: session.expiresAt,
      });
      return toMe(await getUserProfile(db, session.agencyId, session.userId));
    },
  });

  app.post('/api/auth/logout', {
    config: { access: { authenticated: true } },
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.undefined() } },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const token = request.cookies[SESSION_COOKIE] ?? '';
      await db.transaction().execute(async (tx) => {
        await deleteSession(tx, ctx.actor.agencyId, hashToken(token));
        await appendAudit(tx, originOf(ctx), { action: 'auth.logout', targetType: 'user', targetId: ctx.actor.userId });
      });
      forgetSession(hashToken(token));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  });

  app.get('/api/auth/me', {
    config: { access: { authenticated: true } },
    schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: Me } },
    handler: async (request) => {
      const { actor } = contextOf(request);
      return toMe(await getUserProfile(db, actor.agencyId, actor.userId));
    },
  });
}

function toMe(p: Awaited<ReturnType<typeof getUserProfile>>): Me {
  return {
    id: p.id,
    username: p.username,
    fullName: p.full_name,
    role: p.role,
    permissions: [...permissionsOf(p.role)],
    agency: { id: p.agency_id, name: p.agency_name, code: p.agency_code },
    unit: p.unit_id && p.unit_name ? { id: p.unit_id, name: p.unit_name } : null,
  };
}
