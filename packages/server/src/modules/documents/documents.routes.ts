import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { trackingBook } from '../dossiers/tracking-book.js';
import { getHandover } from '../postal/handover-view.js';
import { issuingAgency } from './documents.repository.js';
import type { FormDefinition, ModelHeading, ReceptionSlipFacts } from './form-definition.js';
import { handoverRecordForm } from './forms/handover-record.js';
import { DOSSIER_FORM_FILES, DOSSIER_FORMS, type DossierFormName } from './forms/index.js';
import { receptionRefusalForm } from './forms/refusal.js';
import { receptionSupplementForm } from './forms/supplement-request.js';
import { trackingBookForm } from './forms/tracking-book.js';
import { loadDossierFacts } from './load-dossier-facts.js';
import { loadSlipFacts } from './load-slip-facts.js';
import { printForm, type PrintedDocument } from './print-form.js';

/** The most rows one printed tracking book holds; narrow the range for more. */
const TRACKING_BOOK_MAX_ROWS = 2000;

const PdfResponse = { 200: z.any().describe('application/pdf') };

function sendPdf(reply: FastifyReply, doc: PrintedDocument) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${doc.fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('x-document-sha256', doc.sha256)
    .send(doc.bytes);
}

/** Where the QR codes point: PUBLIC_BASE_URL, or the origin the staff member is using. */
function publicBase(request: FastifyRequest, configured: string | undefined): string {
  return configured ?? `${request.protocol}://${request.host}`;
}

/** Statutory forms as PDF (DOMAIN.md §6), printed from the screen where each step happens. */
export function registerDocumentRoutes(app: App, { db, files, now, config }: Deps): void {
  app.get('/api/dossiers/:id/forms/:file', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['documents'],
      summary:
        'A statutory form of a dossier as PDF: receipt (01), supplement-request (02), refusal (03), apology (04), stop-notice (05), control-slip (06)',
      params: z.object({ id: z.uuid(), file: z.enum(DOSSIER_FORM_FILES) }),
      produces: ['application/pdf'],
      response: PdfResponse,
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const def = DOSSIER_FORMS[request.params.file.replace(/\.pdf$/, '') as DossierFormName];
      const facts = await loadDossierFacts(db, ctx.actor, request.params.id, publicBase(request, config.publicBaseUrl));
      const doc = await printForm(
        db,
        files,
        ctx,
        def,
        facts,
        { key: `dossier:${facts.dossier.id}`, dossierId: facts.dossier.id },
        now(),
      );
      return sendPdf(reply, doc);
    },
  });
  app.get('/api/reception-slips/:id/slip.pdf', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['documents'],
      summary: 'A supplement request (02) or refusal (03) issued at the counter, as PDF',
      params: z.object({ id: z.uuid() }),
      produces: ['application/pdf'],
      response: PdfResponse,
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const facts = await loadSlipFacts(db, ctx.actor, request.params.id);
      const def: FormDefinition<ModelHeading, ReceptionSlipFacts> =
        facts.slip.kind === 'supplement' ? receptionSupplementForm : receptionRefusalForm;
      const doc = await printForm(
        db,
        files,
        ctx,
        def,
        facts,
        { key: `reception-slip:${facts.slip.id}`, receptionSlipId: facts.slip.id },
        now(),
      );
      return sendPdf(reply, doc);
    },
  });
  app.get('/api/handovers/:id/record.pdf', {
    config: { access: { permission: 'handover:read' } },
    schema: {
      tags: ['documents'],
      summary: 'A hand-over record (biên bản bàn giao hồ sơ) as PDF, with both signature places',
      params: z.object({ id: z.uuid() }),
      produces: ['application/pdf'],
      response: PdfResponse,
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      // The same visibility as reading the record: own agency, and a courier only their own exchanges with the post.
      const record = await getHandover(db, ctx.actor, request.params.id);
      const facts = { agency: await issuingAgency(db, ctx.actor.agencyId, 'BỘ PHẬN MỘT CỬA'), record };
      const doc = await printForm(
        db,
        files,
        ctx,
        handoverRecordForm,
        facts,
        { key: `handover:${record.id}`, target: { type: 'handover', id: record.id } },
        now(),
      );
      return sendPdf(reply, doc);
    },
  });
  app.get('/api/dossiers/tracking-book.pdf', {
    config: { access: { permission: 'dossier:read' } },
    schema: {
      tags: ['documents'],
      summary: 'The tracking book (07) of dossiers received between two dates, as PDF',
      querystring: z
        .object({ from: z.iso.date(), to: z.iso.date() })
        .refine((q) => q.from <= q.to, { path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu' }),
      produces: ['application/pdf'],
      response: PdfResponse,
    },
    handler: async (request, reply) => {
      const ctx = contextOf(request);
      const { from, to } = request.query;
      const book = await trackingBook(db, ctx.actor.agencyId, from, to, 1, TRACKING_BOOK_MAX_ROWS);
      const at = now();
      const facts = {
        agency: await issuingAgency(db, ctx.actor.agencyId, 'BỘ PHẬN MỘT CỬA'),
        from,
        to,
        // The date line is the day of printing: the same book printed on another day is a new paper.
        printedAt: new Date(
          Math.floor((at.getTime() + 7 * 3600_000) / 86_400_000) * 86_400_000 - 7 * 3600_000,
        ).toISOString(),
        items: book.items,
      };
      const doc = await printForm(db, files, ctx, trackingBookForm, facts, { key: `tracking-book:${from}..${to}` }, at);
      return sendPdf(reply, doc);
    },
  });
}
