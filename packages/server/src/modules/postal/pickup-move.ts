import { AppError, nextPickupStatus, type PickupEvent, type PickupStatus } from '@motcua/core';
import type { Updateable } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { PickupOrderTable } from '../../db/schema.js';
import type { RequestContext } from '../auth/actor.js';

export type PickupChanges = Omit<Updateable<PickupOrderTable>, 'status'>;

/** The one guard of the pickup table: a disallowed event is a 409 naming the status. */
export async function move(
  tx: Tx,
  ctx: RequestContext,
  pickup: { id: string; status: PickupStatus },
  event: PickupEvent,
  changes: PickupChanges,
) {
  const to = nextPickupStatus(pickup.status, event);
  if (!to)
    throw new AppError('PICKUP_NOT_ALLOWED', [
      {
        field: 'status',
        message: { vi: `Trạng thái hiện tại: ${pickup.status}.`, en: `Current status: ${pickup.status}.` },
      },
    ]);
  await tx
    .updateTable('pickup_order')
    .set({ ...changes, status: to })
    .where('agency_id', '=', ctx.actor.agencyId)
    .where('id', '=', pickup.id)
    .execute();
}
