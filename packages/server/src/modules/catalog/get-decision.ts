import { diffContent, type DecisionDetail } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { requireOwnAgency, type Actor } from '../auth/actor.js';
import { findDecision, listChanges } from './decision.repository.js';
import { toDecision } from './decision-view.js';
import { effectiveInstant } from './effective-instant.js';
import { findVersionInForce } from './procedure.repository.js';

/**
 * A decision with each change shown as a before/after diff. "Before" is the version in force
 * just before the decision's effective date for a draft, and the version it superseded for a
 * published decision (the instant just before it took effect), so the diff reads the same then and now.
 */
export async function getDecision(db: Queryable, actor: Actor, decisionId: string): Promise<DecisionDetail> {
  const decision = requireOwnAgency(actor, await findDecision(db, actor.agencyId, decisionId));
  const at = await effectiveInstant(db, actor.agencyId, decision.effective_from);
  const justBefore = new Date(at.getTime() - 1);
  const changes = await listChanges(db, actor.agencyId, decisionId);
  const views = [];
  for (const c of changes) {
    const previous =
      c.kind === 'new' ? undefined : await findVersionInForce(db, actor.agencyId, c.procedure_code, justBefore);
    const before = previous && !previous.is_abolished ? previous.content : null;
    const after = c.kind === 'abolish' ? null : c.content;
    const name = (after as { name?: string } | null)?.name ?? previous?.name ?? c.procedure_code;
    views.push({
      id: c.id,
      kind: c.kind,
      procedureCode: c.procedure_code,
      replacementCode: c.replacement_code,
      name,
      diff: diffContent(before, after),
    });
  }
  return { ...toDecision(decision), changes: views };
}
