import { randomUUID } from 'node:crypto';
import {
  AppError,
  conflictField as conflict,
  invalidField as invalid,
  parseS10,
  S10_PROBLEM_TEXT,
  type DispatchShipmentRequest,
} from '@motcua/core';
import type { Db } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findDossier } from '../dossiers/dossier.repository.js';
import type { CarrierAdapter } from './carrier-adapter.js';
import { requirePostHandover } from './post-handover-rule.js';
import { findActiveShipment, insertShipment } from './shipment.repository.js';

/**
 * The counter sends a result by post (DOMAIN.md §8): the dossier's return method is post, its
 * result is at the counter, and no parcel is already under way (a failed one may be followed by
 * a re-dispatch), and the counter handed the result to the post on a confirmed counter → post
 * record not used by an earlier dispatch (post-handover-rule.ts). The tracking number is the
 * label's, S10-checked, or the carrier's own.
 */
export async function dispatchShipment(
  db: Db,
  carrier: CarrierAdapter,
  ctx: RequestContext,
  dossierId: string,
  input: DispatchShipmentRequest,
  now: Date,
): Promise<{ shipmentId: string; trackingNumber: string }> {
  const typed = input.trackingNumber?.trim() ? parseS10(input.trackingNumber) : null;
  if (typed && !typed.ok) throw invalid('body.trackingNumber', S10_PROBLEM_TEXT[typed.problem]);
  if (!typed && !carrier.generatesNumbers) throw invalid('body.trackingNumber', NUMBER_REQUIRED);
  const agencyId = ctx.actor.agencyId;
  const shipmentId = randomUUID();
  try {
    return await db.transaction().execute(async (tx) => {
      const dossier = requireOwnAgency(
        ctx.actor,
        await tx
          .selectFrom('dossier')
          .selectAll()
          .where('agency_id', '=', agencyId)
          .where('id', '=', dossierId)
          .forUpdate()
          .executeTakeFirst(),
      );
      if (ctx.actor.role !== 'counter_clerk') throw new AppError('FORBIDDEN');
      if (dossier.return_method !== 'post') throw conflict('dossier', NOT_BY_POST);
      if (dossier.state !== 'result_at_counter') throw conflict('dossier', NOT_AT_COUNTER);
      if (await findActiveShipment(tx, agencyId, dossierId)) throw conflict('dossier', ALREADY_UNDER_WAY);
      const handover = await requirePostHandover(tx, agencyId, dossierId);
      const accepted = await carrier.dispatch({
        shipmentId,
        trackingNumber: typed?.ok ? typed.value.value : null,
        dossierCode: dossier.code,
        recipientName: input.recipientName,
        recipientAddress: input.recipientAddress,
        recipientPhone: input.recipientPhone,
        ...(input.simulation ? { simulation: input.simulation } : {}),
      });
      await insertShipment(tx, {
        agencyId,
        id: shipmentId,
        dossierId,
        carrierId: carrier.id,
        trackingNumber: accepted.trackingNumber,
        recipientName: input.recipientName,
        recipientAddress: input.recipientAddress,
        recipientPhone: input.recipientPhone,
        at: now,
        createdBy: ctx.actor.userId,
      });
      await appendAudit(tx, originOf(ctx), {
        action: 'shipment.dispatch',
        targetType: 'dossier',
        targetId: dossierId,
        details: {
          code: dossier.code,
          shipmentId,
          carrierId: carrier.id,
          trackingNumber: accepted.trackingNumber,
          handover: handover.number,
        },
      });
      return { shipmentId, trackingNumber: accepted.trackingNumber };
    });
  } catch (e) {
    if (e instanceof Error && (e as { code?: string }).code === '23505') {
      const constraint = (e as { constraint?: string }).constraint;
      if (constraint === 'shipment_tracking_number_key') throw conflict('body.trackingNumber', NUMBER_TAKEN);
      throw conflict('dossier', ALREADY_UNDER_WAY);
    }
    throw e;
  }
}

/** The dossier row a dispatch form starts from (read-only, for defaults). */
export async function dispatchDefaults(db: Db, ctx: RequestContext, dossierId: string) {
  return requireOwnAgency(ctx.actor, await findDossier(db, ctx.actor.agencyId, dossierId));
}

const NUMBER_REQUIRED = {
  vi: 'Nhập số hiệu bưu gửi in trên nhãn (ví dụ EL123456785VN).',
  en: 'Enter the tracking number printed on the label (e.g. EL123456785VN).',
};
const NOT_BY_POST = {
  vi: 'Hồ sơ không đăng ký nhận kết quả qua bưu chính.',
  en: 'The applicant did not choose to receive the result by post.',
};
const NOT_AT_COUNTER = {
  vi: 'Chỉ gửi kết quả khi kết quả đã về Bộ phận một cửa và chưa trả.',
  en: 'A result is sent only once it is back at the counter and not yet returned.',
};
const ALREADY_UNDER_WAY = {
  vi: 'Kết quả đang được bưu điện chuyển phát; chỉ gửi lại khi lần phát trước không thành công.',
  en: 'The result is already on its way; send again only after a failed delivery.',
};
const NUMBER_TAKEN = {
  vi: 'Số hiệu bưu gửi này đã được dùng cho một bưu gửi khác.',
  en: 'This tracking number is already used by another parcel.',
};
