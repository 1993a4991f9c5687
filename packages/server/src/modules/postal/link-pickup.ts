import { pickupNumber, type LocalisedText, type ReceiveDossierRequest } from '@motcua/core';
import type { Tx } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { invalid } from './handover-access.js';
import { move } from './pickup-move.js';
import { lockPickup } from './postal.repository.js';

/**
 * Reception hook (receive-dossier.ts): a dossier received from a handed-over pickup package is
 * a postal dossier linked to its order. Runs inside the reception's transaction, so the code,
 * the clock start and the link are one fact.
 */
export async function linkPickupOnReception(
  tx: Tx,
  ctx: RequestContext,
  input: ReceiveDossierRequest,
  dossierId: string,
  now: Date,
): Promise<void> {
  if (!input.pickupId) return;
  if (input.channel !== 'post') throw invalid('body.channel', PICKUP_IS_POST);
  const pickup = await lockPickup(tx, ctx.actor.agencyId, input.pickupId);
  if (!pickup) throw invalid('body.pickupId', NO_PICKUP);
  if (pickup.procedure_code !== input.procedureCode) throw invalid('body.procedureCode', OTHER_PROCEDURE);
  await move(tx, ctx, pickup, 'receive', { dossier_id: dossierId, received_at: now });
  await appendAudit(tx, originOf(ctx), {
    action: 'pickup.receive',
    targetType: 'pickup',
    targetId: pickup.id,
    details: { number: pickupNumber(pickup.number), dossierId },
  });
}

const PICKUP_IS_POST: LocalisedText = {
  vi: 'Hồ sơ thu gom qua bưu chính được tiếp nhận theo kênh bưu chính.',
  en: 'A dossier collected by the post is received on the postal channel.',
};
const NO_PICKUP: LocalisedText = { vi: 'Không tìm thấy yêu cầu thu gom.', en: 'No such pickup order.' };
const OTHER_PROCEDURE: LocalisedText = {
  vi: 'Thủ tục khác với thủ tục của yêu cầu thu gom.',
  en: "The procedure differs from the pickup order's.",
};
