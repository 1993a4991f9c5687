import { AppError, handoverNumber } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/**
 * Counter → post (DOMAIN.md §8): the result goes by post only once the counter has handed the
 * paper to the courier on a confirmed `counter_to_post` record (confirmed records have no open
 * discrepancy). Each dispatch uses one such hand-over: after a failed delivery the parcel comes
 * back to the counter, so a re-dispatch needs a new record. The rule holds for every dossier
 * whose result is returned by post, online ones included: the result is paper.
 */
export type PostHandover = {
  /** A confirmed record hands the result to the post and no dispatch has used it yet. */
  handedToPost: boolean;
  /** The latest confirmed record that carried the dossier to the post, if any. */
  latest: { id: string; number: string; confirmedAt: string | null } | null;
};

export async function postHandoverOf(db: Queryable, agencyId: string, dossierId: string): Promise<PostHandover> {
  const records = await db
    .selectFrom('handover_item as i')
    .innerJoin('handover_record as r', (j) =>
      j.onRef('r.agency_id', '=', 'i.agency_id').onRef('r.id', '=', 'i.record_id'),
    )
    .select(['r.id', 'r.number', 'r.confirmed_at'])
    .where('i.agency_id', '=', agencyId)
    .where('i.dossier_id', '=', dossierId)
    .where('i.removed', '=', false)
    .where('r.direction', '=', 'counter_to_post')
    .where('r.status', '=', 'confirmed')
    .orderBy('r.confirmed_at', 'desc')
    .orderBy('r.number', 'desc')
    .execute();
  const shipments = await db
    .selectFrom('shipment')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', dossierId)
    .executeTakeFirstOrThrow();
  const latest = records[0];
  return {
    handedToPost: records.length > Number(shipments.n),
    latest: latest
      ? {
          id: latest.id,
          number: handoverNumber(latest.number),
          confirmedAt: latest.confirmed_at?.toISOString() ?? null,
        }
      : null,
  };
}

/** Called by the dispatch, in its transaction: 409 HANDOVER_REQUIRED unless the post holds the result. */
export async function requirePostHandover(db: Queryable, agencyId: string, dossierId: string) {
  const state = await postHandoverOf(db, agencyId, dossierId);
  if (!state.handedToPost) throw new AppError('HANDOVER_REQUIRED', [{ field: 'dossier', message: POST_REQUIRED }]);
  return state.latest!;
}

export const POST_REQUIRED = {
  vi: 'Lập biên bản bàn giao Bộ phận một cửa → bưu điện cho kết quả này; chỉ gửi kết quả khi bưu tá đã xác nhận biên bản.',
  en: 'Make a counter → post hand-over record for this result; it is sent only once the courier has confirmed the record.',
};
