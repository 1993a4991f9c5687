import { ChannelFiguresReport } from '@motcua/core';
import { z } from 'zod';
import { contextOf } from '../../http/access.js';
import type { App, Deps } from '../../http/app-types.js';
import { requestLanguage } from '../../http/language.js';
import { XLSX_TYPE } from '../catalog/xlsx/export-catalog.js';
import { channelFigures, channelFiguresWorkbook } from './channel-figures.js';

const Period = z.object({ from: z.iso.date(), to: z.iso.date() });

export function registerReportRoutes(app: App, { db, now }: Deps): void {
  app.get('/api/reports/channel-figures', {
    config: { access: { permission: 'report:read' } },
    schema: {
      tags: ['reports'],
      summary:
        'Dossiers received by channel, returned by method, and handled by postal staff, for local dates [from, to]',
      querystring: Period,
      response: { 200: ChannelFiguresReport },
    },
    handler: async (request) => channelFigures(db, contextOf(request).actor, request.query.from, request.query.to),
  });
  app.get('/api/reports/channel-figures.xlsx', {
    config: { access: { permission: 'report:read' } },
    schema: {
      tags: ['reports'],
      summary: 'The channel figures as an XLSX workbook',
      querystring: Period,
    },
    handler: async (request, reply) => {
      const { from, to } = request.query;
      const report = await channelFigures(db, contextOf(request).actor, from, to);
      const bytes = await channelFiguresWorkbook(report, requestLanguage(request), now());
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="so-lieu-theo-kenh-${from}-${to}.xlsx"`)
        .send(bytes);
    },
  });
}
