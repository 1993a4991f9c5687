import { AppError, nextState, type ActionRequest } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { checkActionRules } from './action-rules.js';
import { defaultCounter, nextDossierCode } from './dossier-code.js';
import {
  findDossierWithEvents,
  insertEvent,
  updateDossierReturningDetail,
  type DossierDetailRow,
} from './dossier.repository.js';
import { project } from './dossier-projection.js';
import { pinnedProcedureContent } from './pinned-procedure.js';
import { unitIdByCode } from './unit-by-code.js';
import { foldDossier } from '@motcua/core';
import { once } from './idempotency.js';
import { enqueueApologyNotice } from '../notifications/enqueue-notification.js';
import { issueResultDocument } from '../results/issue-result.js';
import { requireHandover } from '../postal/handover-rule.js';

/**
 * One action on a dossier: guard (workflow table + rules), then the event, the folded row and
 * the audit row in one transaction. Optimistic concurrency: the caller names the version it
 * saw; the event's primary key (dossier, seq) lets exactly one of concurrent actions through.
 */
export async function takeAction(
  db: Db,
  ctx: RequestContext,
  dossierId: string,
  input: ActionRequest,
  now: Date,
  key?: string,
): Promise<DossierDetailRow | undefined> {
  const agencyId = ctx.actor.agencyId;
  let detail: DossierDetailRow | undefined; // undefined when a repeated Idempotency-Key replays
  try {
    await db.transaction().execute((tx) =>
      once(tx, agencyId, key, { dossierId, input }, async () => {
        detail = await apply(tx, ctx, dossierId, input, now);
        return { status: 200, body: { dossierId } };
      }),
    );
    return detail;
  } catch (e) {
    // Another action took this version first (unique violation on the event's key).
    if (e instanceof Error && (e as { code?: string }).code === '23505') throw new AppError('STALE_VERSION');
    throw e;
  }
}

/** Returns the dossier's detail after the action, read by the update itself. */
async function apply(
  tx: Tx,
  ctx: RequestContext,
  dossierId: string,
  input: ActionRequest,
  now: Date,
): Promise<DossierDetailRow> {
  const agencyId = ctx.actor.agencyId;
  const { events, ...dossier } = requireOwnAgency(ctx.actor, await findDossierWithEvents(tx, agencyId, dossierId));
  if (dossier.version !== input.expectedVersion)
    throw new AppError('STALE_VERSION', undefined, `at ${dossier.version}`);
  const fold = foldDossier(events);
  nextState(fold.state, input.action, ctx.actor.role);
  const data = await checkActionRules(tx, ctx.actor, dossier, fold, input, now);
  Object.assign(data, await requireHandover(tx, dossier, input.action)); // paper moves with a hand-over record
  if (input.action === 'transfer_to_unit')
    data.unitId = await competentUnit(tx, agencyId, dossier.procedure_version_id);
  if (input.action === 'accept_online' && !dossier.code)
    data.code = await nextDossierCode(tx, agencyId, dossier.counter_id ?? (await defaultCounter(tx, agencyId)), now);
  if (input.action === 'issue') Object.assign(data, await issueResultDocument(tx, ctx, dossier, events, now));
  const seq = dossier.version + 1;
  await insertEvent(tx, {
    agencyId,
    dossierId,
    seq,
    action: input.action,
    at: now,
    actorId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    data,
  });
  const { columns } = await project(
    tx,
    agencyId,
    dossier.procedure_version_id,
    [
      ...events,
      { seq, action: input.action, at: now.toISOString(), actorId: ctx.actor.userId, actorRole: ctx.actor.role, data },
    ],
    dossier.due_at,
  );
  if (input.action === 'extend_deadline')
    await enqueueApologyNotice(tx, dossier, { note: String(data.note), newDueAt: String(data.newDueAt) }, now);
  const updated = await updateDossierReturningDetail(tx, agencyId, dossierId, dossier.version, {
    ...columns,
    ...(typeof data.code === 'string' ? { code: data.code } : {}),
  });
  if (!updated) throw new AppError('STALE_VERSION');
  await appendAudit(tx, originOf(ctx), {
    action: `dossier.${input.action}`,
    targetType: 'dossier',
    targetId: dossierId,
    details: { code: dossier.code, seq },
  });
  return updated;
}

/** The action inside the caller's transaction: a confirmed hand-over record performs it (modules/postal). */
export { apply as applyAction };

/** Route by procedure, not by counter (DOMAIN.md §2): the unit the catalog names for it. */
async function competentUnit(tx: Tx, agencyId: string, versionId: string): Promise<string> {
  const { implementingUnitCode: unitCode } = await pinnedProcedureContent(tx, agencyId, versionId);
  const unitId = unitCode ? await unitIdByCode(tx, agencyId, unitCode) : undefined;
  if (!unitId)
    throw new AppError('CONFLICT', [
      {
        field: 'procedure',
        message: {
          vi: 'Thủ tục chưa có đơn vị xử lý trong danh mục.',
          en: 'The catalog names no processing unit for this procedure.',
        },
      },
    ]);
  return unitId;
}
