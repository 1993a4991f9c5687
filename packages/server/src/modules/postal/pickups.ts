import {
  AppError,
  pickupNumber,
  ProcedureContent,
  type CollectPickupRequest,
  type CreatePickupRequest,
  type LocalisedText,
  type PickupEvent,
} from '@motcua/core';
import type { Db } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf, type AuditOrigin } from '../audit/audit.repository.js';
import { findVersionInForce } from '../catalog/procedure.repository.js';
import { defaultCounter } from '../dossiers/dossier-code.js';
import { checkComplete } from '../dossiers/receive-dossier.js';
import { invalid } from './handover-access.js';
import { move, type PickupChanges } from './pickup-move.js';
import { findPickup, findUser, lockPickup, nextNumber } from './postal.repository.js';

/**
 * Pickup orders (thu gom hồ sơ): each use case runs its own transaction, moves the order along
 * the table in core/postal/pickup.ts, and ends with its audit row.
 */

type Source = { kind: 'public'; origin: AuditOrigin } | { kind: 'counter'; ctx: RequestContext };

/** A request from the citizen's public page or the counter's phone: the procedure must accept dossiers by post. */
export async function requestPickup(db: Db, agencyId: string, source: Source, input: CreatePickupRequest, now: Date) {
  const version = await findVersionInForce(db, agencyId, input.procedureCode, now);
  if (!version || version.is_abolished) throw invalid('body.procedureCode', NO_PROCEDURE);
  const content = ProcedureContent.parse(version.content);
  if (!content.channels.postReceipt) throw invalid('body.procedureCode', NOT_BY_POST);
  const documents = content.documents.map((d, ord) => ({
    ord,
    name: d.name,
    requiredForm: d.form,
    requiredCopies: d.copies,
    received: false,
    form: null,
    copies: 0,
  }));
  return db.transaction().execute(async (tx) => {
    const number = await nextNumber(tx, agencyId, 'pickup_order');
    const row = await tx
      .insertInto('pickup_order')
      .values({
        agency_id: agencyId,
        number,
        source: source.kind,
        status: 'requested',
        counter_id: await defaultCounter(tx, agencyId),
        procedure_id: version.procedure_id,
        procedure_code: version.code,
        procedure_name: version.name,
        applicant_name: input.applicantName,
        phone: input.phone,
        address: input.address,
        preferred_time: input.preferredTime,
        note: input.note,
        created_by: source.kind === 'counter' ? source.ctx.actor.userId : null,
        created_at: now,
        documents: JSON.stringify(documents),
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    const origin = source.kind === 'counter' ? originOf(source.ctx) : source.origin;
    // The audit row names the order, never the applicant's personal data.
    await appendAudit(tx, origin, {
      action: 'pickup.request',
      targetType: 'pickup',
      targetId: row.id,
      details: { number: pickupNumber(row.number), source: source.kind, procedureCode: version.code },
    });
    return { id: row.id, number: pickupNumber(row.number) };
  });
}

/** The counter assigns (or reassigns) an active courier of the agency. */
export async function assignPickup(db: Db, ctx: RequestContext, id: string, courierId: string, now: Date) {
  requireOwnAgency(ctx.actor, await findPickup(db, ctx.actor.agencyId, id)); // another agency's order: 404 first
  const courier = await findUser(db, ctx.actor.agencyId, courierId);
  if (!courier || courier.role !== 'courier' || !courier.is_active) throw invalid('body.courierId', NOT_A_COURIER);
  await step(db, ctx, id, 'assign', { courier_id: courier.id, assigned_at: now }, { courierId: courier.id });
}

export async function cancelPickup(db: Db, ctx: RequestContext, id: string, reason: string) {
  await step(db, ctx, id, 'cancel', { cancel_reason: reason }, { reason });
}

/**
 * At the applicant's door: the check against the procedure's list (form and completeness, not
 * substance), the sealed package's number, and the money as separate lines with receipt numbers.
 * An incomplete package is not sealed: the gaps are listed, as at the counter.
 */
export async function collectPickup(db: Db, ctx: RequestContext, id: string, input: CollectPickupRequest, now: Date) {
  const agencyId = ctx.actor.agencyId;
  const kinds = input.payments.map((p) => p.kind);
  if (new Set(kinds).size !== kinds.length) throw invalid('body.payments', ONE_LINE_PER_KIND);
  await db.transaction().execute(async (tx) => {
    const pickup = requireOwnAgency(ctx.actor, await lockPickup(tx, agencyId, id));
    if (pickup.courier_id !== ctx.actor.userId)
      throw new AppError('FORBIDDEN', [{ field: 'pickup', message: NOT_YOURS }]);
    const version = await findVersionInForce(tx, agencyId, pickup.procedure_code, now);
    if (!version) throw invalid('pickup', NO_PROCEDURE);
    const content = ProcedureContent.parse(version.content);
    checkComplete(content.documents, input.documents);
    const documents = content.documents.map((d, ord) => {
      const got = input.documents.find((x) => x.ord === ord);
      return {
        ord,
        name: d.name,
        requiredForm: d.form,
        requiredCopies: d.copies,
        received: got?.received ?? false,
        form: got?.form ?? null,
        copies: got?.copies ?? 0,
      };
    });
    await move(tx, ctx, pickup, 'collect', {
      collected_at: now,
      seal_number: input.sealNumber,
      documents: JSON.stringify(documents),
      ...(input.note ? { note: [pickup.note, input.note].filter(Boolean).join('\n') } : {}),
    });
    if (input.payments.length > 0)
      await tx
        .insertInto('pickup_payment')
        .values(
          input.payments.map((p) => ({
            agency_id: agencyId,
            pickup_id: id,
            kind: p.kind,
            amount_vnd: p.amountVnd,
            receipt_number: p.receiptNumber,
            collected_at: now,
          })),
        )
        .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'pickup.collect',
      targetType: 'pickup',
      targetId: id,
      details: {
        number: pickupNumber(pickup.number),
        sealNumber: input.sealNumber,
        payments: input.payments.map((p) => ({ kind: p.kind, amountVnd: p.amountVnd, receipt: p.receiptNumber })),
      },
    });
  });
}

