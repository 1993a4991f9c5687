import type { ProcedureContent } from '@motcua/core';
import type { Tx } from '../db/database.js';
import { normalise, type NormalisedChange } from '../modules/catalog/decision-changes.js';
import { insertChange } from '../modules/catalog/decision.repository.js';
import { effectiveInstant } from '../modules/catalog/effective-instant.js';
import { applyChange } from '../modules/catalog/publish-decision.js';
import { refreshSearchWords } from '../modules/catalog/search-words.js';
import {
  ABOLISH_DECISION,
  FEE_AMENDMENT_DECISION,
  SEED_DECISION,
  type AnnouncementDecision,
} from './procedures/demo-decisions.js';
import { DEMO_PROCEDURES } from './procedures/demo-procedures.js';

/**
 * The demo catalog goes through the same path as a real one: three published announcement
 * decisions (the seed, a fee amendment, an abolition), each applied change by change, so the
 * demo shows a procedure's history.
 */
export async function seedCatalog(tx: Tx, agencyId: string): Promise<number> {
  const focal = await tx
    .selectFrom('app_user')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('role', '=', 'focal_officer')
    .executeTakeFirst();
  const publishedBy = focal?.id ?? null;
  const byCode = new Map(DEMO_PROCEDURES.map((p) => [p.code, p]));
  const amendments = FEE_AMENDMENT_DECISION.changes.map((c): NormalisedChange => {
    const current = byCode.get(c.code);
    if (!current) throw new Error(`fee amendment for unknown demo procedure ${c.code}`);
    return normalise({ kind: 'amend', content: { ...current, fees: c.fees } satisfies ProcedureContent });
  });
  const plan: [AnnouncementDecision, NormalisedChange[]][] = [
    [SEED_DECISION, DEMO_PROCEDURES.map((content) => normalise({ kind: 'new', content }))],
    [FEE_AMENDMENT_DECISION, amendments],
    [
      ABOLISH_DECISION,
      ABOLISH_DECISION.abolishedCodes.map((procedureCode) => normalise({ kind: 'abolish', procedureCode })),
    ],
  ];
  for (const [decision, changes] of plan) {
    const { id } = await tx
      .insertInto('announcement_decision')
      .values({
        agency_id: agencyId,
        number: decision.number,
        title: decision.title,
        signed_on: decision.signedOn,
        signer: decision.signer,
        effective_from: decision.effectiveFrom,
        status: 'published',
        created_by: publishedBy,
        published_at: new Date(),
        published_by: publishedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const at = await effectiveInstant(tx, agencyId, decision.effectiveFrom);
    for (const change of changes) {
      await insertChange(tx, { agencyId, decisionId: id, ...change });
      await applyChange(tx, agencyId, id, at, change);
    }
  }
  await refreshSearchWords(tx, agencyId);
  // The caller's one 'demo.seed' audit row records this too.
  return DEMO_PROCEDURES.length;
}
