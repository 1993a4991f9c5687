import { AppError, nextState, type ActionRequest } from '@motcua/core';
import type { Db, Queryable, Tx } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { originOf, pendingAuditRow } from '../audit/audit.repository.js';
import { checkActionRules } from './action-rules.js';
import { defaultCounter, nextDossierCode } from './dossier-code.js';
import {
  findDossier,
  findDossierWithEvents,
  writeActionReturningDetail,
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
 * Actions that write more than the event, the folded row and the audit row (a number from a
 * register, the result document, the applicant's notice): they run in a transaction. `apply`
 * refuses their extra writes outside one (`inTransaction`), so a missing entry fails loudly.
 */
const WRITES_MORE = new Set<string>(['accept_online', 'issue', 'extend_deadline']);

/**
 * One action on a dossier: guard (workflow table + rules), then the event, the folded row and
 * the audit row, atomically. Optimistic concurrency: the caller names the version it saw; the
 * update only takes place at that version, and the event's primary key (dossier, seq) lets
 * exactly one of concurrent actions through. Most actions write in one statement and need no
 * transaction of their own (two round trips in all: the read, the write); those of WRITES_MORE
 * and any with an Idempotency-Key (its record is written with the action) run in a transaction.
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
  try {
    if (!key && !WRITES_MORE.has(input.action)) return await apply(db, ctx, dossierId, input, now);
    let detail: DossierDetailRow | undefined; // undefined when a repeated Idempotency-Key replays
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

/** Returns the dossier's detail after the action, read by the write itself. */
async function apply(
  db: Queryable,
  ctx: RequestContext,
  dossierId: string,
  input: ActionRequest,
  now: Date,
): Promise<DossierDetailRow> {
  const agencyId = ctx.actor.agencyId;
  const { events, ...dossier } = requireOwnAgency(ctx.actor, await findDossierWithEvents(db, agencyId, dossierId));
  if (dossier.version !== input.expectedVersion)
    throw new AppError('STALE_VERSION', undefined, `at ${dossier.version}`);
  const fold = foldDossier(events);
  nextState(fold.state, input.action, ctx.actor.role);
  const data = await checkActionRules(db, ctx.actor, dossier, fold, input, now);
  Object.assign(data, await requireHandover(db, dossier, input.action)); // paper moves with a hand-over record
  if (input.action === 'transfer_to_unit')
    data.unitId = await competentUnit(db, agencyId, dossier.procedure_version_id);
  if (input.action === 'accept_online' && !dossier.code) {
    const tx = inTransaction(db, input.action);
    data.code = await nextDossierCode(tx, agencyId, dossier.counter_id ?? (await defaultCounter(tx, agencyId)), now);
  }
  // The whole row (applicant, procedure name) for the result document and the applicant's notice.
  const whole = async (tx: Tx) => requireOwnAgency(ctx.actor, await findDossier(tx, agencyId, dossierId));
  if (input.action === 'issue') {
    const tx = inTransaction(db, input.action);
    Object.assign(data, await issueResultDocument(tx, ctx, await whole(tx), events, now));
  }
  const seq = dossier.version + 1;
  const event = { seq, action: input.action, at: now, actorId: ctx.actor.userId, actorRole: ctx.actor.role, data };
  const { columns } = await project(
    db,
    agencyId,
    dossier.procedure_version_id,
    [...events, { ...event, at: now.toISOString() }],
    dossier.due_at,
  );
  if (input.action === 'extend_deadline') {
    const tx = inTransaction(db, input.action);
    const notice = { note: String(data.note), newDueAt: String(data.newDueAt) };
    await enqueueApologyNotice(tx, await whole(tx), notice, now); // in the detail below
  }
  const updated = await writeActionReturningDetail(db, {
    agencyId,
    dossierId,
    version: dossier.version,
    columns: { ...columns, ...(typeof data.code === 'string' ? { code: data.code } : {}) },
    event,
    audit: pendingAuditRow(originOf(ctx), {
      action: `dossier.${input.action}`,
      targetType: 'dossier',
      targetId: dossierId,
      details: { code: dossier.code, seq },
    }),
  });
  if (!updated) throw new AppError('STALE_VERSION');
  return updated;
}

/** The transaction an action's extra writes must share with its event (see WRITES_MORE). */
function inTransaction(db: Queryable, action: string): Tx {
  if (!db.isTransaction)
    throw new Error(`the action ${action} writes more than its event: it must run in a transaction`);
  return db as Tx;
}

/** The action inside the caller's transaction: a confirmed hand-over record performs it (modules/postal). */
export { apply as applyAction };

/** Route by procedure, not by counter (DOMAIN.md §2): the unit the catalog names for it. */
async function competentUnit(tx: Queryable, agencyId: string, versionId: string): Promise<string> {
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
