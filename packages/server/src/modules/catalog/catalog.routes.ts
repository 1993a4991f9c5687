import {
  ChangeInput,
  Decision,
  DecisionDetail,
  DecisionInput,
  FidelityReport,
  Page,
  ProcedureDetail,
  ProcedureList,
} from '@motcua/core';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { requestLanguage } from '../../http/language.js';
import { addChange, removeChange } from './decision-changes.js';
import { fidelityReport } from './fidelity-report.js';
import { listDecisions } from './decision.repository.js';
import { toDecision } from './decision-view.js';
import { createDecision, deleteDecision, updateDecision } from './decisions.js';
import { getDecision } from './get-decision.js';
import { getProcedureView } from './procedure-view.js';
import { publishDecision } from './publish-decision.js';
import { CHANNEL_FILTERS, searchProcedures } from './search-procedures.js';

const DecisionParams = z.object({ id: z.uuid() });
const ChangeParams = z.object({ id: z.uuid(), changeId: z.uuid() });
const CodeParams = z.object({ code: z.string().min(1).max(50) });
const StaffSearch = Page.extend({
  q: z.string().max(200).optional(),
  field: z.string().max(200).optional(),
  channel: z.enum(CHANNEL_FILTERS).optional(),
  includeAbolished: z.enum(['true', 'false']).optional(),
});
const DecisionList = z.object({ items: z.array(Decision), total: z.number().int() });
const read = { access: { permission: 'catalog:read' as const } };
const manage = { access: { permission: 'catalog:manage' as const } };

/** Staff side of the catalog: announcement decisions (draft → publish) and the procedures. */
export function registerCatalogRoutes(app: App, { db, now }: Deps): void {
  app.get('/api/catalog/decisions', {
    config: read,
    schema: {
      tags: ['catalog'],
      summary: 'Announcement decisions, newest first',
      querystring: Page,
      response: { 200: DecisionList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      const { rows, total } = await listDecisions(db, actor.agencyId, request.query.page, request.query.pageSize);
      return { items: rows.map(toDecision), total };
    },
  });
  app.post('/api/catalog/decisions', {
    config: manage,
    schema: { tags: ['catalog'], summary: 'Draft a decision', body: DecisionInput, response: { 201: Decision } },
    handler: async (request, reply) =>
      reply.status(201).send(await createDecision(db, contextOf(request), request.body)),
  });
  app.get('/api/catalog/decisions/:id', {
    config: read,
    schema: {
      tags: ['catalog'],
      summary: 'A decision with each change as a before/after diff',
      params: DecisionParams,
      response: { 200: DecisionDetail },
    },
    handler: async (request) => getDecision(db, contextOf(request).actor, request.params.id),
  });
  app.put('/api/catalog/decisions/:id', {
    config: manage,
    schema: {
      tags: ['catalog'],
      summary: "Edit a draft's header",
      params: DecisionParams,
      body: DecisionInput,
      response: { 200: Decision },
    },
    handler: async (request) => updateDecision(db, contextOf(request), request.params.id, request.body),
  });
  app.delete('/api/catalog/decisions/:id', {
    config: manage,
    schema: { tags: ['catalog'], summary: 'Discard a draft', params: DecisionParams, response: { 204: z.undefined() } },
    handler: async (request, reply) => {
      await deleteDecision(db, contextOf(request), request.params.id);
      return reply.status(204).send();
    },
  });
  app.post('/api/catalog/decisions/:id/changes', {
    config: manage,
    schema: {
      tags: ['catalog'],
      summary: 'Add a change to a draft',
      params: DecisionParams,
      body: ChangeInput,
      response: { 201: DecisionDetail },
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      await addChange(db, ctx, request.params.id, request.body);
      return reply.status(201).send(await getDecision(db, ctx.actor, request.params.id));
    },
  });
  app.delete('/api/catalog/decisions/:id/changes/:changeId', {
    config: manage,
    schema: {
      tags: ['catalog'],
      summary: 'Remove a change from a draft',
      params: ChangeParams,
      response: { 204: z.undefined() },
    },
    handler: async (request, reply) => {
      await removeChange(db, contextOf(request), request.params.id, request.params.changeId);
      return reply.status(204).send();
    },
  });
  app.post('/api/catalog/decisions/:id/publish', {
    config: manage,
    schema: {
      tags: ['catalog'],
      summary: 'Publish a draft (irreversible)',
      params: DecisionParams,
      response: { 200: Decision },
    },
    handler: async (request) => publishDecision(db, contextOf(request), request.params.id),
  });

  app.get('/api/catalog/procedures', {
    config: read,
    schema: {
      tags: ['catalog'],
      summary: 'Procedures in force now (optionally with abolished ones)',
      querystring: StaffSearch,
      response: { 200: ProcedureList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      const { includeAbolished, ...query } = request.query;
      return searchProcedures(db, actor.agencyId, { ...query, includeAbolished: includeAbolished === 'true' }, now());
    },
  });
  app.get('/api/catalog/procedures/:code', {
    config: read,
    schema: {
      tags: ['catalog'],
      summary: 'A procedure: version in force and history',
      params: CodeParams,
      response: { 200: ProcedureDetail },
    },
    handler: async (request) => getProcedureView(db, contextOf(request).actor.agencyId, request.params.code, now()),
  });
  app.get('/api/catalog/fidelity', {
    config: read,
    schema: {
      tags: ['catalog'],
      summary: 'Procedures in force that lack a field the law expects',
      response: { 200: FidelityReport },
    },
    handler: async (request) => fidelityReport(db, contextOf(request).actor.agencyId, now(), requestLanguage(request)),
  });
}