async function step(
  db: Db,
  ctx: RequestContext,
  id: string,
  event: PickupEvent,
  changes: PickupChanges,
  details: Record<string, unknown>,
) {
  await db.transaction().execute(async (tx) => {
    const pickup = requireOwnAgency(ctx.actor, await lockPickup(tx, ctx.actor.agencyId, id));
    await move(tx, ctx, pickup, event, changes);
    await appendAudit(tx, originOf(ctx), {
      action: `pickup.${event}`,
      targetType: 'pickup',
      targetId: id,
      details: { number: pickupNumber(pickup.number), ...details },
    });
  });
}

const NO_PROCEDURE: LocalisedText = {
  vi: 'Không có thủ tục đang có hiệu lực với mã này.',
  en: 'No procedure in force has this code.',
};
const NOT_BY_POST: LocalisedText = {
  vi: 'Thủ tục này không nhận hồ sơ qua dịch vụ bưu chính công ích.',
  en: 'This procedure does not accept dossiers by post.',
};
const NOT_A_COURIER: LocalisedText = {
  vi: 'Người được giao phải là bưu tá đang làm việc.',
  en: 'The assignee must be an active courier.',
};
const NOT_YOURS: LocalisedText = {
  vi: 'Yêu cầu thu gom không được giao cho bạn.',
  en: 'This pickup is not assigned to you.',
};
const ONE_LINE_PER_KIND: LocalisedText = {
  vi: 'Mỗi khoản (phí, lệ phí thu hộ; cước bưu chính) ghi một dòng.',
  en: 'One line per kind of money (fee; postal charge).',
};
