import { ActionRequest, DossierList, DossierSummary, ReceiveDossierRequest, ReceptionSlipRequest } from '@motcua/core';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { getDossier } from './get-dossier.js';
import { listDossiers, QUEUES, type QueueName } from './list-dossiers.js';
import { receiveDossier } from './receive-dossier.js';
import { issueReceptionSlip } from './reception-slips.js';
import { takeAction } from './take-action.js';
import { toSummary } from './dossier-view.js';

const IdParams = z.object({ id: z.uuid() });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(8).max(200).optional() });
const ListQuery = z.object({
  queue: z.enum(Object.keys(QUEUES) as [QueueName, ...QueueName[]]).default('all'),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const Received = DossierSummary.extend({
  duplicates: z
    .array(z.object({ id: z.uuid(), code: z.string().nullable(), state: z.string() }))
    .describe('Open dossiers of the same applicant for the same procedure'),
});
/** Detail is documented loosely: its shape is the summary plus the log, checklist and files. */
const Detail = DossierSummary.extend({
  applicant: z.record(z.string(), z.unknown()),
  allowedActions: z.array(z.string()),
}).loose();

/** Staff side of dossiers: reception, slips, queues, detail, actions. */
export function registerDossierRoutes(app: App, { db, now, config }: Deps): void {
  const dueSoonMs = config.dueSoonHours * 3600_000;
  app.post('/api/dossiers', {
    config: { access: { permission: 'dossier:receive' } },
    schema: {
      tags: ['dossiers'],
      summary: 'Receive a complete dossier (counter, post) or queue an online one',
      headers: IdempotencyHeaders,
      body: ReceiveDossierRequest,
      response: { 201: Received },
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const at = now();
      const { dossier, duplicates } = await receiveDossier(
        db,
        ctx,
        request.body,
        at,
        request.headers['idempotency-key'],
      );
      return reply.status(201).send({ ...toSummary(dossier, at, dueSoonMs), duplicates });
    },
  });
  app.post('/api/reception-slips', {
    config: { access: { permission: 'dossier:receive' } },
    schema: {
      tags: ['dossiers'],
      summary: 'Supplement request or refusal at the counter (no dossier is received)',
      body: ReceptionSlipRequest,
      response: {
        201: z.object({ id: z.uuid(), kind: z.string(), createdAt: z.string(), items: z.array(z.unknown()) }),
      },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await issueReceptionSlip(db, contextOf(request), request.body)),
  });
  app.get('/api/dossiers', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['dossiers'],
      summary: 'A work queue, with search by code, applicant or procedure',
      querystring: ListQuery,
      response: { 200: DossierList },
    },
    handler: async (request) => listDossiers(db, contextOf(request).actor, request.query, now(), dueSoonMs),
  });
  app.get('/api/dossiers/:id', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['dossiers'],
      summary: 'A dossier with its log, checklist and files (audited read)',
      params: IdParams,
      response: { 200: Detail },
    },
    handler: async (request) => getDossier(db, contextOf(request), request.params.id, now(), dueSoonMs),
  });
  app.post('/api/dossiers/:id/actions', {
    config: { access: { permission: 'dossier:act' } },
    schema: {
      tags: ['dossiers'],
      summary: 'Take a workflow action (409 lists the allowed ones)',
      params: IdParams,
      headers: IdempotencyHeaders,
      body: ActionRequest,
      response: { 200: Detail },
    },
    handler: async (request) => {
      const ctx = contextOf(request);
      await takeAction(db, ctx, request.params.id, request.body, now(), request.headers['idempotency-key']);
      return getDossier(db, ctx, request.params.id, now(), dueSoonMs);
    },
  });
}
