import { z } from 'zod';
import type { App, Deps } from '../../http/app-types.js';
import { requestLanguage } from '../../http/language.js';
import { resolvePublicAgencyId } from '../calendar/compute-due-date.js';
import { lookupDossier } from './public-lookup.js';
import { PublicParcel } from '@motcua/core';

const PublicDossier = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  applicantName: z.string().describe('Masked: family name, then initials'),
  nationalStatus: z.number().int(),
  state: z.string(),
  statusText: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  isPaused: z.boolean(),
  finishedAt: z.string().nullable(),
  timeline: z.array(
    z.object({
      at: z.string(),
      step: z.string(),
      note: z.string().nullable().optional().describe('The apology letter, on an apology step'),
      newDueAt: z.string().optional().describe('The new appointment, on an apology step'),
    }),
  ),
  parcel: PublicParcel.nullable().describe('The result sent by post: tracking number and status only'),
});

/** Citizens look a dossier up by its code (printed on the receipt, with a QR code). */
export function registerPublicDossierRoutes(app: App, { db }: Deps): void {
  app.get('/api/public/dossiers/:code', {
    config: { access: { public: true } },
    schema: {
      tags: ['public'],
      summary: 'Public lookup of a dossier by code (no personal data)',
      params: z.object({ code: z.string().trim().min(5).max(60) }),
      querystring: z.object({ agency: z.string().max(50).optional() }),
      response: { 200: PublicDossier },
    },
    handler: async (request) => {
      const code = request.query.agency;
      const agencyId = code
        ? ((await db.selectFrom('agency').select('id').where('code', '=', code).executeTakeFirst())?.id ??
          '00000000-0000-0000-0000-000000000000')
        : await resolvePublicAgencyId(db, undefined);
      return lookupDossier(db, agencyId, request.params.code, requestLanguage(request));
    },
  });
}
