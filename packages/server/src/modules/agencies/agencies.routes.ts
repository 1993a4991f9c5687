import { Agency } from '@motcua/core';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { getAgency } from './agency.repository.js';

export function registerAgencyRoutes(app: App, { db }: Deps): void {
  app.get('/api/agency', {
    config: { access: { permission: 'agency:read' } },
    schema: { tags: ['agency'], summary: "The caller's agency with its units and counters", response: { 200: Agency } },
    handler: async (request) => getAgency(db, contextOf(request).actor.agencyId),
  });
}
