import {
  HANDOVER_RULES,
  handoverNumber,
  hasPaper,
  ROLE_LABELS,
  type CreateHandoverRequest,
  type HandoverRule,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { conflict, forbidden, invalid } from './handover-access.js';
import { postHandoverOf } from './post-handover-rule.js';
import { findActiveShipment } from './shipment.repository.js';
import { competentUnits, nextNumber, onOpenRecords, pickupPayments, receivedDocuments } from './postal.repository.js';

type NewItem = {
  dossier_id: string | null;
  pickup_id: string | null;
  documents: unknown[];
  fee_vnd: number;
  postal_charge_vnd: number;
  result_number: string | null;
};

/**
 * The sender lists what goes (biên bản bàn giao): dossiers in the state the direction hands
 * over, or the courier's collected pickup packages with their money. Nothing moves yet: the
 * receiver's confirmation moves it.
 */
export async function createHandover(db: Db, ctx: RequestContext, input: CreateHandoverRequest, now: Date) {
  const { actor } = ctx;
  const rule: HandoverRule = HANDOVER_RULES[input.direction];
  if (actor.role !== rule.sender) {
    const role = ROLE_LABELS[rule.sender];
    throw forbidden({
      vi: `Biên bản loại này do ${role.vi} lập.`,
      en: `This kind of record is made by the ${role.en}.`,
    });
  }
  const ids = input.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw invalid('body.items', TWICE);
  return db.transaction().execute(async (tx) => {
    const { items, unitId } =
      rule.carries === 'pickup' ? await pickupItems(tx, ctx, input) : await dossierItems(tx, ctx, input, rule);
    const number = await nextNumber(tx, actor.agencyId, 'handover_record');
    const record = await tx
      .insertInto('handover_record')
      .values({
        agency_id: actor.agencyId,
        number,
        direction: input.direction,
        unit_id: unitId,
        sender_id: actor.userId,
        note: input.note,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('handover_item')
      .values(
        items.map((item, ord) => ({
          ...item,
          agency_id: actor.agencyId,
          record_id: record.id,
          ord,
          documents: JSON.stringify(item.documents),
        })),
      )
      .execute();
    await appendAudit(tx, originOf(ctx), {
      action: 'handover.create',
      targetType: 'handover',
      targetId: record.id,
      details: { number: handoverNumber(number), direction: input.direction, items: ids },
    });
    return record.id;
  });
}

async function dossierItems(tx: Tx, ctx: RequestContext, input: CreateHandoverRequest, rule: HandoverRule) {
  const agencyId = ctx.actor.agencyId;
  const ids = input.items.map((i) => i.id);
  const rows = await tx
    .selectFrom('dossier')
    .select(['id', 'code', 'channel', 'state', 'return_method'])
    .where('agency_id', '=', agencyId)
    .where('id', 'in', ids)
    .execute();
  const units = await competentUnits(tx, agencyId, ids);
  const busy = await onOpenRecords(tx, agencyId, input.direction, 'dossier_id', ids);
  let unitId: string | null = null;
  input.items.forEach((item, i) => {
    const field = `body.items.${i}.id`;
    const d = rows.find((r) => r.id === item.id);
    if (!d) throw invalid(field, NO_DOSSIER);
    // A result is paper whatever the dossier's channel: counter → post carries online dossiers too.
    if (input.direction !== 'counter_to_post' && !hasPaper(d.channel)) throw invalid(field, NO_PAPER(d.code));
    if (d.state !== rule.dossierState) throw conflict(field, WRONG_STATE(d.code));
    if (input.direction === 'counter_to_post' && d.return_method !== 'post') throw invalid(field, NOT_BY_POST(d.code));
    if (busy.has(d.id)) throw conflict(field, ALREADY_LISTED(d.code ?? ''));
    if (input.direction === 'counter_to_unit') {
      const unit = units.get(d.id);
      if (!unit) throw invalid(field, NO_UNIT(d.code));
      if (unitId && unit.id !== unitId) throw invalid(field, ONE_UNIT);
      unitId = unit.id;
    }
  });
  if (input.direction === 'counter_to_post') {
    for (const [i, item] of input.items.entries()) {
      const code = rows.find((r) => r.id === item.id)?.code ?? null;
      if (await findActiveShipment(tx, agencyId, item.id)) throw conflict(`body.items.${i}.id`, UNDER_WAY(code));
      if ((await postHandoverOf(tx, agencyId, item.id)).handedToPost)
        throw conflict(`body.items.${i}.id`, WITH_THE_POST(code));
    }
  }
  const documents = await receivedDocuments(tx, agencyId, ids);
  const items: NewItem[] = input.items.map((item) => ({
    dossier_id: item.id,
    pickup_id: null,
    documents: documents.get(item.id) ?? [],
    fee_vnd: 0,
    postal_charge_vnd: 0,
    result_number: input.direction === 'unit_to_counter' ? (item.resultNumber ?? null) : null,
  }));
  return { items, unitId };
}

async function pickupItems(tx: Tx, ctx: RequestContext, input: CreateHandoverRequest) {
  const agencyId = ctx.actor.agencyId;
  const ids = input.items.map((i) => i.id);
  const rows = await tx
    .selectFrom('pickup_order')
    .select(['id', 'number', 'status', 'courier_id', 'documents'])
    .where('agency_id', '=', agencyId)
    .where('id', 'in', ids)
    .execute();
  const busy = await onOpenRecords(tx, agencyId, input.direction, 'pickup_id', ids);
  const payments = await pickupPayments(tx, agencyId, ids);
  const items: NewItem[] = input.items.map((item, i) => {
    const field = `body.items.${i}.id`;
    const p = rows.find((r) => r.id === item.id);
    // A courier lists only the packages they collected themselves.
    if (!p || p.courier_id !== ctx.actor.userId) throw invalid(field, NO_PICKUP);
    if (p.status !== 'collected') throw conflict(field, PICKUP_NOT_COLLECTED);
    if (busy.has(p.id)) throw conflict(field, ALREADY_LISTED(`TG-${p.number}`));
    const paid = (kind: string) =>
      payments.filter((x) => x.pickup_id === p.id && x.kind === kind).reduce((s, x) => s + x.amount_vnd, 0);
    const documents = (p.documents as { name: string; received: boolean; form: string | null; copies: number }[])
      .filter((d) => d.received)
      .map((d) => ({ name: d.name, form: d.form, copies: d.copies }));
    return {
      dossier_id: null,
      pickup_id: p.id,
      documents,
      fee_vnd: paid('fee'),
      postal_charge_vnd: paid('postal_charge'),
      result_number: null,
    };
  });
  return { items, unitId: null };
}

const TWICE = { vi: 'Một hồ sơ được liệt kê hai lần.', en: 'An item is listed twice.' };
const NO_DOSSIER = { vi: 'Không tìm thấy hồ sơ.', en: 'No such dossier.' };
const NO_PICKUP = {
  vi: 'Không tìm thấy gói thu gom do bạn nhận.',
  en: 'No such pickup package collected by you.',
};
const PICKUP_NOT_COLLECTED = {
  vi: 'Gói hồ sơ chưa được thu gom hoặc đã bàn giao.',
  en: 'The package has not been collected, or was handed over already.',
};
const NO_PAPER = (code: string | null) => ({
  vi: `Hồ sơ ${code ?? ''} nộp trực tuyến, không có bản giấy để bàn giao.`,
  en: `Dossier ${code ?? ''} was submitted online: it has no paper to hand over.`,
});
const UNDER_WAY = (code: string | null) => ({
  vi: `Kết quả của hồ sơ ${code ?? ''} đang được bưu điện chuyển phát.`,
  en: `The result of dossier ${code ?? ''} is already on its way.`,
});
const WITH_THE_POST = (code: string | null) => ({
  vi: `Kết quả của hồ sơ ${code ?? ''} đã được bàn giao cho bưu điện và chờ gửi.`,
  en: `The result of dossier ${code ?? ''} was already handed to the post and waits to be sent.`,
});
const WRONG_STATE = (code: string | null) => ({
  vi: `Hồ sơ ${code ?? ''} không ở bước được bàn giao theo biên bản này.`,
  en: `Dossier ${code ?? ''} is not at the step this record hands over.`,
});
const NOT_BY_POST = (code: string | null) => ({
  vi: `Hồ sơ ${code ?? ''} không đăng ký nhận kết quả qua bưu chính.`,
  en: `Dossier ${code ?? ''} is not returned by post.`,
});
const ALREADY_LISTED = (label: string) => ({
  vi: `${label} đã có trong một biên bản bàn giao chưa xác nhận.`,
  en: `${label} is already on a hand-over record not yet confirmed.`,
});
const NO_UNIT = (code: string | null) => ({
  vi: `Thủ tục của hồ sơ ${code ?? ''} chưa có đơn vị xử lý trong danh mục.`,
  en: `The catalog names no processing unit for dossier ${code ?? ''}.`,
});
const ONE_UNIT = {
  vi: 'Mỗi biên bản bàn giao cho một phòng: các hồ sơ thuộc các phòng khác nhau.',
  en: 'One record per unit: these dossiers go to different units.',
};
