import { ProcedureContent } from '@motcua/core';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { conflict, DECISION_NOT_DRAFT } from './catalog-errors.js';
import { checkChange, type NormalisedChange } from './decision-changes.js';
import { findDecision, listChanges, lockDecision } from './decision.repository.js';
import { toDecision } from './decision-view.js';
import { effectiveInstant } from './effective-instant.js';
import { findProcedureId, findVersionInForce, insertProcedure, insertVersion } from './procedure.repository.js';
import { refreshSearchWords } from './search-words.js';

/**
 * Publishes a draft: every change becomes a new version effective at 00:00 of the decision's
 * effective date, all in one transaction, and the decision is frozen. Publications of one
 * agency are serialised so two decisions cannot both "create" the same code.
 */
export async function publishDecision(db: Db, ctx: RequestContext, decisionId: string) {
  const agencyId = ctx.actor.agencyId;
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('catalog-publish'), hashtext(${agencyId}))`.execute(tx);
    const decision = requireOwnAgency(ctx.actor, await lockDecision(tx, agencyId, decisionId));
    if (decision.status !== 'draft') throw conflict('status', DECISION_NOT_DRAFT);
    const changes = (await listChanges(tx, agencyId, decisionId)).map(toNormalised);
    if (changes.length === 0) {
      throw conflict('changes', {
        vi: 'Quyết định chưa có thay đổi nào để công bố.',
        en: 'The decision has no changes to publish.',
      });
    }
    const at = await effectiveInstant(tx, agencyId, decision.effective_from);
    for (const change of changes) {
      await checkChange(tx, agencyId, at, change);
      await applyChange(tx, agencyId, decisionId, at, change);
    }
    await refreshSearchWords(tx, agencyId);
    await tx
      .updateTable('announcement_decision')
      .set({ status: 'published', published_at: new Date(), published_by: ctx.actor.userId })
      .where('agency_id', '=', agencyId)
      .where('id', '=', decisionId)
      .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'decision.publish',
      targetType: 'decision',
      targetId: decisionId,
      details: { number: decision.number, changes: changes.map((c) => `${c.kind}:${c.procedureCode}`) },
    });
  });
  return toDecision(requireOwnAgency(ctx.actor, await findDecision(db, agencyId, decisionId)));
}

export async function applyChange(tx: Tx, agencyId: string, decisionId: string, at: Date, c: NormalisedChange) {
  const base = { agencyId, decisionId, effectiveFrom: at, kind: c.kind };
  if (c.kind === 'new') {
    const procedureId = await insertProcedure(tx, agencyId, c.procedureCode);
    await insertVersion(tx, { ...base, procedureId, isAbolished: false, content: required(c.content) });
    return;
  }
  const current = await findVersionInForce(tx, agencyId, c.procedureCode, at);
  const procedureId = await findProcedureId(tx, agencyId, c.procedureCode);
  if (!current || !procedureId) throw new Error(`checked change lost its procedure ${c.procedureCode}`);
  if (c.kind === 'amend') {
    await insertVersion(tx, { ...base, procedureId, isAbolished: false, content: required(c.content) });
    return;
  }
  // Abolish and replace both end the old procedure; its last content stays readable in history.
  const lastContent = ProcedureContent.parse(current.content);
  await insertVersion(tx, { ...base, procedureId, isAbolished: true, content: lastContent });
  if (c.kind === 'replace') {
    const newId = await insertProcedure(tx, agencyId, required(c.content).code);
    await insertVersion(tx, { ...base, procedureId: newId, isAbolished: false, content: required(c.content) });
  }
}

function toNormalised(row: {
  kind: NormalisedChange['kind'];
  procedure_code: string;
  replacement_code: string | null;
  content: unknown;
}): NormalisedChange {
  return {
    kind: row.kind,
    procedureCode: row.procedure_code,
    replacementCode: row.replacement_code,
    content: row.content === null ? null : ProcedureContent.parse(row.content),
  };
}

function required(content: ProcedureContent | null): ProcedureContent {
  if (!content) throw new Error('change without content');
  return content;
}
