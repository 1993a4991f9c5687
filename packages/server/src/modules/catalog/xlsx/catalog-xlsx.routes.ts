import { AppError, CHANGE_KINDS } from '@motcua/core';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../http/access.js';
import type { App, Deps } from '../../../http/app-types.js';
import { requestLanguage } from '../../../http/language.js';
import { exportCatalog, XLSX_TYPE } from './export-catalog.js';
import { importWorkbook, type ImportSummary } from './import-workbook.js';
import { describeProblem, problemField } from './workbook-problems.js';

/** A catalog of a few hundred procedures is well under 1 MB; 10 MB leaves room for formatting. */
const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

const DecisionParams = z.object({ id: z.uuid() });
const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('true').describe('true (default): check and report, write nothing'),
});

const WorkbookProblem = z.object({
  sheet: z.string().nullable(),
  row: z.number().int().nullable().describe('Row number as Excel shows it'),
  column: z.string().nullable().describe('Header of the column'),
  field: z.string().describe('Excel reference, e.g. Thủ tục!B7, as in error.details[].field'),
  message: z.string(),
});

const ImportResult = z
  .object({
    valid: z.boolean(),
    dryRun: z.boolean(),
    problems: z.array(WorkbookProblem),
    changes: z.array(z.object({ kind: z.enum(CHANGE_KINDS), code: z.string(), name: z.string() })),
    unchanged: z.number().int(),
    alreadyInDecision: z.array(z.string()),
    notInWorkbook: z.array(z.string()).describe('In force but not in the workbook: reported, never abolished'),
  })
  .meta({ id: 'CatalogImportResult' });

/** The catalog as an Excel workbook, out (export) and back in as a draft decision's changes. */
export function registerCatalogXlsxRoutes(app: App, { db, now }: Deps): void {
  // Encapsulated, so the raw-bytes parser and its larger body limit apply to these routes only.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer', bodyLimit: MAX_WORKBOOK_BYTES }, (_req, body, done) =>
      done(null, body),
    );

    scope.get('/api/catalog/export.xlsx', {
      config: { access: { permission: 'catalog:read' } },
      schema: {
        tags: ['catalog'],
        summary: 'The catalog in force now, as an XLSX workbook (docs/CATALOG-WORKBOOK.md)',
      },
      handler: async (request, reply) => {
        const workbook = await exportCatalog(db, contextOf(request).actor, now());
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', `attachment; filename="${workbook.filename}"`)
          .send(workbook.bytes);
      },
    });

    scope.post('/api/catalog/decisions/:id/import', {
      config: { access: { permission: 'catalog:manage' } },
      bodyLimit: MAX_WORKBOOK_BYTES,
      schema: {
        tags: ['catalog'],
        summary: 'Import a catalog workbook into a draft decision (dry run by default)',
        description: `Body: the .xlsx file itself, Content-Type ${XLSX_TYPE}. A real import with any problem answers 400 with every problem in error.details and writes nothing.`,
        params: DecisionParams,
        querystring: ImportQuery,
        response: { 200: ImportResult },
      },
      handler: async (request) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        const dryRun = request.query.dryRun === 'true';
        const summary = await importWorkbook(db, contextOf(request), request.params.id, request.body, { dryRun });
        return render(summary, requestLanguage(request));
      },
    });
  });
}

function render(summary: ImportSummary, language: 'vi' | 'en'): z.infer<typeof ImportResult> {
  return {
    ...summary,
    problems: summary.problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      field: problemField(p),
      message: describeProblem(p, language),
    })),
    changes: summary.changes.map((c) => ({ kind: c.kind, code: c.code, name: c.name })),
  };
}
