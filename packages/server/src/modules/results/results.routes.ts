import {
  AppError,
  Page,
  ResultDocument,
  ResultDocumentList,
  ResultTemplate,
  ResultTemplateInput,
  ResultTemplateList,
  RevokeResultRequest,
} from '@motcua/core';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { requireOwnAgency } from '../auth/actor.js';
import { findDossier } from '../dossiers/dossier.repository.js';
import { previewResultTemplate } from './preview-template.js';
import { bindResultServices } from './result-services.js';
import { listResultTemplates, saveResultTemplate } from './result-templates.js';
import { findResult, listDossierResults, listResults, toResultDocument } from './results.repository.js';
import { reissueResult } from './reissue-result.js';
import { revokeResult } from './revoke-result.js';

const IdParams = z.object({ id: z.uuid() });
const ProcedureParams = z.object({ procedureCode: z.string().trim().min(1).max(50) });

/** Result templates (administrator), issued results (staff), revocation (leader). */
export function registerResultRoutes(app: App, deps: Deps): void {
  const { db, now } = deps;
  const services = bindResultServices(deps.files, deps.config);

  app.get('/api/results/templates', {
    config: { access: { permission: 'agency:manage' } },
    schema: {
      tags: ['results'],
      summary: 'Result templates of the procedures in force',
      response: { 200: ResultTemplateList },
    },
    handler: async (request) => ({ items: await listResultTemplates(db, contextOf(request).actor.agencyId, now()) }),
  });

  app.put('/api/results/templates/:procedureCode', {
    config: { access: { permission: 'agency:manage' } },
    schema: {
      tags: ['results'],
      summary: "Save a procedure's result template",
      params: ProcedureParams,
      body: ResultTemplateInput,
      response: { 200: ResultTemplate },
    },
    handler: async (request) =>
      saveResultTemplate(db, contextOf(request), request.params.procedureCode, request.body, now()),
  });

  app.post('/api/results/templates/:procedureCode/preview', {
    config: { access: { permission: 'agency:manage' } },
    schema: {
      tags: ['results'],
      summary: 'The template rendered with sample data (PDF, unsigned, not saved)',
      params: ProcedureParams,
      body: ResultTemplateInput,
    },
    handler: async (request, reply) => {
      const agencyId = contextOf(request).actor.agencyId;
      const procedure = (await listResultTemplates(db, agencyId, now())).find(
        (t) => t.procedureCode === request.params.procedureCode,
      );
      if (!procedure) throw new AppError('NOT_FOUND');
      const pdf = await previewResultTemplate(
        db,
        agencyId,
        { code: procedure.procedureCode, name: procedure.procedureName },
        request.body,
        now(),
      );
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="xem-truoc.pdf"').send(pdf);
    },
  });

  app.get('/api/dossiers/:id/results', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['results'],
      summary: "A dossier's issued results",
      params: IdParams,
      response: { 200: ResultDocumentList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      requireOwnAgency(actor, await findDossier(db, actor.agencyId, request.params.id));
      const rows = await listDossierResults(db, actor.agencyId, request.params.id);
      return { items: rows.map((r) => toResultDocument(r, services.publicUrl)), total: rows.length };
    },
  });

  app.get('/api/results', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['results'],
      summary: 'Issued results of the agency, newest register number first',
      querystring: Page,
      response: { 200: ResultDocumentList },
    },
    handler: async (request) => {
      const { actor } = contextOf(request);
      const { rows, total } = await listResults(db, actor.agencyId, request.query.page, request.query.pageSize);
      return { items: rows.map((r) => toResultDocument(r, services.publicUrl)), total };
    },
  });

  app.get('/api/results/:id', {
    config: { access: { permission: 'dossier:read' } },
    schema: { tags: ['results'], summary: 'One issued result', params: IdParams, response: { 200: ResultDocument } },
    handler: async (request) => {
      const { actor } = contextOf(request);
      return toResultDocument(
        requireOwnAgency(actor, await findResult(db, actor.agencyId, request.params.id)),
        services.publicUrl,
      );
    },
  });

  app.get('/api/results/:id/pdf', {
    config: { access: { permission: 'dossier:read' } },
    schema: { tags: ['results'], summary: 'The signed result PDF', params: IdParams },
    handler: async (request, reply) => {
      const { actor } = contextOf(request);
      const row = requireOwnAgency(actor, await findResult(db, actor.agencyId, request.params.id));
      return sendPdf(reply, await deps.files.get(row.signed_sha256), row.number_text);
    },
  });

  app.post('/api/results/:id/revoke', {
    config: { access: { permission: 'result:revoke' } },
    schema: {
      tags: ['results'],
      summary: 'Revoke an issued result, with a reason (leader)',
      params: IdParams,
      body: RevokeResultRequest,
      response: { 200: ResultDocument },
    },
    handler: async (request) =>
      toResultDocument(
        await revokeResult(db, contextOf(request), request.params.id, request.body, now()),
        services.publicUrl,
      ),
  });
  app.post('/api/results/:id/reissue', {
    config: { access: { permission: 'result:reissue' } },
    schema: {
      tags: ['results'],
      summary: 'Reissue a valid result: new number, newly signed, the old one superseded (leader)',
      params: IdParams,
      response: { 201: ResultDocument },
    },
    handler: async (request, reply) => {
      const row = await reissueResult(db, contextOf(request), request.params.id, now());
      return reply.status(201).send(toResultDocument(row, services.publicUrl));
    },
  });
}

/** Names the download after the register number: "123-2026-CCHND-SYT.pdf". */
export function sendPdf(
  reply: { type: (t: string) => unknown; header: (k: string, v: string) => unknown; send: (b: Buffer) => unknown },
  pdf: Buffer,
  number: string,
) {
  reply.type('application/pdf');
  reply.header('content-disposition', `inline; filename="${number.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf"`);
  return reply.send(pdf);
}
