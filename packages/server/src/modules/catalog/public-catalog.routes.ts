import { AppError, ProcedureDetail, ProcedureList } from '@motcua/core';
import { z } from 'zod';
import type { Queryable } from '../../db/database.js';
import type { App, Deps } from '../../http/app-types.js';
import { resolvePublicAgencyId } from '../calendar/compute-due-date.js';
import { expectedAppointment } from './expected-appointment.js';
import { getProcedureView } from './procedure-view.js';
import { CHANNEL_FILTERS, listFields, searchProcedures } from './search-procedures.js';

const AgencyQuery = z.object({
  agency: z.string().trim().max(50).optional().describe('National code of the agency; default: the main demo agency'),
});
const PublicSearch = AgencyQuery.extend({
  q: z.string().trim().max(200).optional(),
  field: z.string().trim().max(200).optional(),
  channel: z.enum(CHANNEL_FILTERS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const Appointment = z.object({
  receivedAt: z.string(),
  countsFrom: z.string(),
  dueAt: z.string(),
});
const PublicProcedure = ProcedureDetail.extend({
  agency: z.object({ code: z.string(), name: z.string() }),
  expectedAppointment: Appointment.nullable().describe('If a complete dossier were received now'),
});
const PublicAgencies = z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) });

/** Published catalog pages for citizens: no sign-in, no personal data. */
export function registerPublicCatalogRoutes(app: App, { db, now }: Deps): void {
  const open = { access: { public: true as const } };
  app.get('/api/public/agencies', {
    config: open,
    schema: { tags: ['public'], summary: 'Agencies that publish a catalog', response: { 200: PublicAgencies } },
    handler: async () => {
      const today = now().toISOString().slice(0, 10);
      const items = await db
        .selectFrom('agency')
        .select(['code', 'name'])
        .where('valid_from', '<=', today)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
        .orderBy('name')
        .execute();
      return { items };
    },
  });
  app.get('/api/public/procedures', {
    config: open,
    schema: {
      tags: ['public'],
      summary: 'Search the procedures in force (diacritic-insensitive, typo-tolerant)',
      querystring: PublicSearch,
      response: { 200: ProcedureList },
    },
    handler: async (request) => {
      const { agency, ...query } = request.query;
      return searchProcedures(db, await agencyIdOf(db, agency), query, now());
    },
  });
  app.get('/api/public/procedures/:code', {
    config: open,
    schema: {
      tags: ['public'],
      summary: 'A procedure with every field, its decision history and the expected appointment',
      params: z.object({ code: z.string().min(1).max(50) }),
      querystring: AgencyQuery,
      response: { 200: PublicProcedure },
    },
    handler: async (request) => {
      const agencyId = await agencyIdOf(db, request.query.agency);
      const at = now();
      const view = await getProcedureView(db, agencyId, request.params.code, at);
      const agency = await db
        .selectFrom('agency')
        .select(['code', 'name'])
        .where('id', '=', agencyId)
        .executeTakeFirstOrThrow();
      const appointment = view.status === 'in_force' ? await expectedAppointment(db, agencyId, view.content, at) : null;
      return { ...view, agency, expectedAppointment: appointment };
    },
  });
  app.get('/api/public/fields', {
    config: open,
    schema: {
      tags: ['public'],
      summary: 'Fields (lĩnh vực) with procedures in force',
      querystring: AgencyQuery,
      response: { 200: z.object({ items: z.array(z.string()) }) },
    },
    handler: async (request) => ({ items: await listFields(db, await agencyIdOf(db, request.query.agency), now()) }),
  });
}

async function agencyIdOf(db: Queryable, code: string | undefined): Promise<string> {
  if (!code) return resolvePublicAgencyId(db, undefined);
  const row = await db.selectFrom('agency').select('id').where('code', '=', code).executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', [
      { field: 'querystring.agency', message: { vi: 'Không có cơ quan với mã này.', en: 'No agency with this code.' } },
    ]);
  return row.id;
}
