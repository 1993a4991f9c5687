import {
  AppError,
  DEFAULT_RESULT_TEMPLATE,
  unknownPlaceholders,
  type ResultTemplate,
  type ResultTemplateInput,
} from '@motcua/core';
import type { Db, Queryable } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { inForceAt } from '../catalog/procedure.repository.js';

/** The procedures in force, each with its saved template or the default one. */
export async function listResultTemplates(db: Queryable, agencyId: string, now: Date): Promise<ResultTemplate[]> {
  const rows = await db
    .selectFrom('procedure_version')
    .innerJoin('procedure', (j) =>
      j
        .onRef('procedure.agency_id', '=', 'procedure_version.agency_id')
        .onRef('procedure.id', '=', 'procedure_version.procedure_id'),
    )
    .leftJoin('result_template', (j) =>
      j
        .onRef('result_template.agency_id', '=', 'procedure_version.agency_id')
        .onRef('result_template.procedure_code', '=', 'procedure.code'),
    )
    .select([
      'procedure.code',
      'procedure_version.name',
      'result_template.title',
      'result_template.body',
      'result_template.register_symbol',
      'result_template.updated_at',
    ])
    .where('procedure_version.agency_id', '=', agencyId)
    .where('procedure_version.is_abolished', '=', false)
    .where(inForceAt(now))
    .orderBy('procedure.code')
    .execute();
  return rows.map((r) => ({
    procedureCode: r.code,
    procedureName: r.name,
    title: r.title ?? DEFAULT_RESULT_TEMPLATE.title,
    body: r.body ?? DEFAULT_RESULT_TEMPLATE.body,
    registerSymbol: r.register_symbol ?? DEFAULT_RESULT_TEMPLATE.registerSymbol,
    isSaved: r.title !== null,
    updatedAt: r.updated_at?.toISOString() ?? null,
  }));
}

/** The template used to issue a result of `procedureCode` (the default when none is saved). */
export async function templateFor(db: Queryable, agencyId: string, procedureCode: string) {
  const row = await db
    .selectFrom('result_template')
    .select(['title', 'body', 'register_symbol'])
    .where('agency_id', '=', agencyId)
    .where('procedure_code', '=', procedureCode)
    .executeTakeFirst();
  return row
    ? { title: row.title, body: row.body, registerSymbol: row.register_symbol }
    : { ...DEFAULT_RESULT_TEMPLATE };
}

export async function saveResultTemplate(
  db: Db,
  ctx: RequestContext,
  procedureCode: string,
  input: ResultTemplateInput,
  now: Date,
): Promise<ResultTemplate> {
  const agencyId = ctx.actor.agencyId;
  const unknown = unknownPlaceholders(`${input.title}\n${input.body}`);
  if (unknown.length > 0)
    throw new AppError('VALIDATION_FAILED', [
      {
        field: 'body.body',
        message: {
          vi: `Trường thay thế không tồn tại: ${unknown.map((u) => `{{${u}}}`).join(', ')}.`,
          en: `Unknown placeholders: ${unknown.map((u) => `{{${u}}}`).join(', ')}.`,
        },
      },
    ]);
  const existing = (await listResultTemplates(db, agencyId, now)).find((t) => t.procedureCode === procedureCode);
  if (!existing) throw new AppError('NOT_FOUND');
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('result_template')
      .values({
        agency_id: agencyId,
        procedure_code: procedureCode,
        title: input.title,
        body: input.body,
        register_symbol: input.registerSymbol,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .onConflict((oc) =>
        oc.columns(['agency_id', 'procedure_code']).doUpdateSet({
          title: input.title,
          body: input.body,
          register_symbol: input.registerSymbol,
          updated_at: now,
          updated_by: ctx.actor.userId,
        }),
      )
      .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'result.template_save',
      targetType: 'procedure',
      targetId: procedureCode,
      details: { title: input.title, registerSymbol: input.registerSymbol },
    });
  });
  return { ...existing, ...input, isSaved: true, updatedAt: now.toISOString() };
}
