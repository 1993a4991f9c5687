import { CounterDashboard } from '@motcua/core';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { counterDashboard } from './counter-cards.js';

export function registerDashboardRoutes(app: App, { db, now }: Deps): void {
  app.get('/api/dashboard/counter', {
    // The counter's own work: only those who receive dossiers (the postal staff at the counter).
    config: { access: { permission: 'dossier:receive' } },
    schema: {
      tags: ['dashboard'],
      summary: "The counter's home: named counts (today's receptions, queues, escalations)",
      response: { 200: CounterDashboard },
    },
    handler: async (request) => counterDashboard(db, contextOf(request).actor.agencyId, now()),
  });
}
