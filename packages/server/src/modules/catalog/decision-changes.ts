import type { ChangeInput, ProcedureContent } from '@motcua/core';
import type { Db, Queryable } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { conflict, DECISION_NOT_DRAFT } from './catalog-errors.js';
import { insertChange, lockDecision } from './decision.repository.js';
import { effectiveInstant } from './effective-instant.js';
import { findProcedureId, findVersionInForce } from './procedure.repository.js';

/** The change as stored: which procedure it is about, and the new content if any. */
export type NormalisedChange = {
  kind: ChangeInput['kind'];
  procedureCode: string;
  replacementCode: string | null;
  content: ProcedureContent | null;
};

export function normalise(change: ChangeInput): NormalisedChange {
  switch (change.kind) {
    case 'new':
    case 'amend':
      return { kind: change.kind, procedureCode: change.content.code, replacementCode: null, content: change.content };
    case 'replace':
      return {
        kind: 'replace',
        procedureCode: change.procedureCode,
        replacementCode: change.content.code,
        content: change.content,
      };
    case 'abolish':
      return { kind: 'abolish', procedureCode: change.procedureCode, replacementCode: null, content: null };
  }
}

/**
 * Checks a change against the catalog as it will stand when the decision takes effect:
 * a new code must be unused; amend, replace and abolish need a procedure in force then.
 * Run when the change is added and again at publication, since the catalog may have moved.
 */
export async function checkChange(db: Queryable, agencyId: string, at: Date, c: NormalisedChange): Promise<void> {
  const field = c.kind === 'new' || c.kind === 'amend' ? 'body.content.code' : 'body.procedureCode';
  if (c.kind === 'new') {
    if (await findProcedureId(db, agencyId, c.procedureCode)) throw conflict(field, CODE_TAKEN(c.procedureCode));
    return;
  }
  const current = await findVersionInForce(db, agencyId, c.procedureCode, at);
  if (!current || current.is_abolished) throw conflict(field, NOT_IN_FORCE(c.procedureCode));
  if (c.kind === 'replace' && c.replacementCode && (await findProcedureId(db, agencyId, c.replacementCode))) {
    throw conflict('body.content.code', CODE_TAKEN(c.replacementCode));
  }
}

export async function addChange(db: Db, ctx: RequestContext, decisionId: string, input: ChangeInput) {
  const change = normalise(input);
  return db.transaction().execute(async (tx) => {
    const decision = requireOwnAgency(ctx.actor, await lockDecision(tx, ctx.actor.agencyId, decisionId));
    if (decision.status !== 'draft') throw conflict('status', DECISION_NOT_DRAFT);
    const at = await effectiveInstant(tx, ctx.actor.agencyId, decision.effective_from);
    await checkChange(tx, ctx.actor.agencyId, at, change);
    const already = await tx
      .selectFrom('decision_change')
      .select('id')
      .where('agency_id', '=', ctx.actor.agencyId)
      .where('decision_id', '=', decisionId)
      .where((eb) =>
        eb.or([eb('procedure_code', '=', change.procedureCode), eb('replacement_code', '=', change.procedureCode)]),
      )
      .executeTakeFirst();
    if (already) throw conflict('body', ALREADY_IN_DECISION(change.procedureCode));
    const row = await insertChange(tx, { agencyId: ctx.actor.agencyId, decisionId, ...change });
    await appendAudit(tx, originOf(ctx), {
      action: 'decision.change.add',
      targetType: 'decision',
      targetId: decisionId,
      details: { kind: change.kind, procedureCode: change.procedureCode, replacementCode: change.replacementCode },
    });
    return row.id;
  });
}

export async function removeChange(db: Db, ctx: RequestContext, decisionId: string, changeId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const decision = requireOwnAgency(ctx.actor, await lockDecision(tx, ctx.actor.agencyId, decisionId));
    if (decision.status !== 'draft') throw conflict('status', DECISION_NOT_DRAFT);
    const removed = await tx
      .deleteFrom('decision_change')
      .where('agency_id', '=', ctx.actor.agencyId)
      .where('decision_id', '=', decisionId)
      .where('id', '=', changeId)
      .returning(['procedure_code', 'kind'])
      .executeTakeFirst();
    requireOwnAgency(ctx.actor, removed && { agency_id: ctx.actor.agencyId, ...removed });
    await appendAudit(tx, originOf(ctx), {
      action: 'decision.change.remove',
      targetType: 'decision',
      targetId: decisionId,
      details: { changeId, procedureCode: removed?.procedure_code },
    });
  });
}

const CODE_TAKEN = (code: string) => ({
  vi: `Mã thủ tục ${code} đã có trong danh mục.`,
  en: `Procedure code ${code} is already in the catalog.`,
});
const NOT_IN_FORCE = (code: string) => ({
  vi: `Thủ tục ${code} không có hiệu lực vào ngày quyết định có hiệu lực.`,
  en: `Procedure ${code} is not in force on the decision's effective date.`,
});
const ALREADY_IN_DECISION = (code: string) => ({
  vi: `Quyết định đã có một thay đổi cho thủ tục ${code}.`,
  en: `The decision already has a change for procedure ${code}.`,
});
