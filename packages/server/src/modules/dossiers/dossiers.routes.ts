import { ActionRequest, DossierList, DossierSummary, ReceiveDossierRequest, ReceptionSlipRequest } from '@motcua/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '@motcua/core';
import { requireOwnAgency } from '../auth/actor.js';
import { MAX_FILE_BYTES } from './sniff-file.js';
import { uploadFile } from './upload-file.js';
import { trackingBook } from './tracking-book.js';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { getDossier, presentDossier } from './get-dossier.js';
import { listDossiers, QUEUES, type QueueName } from './list-dossiers.js';
import { receiveDossier } from './receive-dossier.js';
import { issueReceptionSlip } from './reception-slips.js';
import { takeAction } from './take-action.js';
import { toSummary } from './dossier-view.js';
import { timingContext } from './timing-context.js';

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
  allowedActions: z.array(z.string()).describe('The actions this user may take now with a button'),
  handoverActions: z
    .array(z.string())
    .describe('Actions this user may take now that, for a dossier with paper, go through a hand-over record'),
}).loose();

/** Staff side of dossiers: reception, slips, queues, detail, actions. */
export function registerDossierRoutes(app: App, { db, now, config, files: store }: Deps): void {
  const timing = (agencyId: string, at = now()) => timingContext(db, agencyId, at, config.dueSoonHours);
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
      return reply.status(201).send({ ...toSummary(dossier, await timing(ctx.actor.agencyId, at)), duplicates });
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
      reply.status(201).send(await issueReceptionSlip(db, contextOf(request), request.body, now())),
  });
  app.get('/api/dossiers', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['dossiers'],
      summary: 'A work queue, with search by code, applicant or procedure',
      querystring: ListQuery,
      response: { 200: DossierList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      return listDossiers(db, actor, request.query, await timing(actor.agencyId));
    },
  });
  app.get('/api/dossiers/tracking-book', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['dossiers'],
      summary: 'The tracking book (sổ theo dõi hồ sơ) of dossiers received between two dates',
      querystring: z.object({
        from: z.iso.date(),
        to: z.iso.date(),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      const q = request.query;
      return trackingBook(db, actor.agencyId, q.from, q.to, q.page, q.pageSize);
    },
  });
  app.get('/api/dossiers/:id', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['dossiers'],
      summary: 'A dossier with its log, checklist and files (audited read)',
      params: IdParams,
      response: { 200: Detail },
    },
    handler: async (request) => {
      const ctx = contextOf(request);
      return getDossier(db, ctx, request.params.id, await timing(ctx.actor.agencyId));
    },
  });
  app.register(async (files) => {
    // Scans arrive as raw bytes; the type is sniffed from them, whatever the client declares.
    files.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    files.withTypeProvider<ZodTypeProvider>().post('/api/dossiers/:id/documents/:ord/files', {
      config: { access: { permission: 'dossier:receive' } },
      schema: {
        tags: ['dossiers'],
        summary: 'Upload a digitised document (PDF, JPEG, PNG; raw body; ?filename=)',
        params: z.object({ id: z.uuid(), ord: z.coerce.number().int().min(0) }),
        querystring: z.object({ filename: z.string().trim().min(1).max(200).default('tai-lieu') }),
      },
      handler: async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        const file = await uploadFile(
          db,
          store,
          contextOf(request),
          request.params.id,
          request.params.ord,
          request.query.filename,
          body,
        );
        return reply.status(201).send(file);
      },
    });
  });
  app.get('/api/dossiers/:id/files/:fileId', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['dossiers'],
      summary: 'Download a digitised document',
      params: z.object({ id: z.uuid(), fileId: z.uuid() }),
    },
    handler: async (request, reply) => {
      const { actor } = contextOf(request);
      const file = await db
        .selectFrom('dossier_file')
        .select(['filename', 'media_type', 'content', 'sha256', 'agency_id'])
        .where('agency_id', '=', actor.agencyId)
        .where('dossier_id', '=', request.params.id)
        .where('id', '=', request.params.fileId)
        .executeTakeFirst();
      const found = requireOwnAgency(actor, file);
      return reply
        .type(found.media_type)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(found.filename)}`)
        .send(found.content ?? (await store.get(found.sha256)));
    },
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
      const detail = await takeAction(
        db,
        ctx,
        request.params.id,
        request.body,
        now(),
        request.headers['idempotency-key'],
      );
      const tc = await timing(ctx.actor.agencyId);
      // The detail comes back from the action's own update; a replayed Idempotency-Key reads it.
      return detail ? presentDossier(db, ctx, detail, tc) : getDossier(db, ctx, request.params.id, tc, false);
    },
  });
}
