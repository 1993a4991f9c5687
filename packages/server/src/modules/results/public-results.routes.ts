import { FileCheckResult, PublicResult } from '@motcua/core';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App, Deps } from '../../http/app-types.js';
import { AppError } from '@motcua/core';
import { checkResultFile, getPublicResult } from './public-results.js';
import { findPublicResult } from './results.repository.js';
import { sendPdf } from './results.routes.js';

const IdParams = z.object({ id: z.uuid() });
/** Result PDFs are tens of kilobytes; a scan-heavy one stays well under this. */
const MAX_CHECK_BYTES = 10 * 1024 * 1024;

/** The public verification of a result (no sign-in): the page behind the QR code. */
export function registerPublicResultRoutes(app: App, { db, files }: Deps): void {
  app.get('/api/public/results/:id', {
    config: { access: { public: true } },
    schema: {
      tags: ['public'],
      summary: 'Verify a result: issuer, type, number, date, masked holder, status',
      params: IdParams,
      response: { 200: PublicResult },
    },
    handler: async (request) => getPublicResult(db, request.params.id),
  });

  app.get('/api/public/results/:id/pdf', {
    config: { access: { public: true } },
    schema: {
      tags: ['public'],
      summary: 'The signed result PDF (for its holder, who has the QR code)',
      params: IdParams,
    },
    handler: async (request, reply) => {
      const row = await findPublicResult(db, request.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      return sendPdf(reply, await files.get(row.signed_sha256), row.number_text);
    },
  });

  app.register(async (scope) => {
    // The file to check arrives as raw bytes, whatever its declared type.
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_CHECK_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post('/api/public/results/:id/check', {
      config: { access: { public: true } },
      bodyLimit: MAX_CHECK_BYTES,
      schema: {
        tags: ['public'],
        summary: 'Does this file match the signed result? (raw body, SHA-256 comparison)',
        params: IdParams,
        response: { 200: FileCheckResult },
      },
      handler: async (request) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        return checkResultFile(db, request.params.id, body);
      },
    });
  });
}
