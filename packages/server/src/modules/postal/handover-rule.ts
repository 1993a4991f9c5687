import { AppError, directionPerforming, handoverNumber, hasPaper, type DossierAction } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/**
 * Paper cannot move to the next holder without a hand-over record (DOMAIN.md §8). Called by
 * take-action before `transfer_to_unit` and `issue`: a dossier with paper (counter or post) must
 * be on a confirmed record of that direction (confirmed records have no open discrepancy), else
 * 409 HANDOVER_REQUIRED. Returns what the event records, so the process control slip shows the
 * record, both people and the time; online dossiers have no paper and need none.
 */
export async function requireHandover(
  tx: Queryable,
  dossier: { agency_id: string; id: string; channel: string },
  action: DossierAction,
): Promise<Record<string, unknown>> {
  const direction = directionPerforming(action);
  if (!direction || !hasPaper(dossier.channel)) return {};
  const record = await tx
    .selectFrom('handover_item as i')
    .innerJoin('handover_record as r', (j) =>
      j.onRef('r.agency_id', '=', 'i.agency_id').onRef('r.id', '=', 'i.record_id'),
    )
    .leftJoin('app_user as s', (j) => j.onRef('s.agency_id', '=', 'r.agency_id').onRef('s.id', '=', 'r.sender_id'))
    .leftJoin('app_user as c', (j) => j.onRef('c.agency_id', '=', 'r.agency_id').onRef('c.id', '=', 'r.receiver_id'))
    .select(['r.id', 'r.number', 'r.confirmed_at', 's.full_name as sender_name', 'c.full_name as receiver_name'])
    .where('i.agency_id', '=', dossier.agency_id)
    .where('i.dossier_id', '=', dossier.id)
    .where('i.removed', '=', false)
    .where('r.direction', '=', direction)
    .where('r.status', '=', 'confirmed')
    .orderBy('r.confirmed_at', 'desc')
    .executeTakeFirst();
  if (!record)
    throw new AppError('HANDOVER_REQUIRED', [
      { field: 'action', message: REQUIRED[direction] ?? REQUIRED.counter_to_unit! },
    ]);
  return {
    handover: {
      id: record.id,
      number: handoverNumber(record.number),
      senderName: record.sender_name,
      receiverName: record.receiver_name,
      confirmedAt: record.confirmed_at?.toISOString() ?? null,
    },
  };
}

const REQUIRED: Record<string, { vi: string; en: string }> = {
  counter_to_unit: {
    vi: 'Lập biên bản bàn giao Bộ phận một cửa → phòng chuyên môn; hồ sơ được chuyển khi phòng xác nhận.',
    en: 'Make a counter → unit hand-over record; the dossier moves when the unit confirms it.',
  },
  unit_to_counter: {
    vi: 'Lập biên bản bàn giao kết quả → Bộ phận một cửa; kết quả được ban hành khi bộ phận một cửa xác nhận.',
    en: 'Make a unit → counter hand-over record of the result; it is issued when the counter confirms it.',
  },
};
