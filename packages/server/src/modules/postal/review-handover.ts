import {
  handoverNumber,
  isOpenDiscrepancy,
  statusAfterReview,
  type FlagDiscrepancyRequest,
  type ResolveDiscrepancyRequest,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { conflict, invalid, requireReceiver, requireSender } from './handover-access.js';
import { lockRecord, recordItems } from './postal.repository.js';

/** The receiver flags one item: missing, damaged, or the money does not match (with a note). */
export async function flagDiscrepancy(
  db: Db,
  ctx: RequestContext,
  recordId: string,
  ord: number,
  input: FlagDiscrepancyRequest,
  now: Date,
) {
  await db.transaction().execute(async (tx) => {
    const { record, item } = await openItem(tx, ctx, recordId, ord);
    requireReceiver(ctx.actor, record);
    if (isOpenDiscrepancy(toReview(item))) throw conflict(`items.${ord}`, ALREADY_FLAGGED);
    await tx
      .updateTable('handover_item')
      .set({
        discrepancy_kind: input.kind,
        discrepancy_note: input.note,
        flagged_at: now,
        flagged_by: ctx.actor.userId,
        resolution_note: null,
        resolved_at: null,
        resolved_by: null,
      })
      .where('agency_id', '=', ctx.actor.agencyId)
      .where('record_id', '=', recordId)
      .where('ord', '=', ord)
      .execute();
    await finish(tx, ctx, record, 'handover.flag', { ord, kind: input.kind });
  });
}

/**
 * The sender resolves a flag with a note: the item stays (found, replaced, amount corrected)
 * or is taken off the record (it did not travel; it stays where it is).
 */
export async function resolveDiscrepancy(
  db: Db,
  ctx: RequestContext,
  recordId: string,
  ord: number,
  input: ResolveDiscrepancyRequest,
  now: Date,
) {
  await db.transaction().execute(async (tx) => {
    const { record, item } = await openItem(tx, ctx, recordId, ord);
    requireSender(ctx.actor, record);
    if (!isOpenDiscrepancy(toReview(item))) throw conflict(`items.${ord}`, NOTHING_TO_RESOLVE);
    await tx
      .updateTable('handover_item')
      .set({
        resolution_note: input.note,
        resolved_at: now,
        resolved_by: ctx.actor.userId,
        removed: input.remove,
        ...(input.feeVnd !== undefined ? { fee_vnd: input.feeVnd } : {}),
        ...(input.postalChargeVnd !== undefined ? { postal_charge_vnd: input.postalChargeVnd } : {}),
      })
      .where('agency_id', '=', ctx.actor.agencyId)
      .where('record_id', '=', recordId)
      .where('ord', '=', ord)
      .execute();
    await finish(tx, ctx, record, 'handover.resolve', { ord, removed: input.remove });
  });
}

async function openItem(tx: Tx, ctx: RequestContext, recordId: string, ord: number) {
  const record = requireOwnAgency(ctx.actor, await lockRecord(tx, ctx.actor.agencyId, recordId));
  if (record.status === 'confirmed') throw conflict('handover', CONFIRMED);
  const item = (await recordItems(tx, ctx.actor.agencyId, recordId)).find((i) => i.ord === ord);
  if (!item || item.removed) throw invalid(`items.${ord}`, NO_ITEM);
  return { record, item };
}

async function finish(
  tx: Tx,
  ctx: RequestContext,
  record: { id: string; number: number },
  action: string,
  details: Record<string, unknown>,
) {
  const items = await recordItems(tx, ctx.actor.agencyId, record.id);
  await tx
    .updateTable('handover_record')
    .set({ status: statusAfterReview(items.map(toReview)) })
    .where('agency_id', '=', ctx.actor.agencyId)
    .where('id', '=', record.id)
    .execute();
  await appendAudit(tx, originOf(ctx), {
    action,
    targetType: 'handover',
    targetId: record.id,
    details: { number: handoverNumber(record.number), ...details },
  });
}

export function toReview(item: { discrepancy_kind: string | null; resolved_at: Date | null; removed: boolean }) {
  return {
    kind: item.discrepancy_kind as 'missing' | null,
    resolvedAt: item.resolved_at,
    removed: item.removed,
  };
}

const CONFIRMED = { vi: 'Biên bản đã được xác nhận, không sửa được.', en: 'The record is confirmed and final.' };
const NO_ITEM = { vi: 'Không có dòng này trong biên bản.', en: 'No such item on the record.' };
const ALREADY_FLAGGED = { vi: 'Dòng này đang có sai lệch chưa giải quyết.', en: 'This item is already flagged.' };
const NOTHING_TO_RESOLVE = {
  vi: 'Dòng này không có sai lệch cần giải quyết.',
  en: 'This item has no open discrepancy.',
};
