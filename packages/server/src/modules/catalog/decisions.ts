import type { DecisionInput } from '@motcua/core';
import type { Db, Queryable } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { conflict, DECISION_NOT_DRAFT, invalid } from './catalog-errors.js';
import { findDecision, lockDecision } from './decision.repository.js';
import { toDecision } from './decision-view.js';

/** Drafting a decision: create, edit its header, or discard it while it is still a draft. */
export async function createDecision(db: Db, ctx: RequestContext, input: DecisionInput) {
  checkDates(input);
  const id = await db.transaction().execute(async (tx) => {
    await assertNumberFree(tx, ctx.actor.agencyId, input.number);
    const row = await tx
      .insertInto('announcement_decision')
      .values({
        agency_id: ctx.actor.agencyId,
        number: input.number,
        title: input.title,
        signed_on: input.signedOn,
        signer: input.signer,
        effective_from: input.effectiveFrom,
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, originOf(ctx), {
      action: 'decision.create',
      targetType: 'decision',
      targetId: row.id,
      details: { ...input },
    });
    return row.id;
  });
  return toDecision(requireOwnAgency(ctx.actor, await findDecision(db, ctx.actor.agencyId, id)));
}

export async function updateDecision(db: Db, ctx: RequestContext, decisionId: string, input: DecisionInput) {
  checkDates(input);
  await db.transaction().execute(async (tx) => {
    const decision = requireOwnAgency(ctx.actor, await lockDecision(tx, ctx.actor.agencyId, decisionId));
    if (decision.status !== 'draft') throw conflict('status', DECISION_NOT_DRAFT);
    if (decision.number !== input.number) await assertNumberFree(tx, ctx.actor.agencyId, input.number);
    await tx
      .updateTable('announcement_decision')
      .set({
        number: input.number,
        title: input.title,
        signed_on: input.signedOn,
        signer: input.signer,
        effective_from: input.effectiveFrom,
      })
      .where('agency_id', '=', ctx.actor.agencyId)
      .where('id', '=', decisionId)
      .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'decision.update',
      targetType: 'decision',
      targetId: decisionId,
      details: { ...input },
    });
  });
  return toDecision(requireOwnAgency(ctx.actor, await findDecision(db, ctx.actor.agencyId, decisionId)));
}

export async function deleteDecision(db: Db, ctx: RequestContext, decisionId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const decision = requireOwnAgency(ctx.actor, await lockDecision(tx, ctx.actor.agencyId, decisionId));
    if (decision.status !== 'draft') throw conflict('status', DECISION_NOT_DRAFT);
    await tx
      .deleteFrom('announcement_decision')
      .where('agency_id', '=', ctx.actor.agencyId)
      .where('id', '=', decisionId)
      .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'decision.delete',
      targetType: 'decision',
      targetId: decisionId,
      details: { number: decision.number },
    });
  });
}

function checkDates(input: DecisionInput): void {
  if (input.effectiveFrom < input.signedOn) {
    throw invalid('body.effectiveFrom', {
      vi: 'Ngày có hiệu lực không được trước ngày ký.',
      en: 'The effective date cannot be before the signing date.',
    });
  }
}

async function assertNumberFree(db: Queryable, agencyId: string, number: string): Promise<void> {
  const taken = await db
    .selectFrom('announcement_decision')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (taken) {
    throw conflict('body.number', {
      vi: 'Số quyết định này đã có.',
      en: 'A decision with this number already exists.',
    });
  }
}
