import { AppError, hasPermission, isRole, type Permission } from '@motcua/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import type { Actor, RequestContext } from '../modules/auth/actor.js';
import { cachedSessionUser } from '../modules/auth/session-cache.js';
import { hashToken } from '../modules/auth/session.repository.js';

/**
 * Every /api route declares who may call it in `config.access`; a route that forgets is a
 * start-up error, not an open door.
 */
export type Access = { public: true } | { authenticated: true } | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access rule; the access tests walk this list. */
    accessRules: DeclaredAccess[];
  }
}

export type DeclaredAccess = { method: string; url: string; access: Access };

export const SESSION_COOKIE = 'motcua_session';

export function registerAccessControl(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.decorate('accessRules', [] as DeclaredAccess[]);
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (!isApi) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.accessRules.push({ method, url: route.url, access });
    }
  });
  // A callback hook: public routes (health, public lookup) pass without a promise per request.
  app.addHook('onRequest', (request, _reply, done) => {
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access) return done();
    authorise(db, request, access).then(() => done(), done);
  });
}

async function authorise(db: Db, request: FastifyRequest, access: Access): Promise<void> {
  request.actor = await actorFromCookie(db, request);
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  if ('permission' in access && !hasPermission(request.actor.role, access.permission)) {
    throw new AppError('FORBIDDEN', undefined, `${request.actor.role} lacks ${access.permission}`);
  }
}

/**
 * The signed-in actor of a request, or null. Protected routes get it through the hook above;
 * a public route that answers differently to a signed-in caller may call it itself.
 */
export async function actorFromCookie(db: Db, request: FastifyRequest): Promise<Actor | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const row = await cachedSessionUser(db, hashToken(token));
  if (!row || !isRole(row.role)) return null;
  return {
    userId: row.id,
    agencyId: row.agency_id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    unitId: row.unit_id,
  };
}

/** The context a use case needs; only valid on routes that require a signed-in user. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: request.actor, requestId: request.id, clientIp: request.ip ?? null };
}
