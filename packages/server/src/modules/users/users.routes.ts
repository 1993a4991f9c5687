import { CreateUserRequest, Page, UpdateUserRequest, User, UserList } from '@motcua/core';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { requireOwnAgency } from '../auth/actor.js';
import { originOf } from '../audit/audit.repository.js';
import { createUser } from './create-user.js';
import { updateUser } from './update-user.js';
import { findUser, listUsers, toUser } from './users.repository.js';

const UserParams = z.object({ id: z.uuid() });

export function registerUserRoutes(app: App, { db }: Deps): void {
  app.get('/api/users', {
    config: { access: { permission: 'user:read' } },
    schema: {
      tags: ['users'],
      summary: "Users of the caller's agency",
      querystring: Page,
      response: { 200: UserList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      return listUsers(db, actor.agencyId, request.query.page, request.query.pageSize);
    },
  });

  app.get('/api/users/:id', {
    config: { access: { permission: 'user:read' } },
    schema: { tags: ['users'], summary: 'One user', params: UserParams, response: { 200: User } },
    handler: async (request) => {
      const { actor } = contextOf(request);
      return toUser(requireOwnAgency(actor, await findUser(db, actor.agencyId, request.params.id)));
    },
  });

  app.post('/api/users', {
    config: { access: { permission: 'user:manage' } },
    schema: {
      tags: ['users'],
      summary: "Create a user in the caller's agency",
      body: CreateUserRequest,
      response: { 201: User },
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const user = await createUser(db, ctx.actor.agencyId, request.body, originOf(ctx));
      return reply.status(201).send(user);
    },
  });

  app.patch('/api/users/:id', {
    config: { access: { permission: 'user:manage' } },
    schema: {
      tags: ['users'],
      summary: 'Change a user',
      params: UserParams,
      body: UpdateUserRequest,
      response: { 200: User },
    },
    handler: async (request) => updateUser(db, contextOf(request), request.params.id, request.body),
  });
}
