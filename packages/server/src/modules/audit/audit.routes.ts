import { AuditList, Page } from '@motcua/core';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { listAudit } from './audit.repository.js';
import { verifyAudit } from './verify-audit.js';

const AuditVerificationBody = z.object({
  ok: z.boolean(),
  rowsChecked: z.number().int(),
  seq: z.number().int().optional().describe('First changed or missing row'),
  problem: z.enum(['changed', 'missing', 'chain_broken']).optional(),
});

export function registerAuditRoutes(app: App, { db }: Deps): void {
  app.get('/api/audit', {
    config: { access: { permission: 'audit:read' } },
    schema: {
      tags: ['audit'],
      summary: "The agency's audit trail, newest first",
      querystring: Page,
      response: { 200: AuditList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      const { items, total } = await listAudit(db, actor.agencyId, request.query.page, request.query.pageSize);
      return {
        total,
        items: items.map((r) => ({
          seq: r.seq,
          occurredAt: r.occurred_at.toISOString(),
          actorId: r.actor_id,
          actorName: r.actor_name,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          requestId: r.request_id,
          clientIp: r.client_ip,
        })),
      };
    },
  });

  app.get('/api/audit/verify', {
    config: { access: { permission: 'audit:read' } },
    schema: {
      tags: ['audit'],
      summary: "Recompute the agency's audit hash chain",
      response: { 200: AuditVerificationBody },
    },
    handler: async (request) => {
      const result = await verifyAudit(db, contextOf(request).actor.agencyId);
      return result.ok
        ? { ok: true, rowsChecked: result.rowsChecked }
        : { ok: false, rowsChecked: result.rowsChecked, seq: result.seq, problem: result.problem };
    },
  });
}
