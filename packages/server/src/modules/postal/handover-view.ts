import {
  AppError,
  HANDOVER_RULES,
  handoverNumber,
  hasPaper,
  isOpenDiscrepancy,
  pickupNumber,
  type HandoverCandidate,
  type HandoverDirection,
  type HandoverItemView,
  type HandoverStatus,
  type HandoverSummary,
  type HandoverView,
} from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { requireOwnAgency, type Actor } from '../auth/actor.js';
import { courierSees, isReceiver, visibleDirections } from './handover-access.js';
import { postHandoverOf } from './post-handover-rule.js';
import { findActiveShipment } from './shipment.repository.js';
import { competentUnits, findRecord, recordItems, userNames } from './postal.repository.js';
import { toReview } from './review-handover.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function getHandover(db: Db, actor: Actor, id: string): Promise<HandoverView> {
  const record = requireOwnAgency(actor, await findRecord(db, actor.agencyId, id));
  if (!visibleDirections(actor).includes(record.direction) || !courierSees(actor, record))
    throw new AppError('NOT_FOUND');
  const items = await recordItems(db, actor.agencyId, id);
  const dossierIds = items.map((i) => i.dossier_id).filter((x): x is string => x !== null);
  const pickupIds = items.map((i) => i.pickup_id).filter((x): x is string => x !== null);
  const dossiers = dossierIds.length
    ? await db
        .selectFrom('dossier')
        .select(['id', 'code', 'procedure_name', 'applicant_name'])
        .where('agency_id', '=', actor.agencyId)
        .where('id', 'in', dossierIds)
        .execute()
    : [];
  const pickups = pickupIds.length
    ? await db
        .selectFrom('pickup_order')
        .select(['id', 'number', 'procedure_name', 'applicant_name', 'seal_number'])
        .where('agency_id', '=', actor.agencyId)
        .where('id', 'in', pickupIds)
        .execute()
    : [];
  const names = await userNames(db, actor.agencyId, [
    record.sender_id,
    record.receiver_id,
    ...items.flatMap((i) => [i.flagged_by, i.resolved_by]),
  ]);
  const unit = record.unit_id
    ? await db
        .selectFrom('unit')
        .select('name')
        .where('agency_id', '=', actor.agencyId)
        .where('id', '=', record.unit_id)
        .executeTakeFirst()
    : undefined;
  const views: HandoverItemView[] = items.map((i) => {
    const d = dossiers.find((x) => x.id === i.dossier_id);
    const p = pickups.find((x) => x.id === i.pickup_id);
    return {
      ord: i.ord,
      dossierId: i.dossier_id,
      dossierCode: d?.code ?? null,
      pickupId: i.pickup_id,
      pickupNumber: p ? pickupNumber(p.number) : null,
      procedureName: d?.procedure_name ?? p?.procedure_name ?? '',
      applicantName: d?.applicant_name ?? p?.applicant_name ?? '',
      sealNumber: p?.seal_number ?? null,
      documents: i.documents as HandoverItemView['documents'],
      feeVnd: i.fee_vnd,
      postalChargeVnd: i.postal_charge_vnd,
      resultNumber: i.result_number,
      removed: i.removed,
      discrepancy:
        i.discrepancy_kind && i.flagged_at
          ? {
              kind: i.discrepancy_kind,
              note: i.discrepancy_note ?? '',
              at: i.flagged_at.toISOString(),
              byName: i.flagged_by ? (names.get(i.flagged_by) ?? null) : null,
            }
          : null,
      resolution: i.resolved_at
        ? {
            note: i.resolution_note ?? '',
            at: i.resolved_at.toISOString(),
            byName: i.resolved_by ? (names.get(i.resolved_by) ?? null) : null,
          }
        : null,
    };
  });
  const open = items.filter((i) => isOpenDiscrepancy(toReview(i))).length;
  const kept = views.filter((v) => !v.removed);
  const receiver = isReceiver(actor, record) && record.status !== 'confirmed';
  return {
    id: record.id,
    number: handoverNumber(record.number),
    direction: record.direction,
    status: record.status,
    unitName: unit?.name ?? null,
    senderName: names.get(record.sender_id) ?? null,
    receiverName: record.receiver_id ? (names.get(record.receiver_id) ?? null) : null,
    createdAt: record.created_at.toISOString(),
    confirmedAt: iso(record.confirmed_at),
    itemCount: kept.length,
    openDiscrepancies: open,
    note: record.note,
    items: views,
    totals: {
      feeVnd: kept.reduce((s, v) => s + v.feeVnd, 0),
      postalChargeVnd: kept.reduce((s, v) => s + v.postalChargeVnd, 0),
    },
    can: {
      confirm: receiver && open === 0,
      flag: receiver,
      resolve: actor.userId === record.sender_id && open > 0,
    },
  };
}

export type HandoverQuery = {
  box: 'inbox' | 'sent' | 'all';
  status?: HandoverStatus | undefined;
  dossierId?: string | undefined;
  page: number;
  pageSize: number;
};

/**
 * Records the caller may see. inbox: waiting for the caller's confirmation (their role, their
 * unit); sent: made by the caller; dossierId: every record that carried the dossier, or the
 * pickup package it came from.
 */
export async function listHandovers(db: Db, actor: Actor, q: HandoverQuery) {
  let query = db
    .selectFrom('handover_record as r')
    .leftJoin('unit as u', (j) => j.onRef('u.agency_id', '=', 'r.agency_id').onRef('u.id', '=', 'r.unit_id'))
    .leftJoin('app_user as s', (j) => j.onRef('s.agency_id', '=', 'r.agency_id').onRef('s.id', '=', 'r.sender_id'))
    .leftJoin('app_user as c', (j) => j.onRef('c.agency_id', '=', 'r.agency_id').onRef('c.id', '=', 'r.receiver_id'))
    .where('r.agency_id', '=', actor.agencyId)
    .where('r.direction', 'in', visibleDirections(actor));
  if (actor.role === 'courier')
    // courierSees, as a condition
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('r.direction', '=', 'post_to_counter'), eb('r.sender_id', '=', actor.userId)]),
        eb.and([
          eb('r.direction', '=', 'counter_to_post'),
          eb.or([eb('r.receiver_id', 'is', null), eb('r.receiver_id', '=', actor.userId)]),
        ]),
      ]),
    );
  if (q.box === 'sent') query = query.where('r.sender_id', '=', actor.userId);
  if (q.box === 'inbox') {
    const mine = (Object.keys(HANDOVER_RULES) as HandoverDirection[]).filter(
      (d) => HANDOVER_RULES[d].receiver === actor.role,
    );
    query = query
      .where('r.status', '!=', 'confirmed')
      .where('r.direction', 'in', mine.length ? mine : ['none' as never]);
    if (actor.role === 'unit_head') query = query.where('r.unit_id', '=', actor.unitId);
  }
  if (q.status) query = query.where('r.status', '=', q.status);
  if (q.dossierId) {
    const dossierId = q.dossierId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('handover_item as i')
          .leftJoin('pickup_order as p', (j) =>
            j.onRef('p.agency_id', '=', 'i.agency_id').onRef('p.id', '=', 'i.pickup_id'),
          )
          .select('i.ord')
          .whereRef('i.agency_id', '=', 'r.agency_id')
          .whereRef('i.record_id', '=', 'r.id')
          .where('i.removed', '=', false)
          .where((e) => e.or([e('i.dossier_id', '=', dossierId), e('p.dossier_id', '=', dossierId)])),
      ),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'r.id',
      'r.number',
      'r.direction',
      'r.status',
      'r.created_at',
      'r.confirmed_at',
      'u.name as unit_name',
      's.full_name as sender_name',
      'c.full_name as receiver_name',
      sql<number>`(SELECT count(*) FROM handover_item i WHERE i.agency_id = r.agency_id AND i.record_id = r.id AND NOT i.removed)`.as(
        'item_count',
      ),
      sql<number>`(SELECT count(*) FROM handover_item i WHERE i.agency_id = r.agency_id AND i.record_id = r.id AND i.discrepancy_kind IS NOT NULL AND i.resolved_at IS NULL)`.as(
        'open_count',
      ),
    ])
    .orderBy('r.created_at', 'desc')
    .orderBy('r.number', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const items: HandoverSummary[] = rows.map((r) => ({
    id: r.id,
    number: handoverNumber(r.number),
    direction: r.direction,
    status: r.status,
    unitName: r.unit_name,
    senderName: r.sender_name,
    receiverName: r.receiver_name,
    createdAt: r.created_at.toISOString(),
    confirmedAt: iso(r.confirmed_at),
    itemCount: Number(r.item_count),
    openDiscrepancies: Number(r.open_count),
  }));
  return { items, total: Number(total.n) };
}

/** What the caller may put on a new record of this direction: the relevant queue, minus what is already listed. */
export async function handoverCandidates(
  db: Db,
  actor: Actor,
  direction: HandoverDirection,
): Promise<HandoverCandidate[]> {
  const rule = HANDOVER_RULES[direction];
  if (actor.role !== rule.sender) return []; // nothing this caller may send in that direction
  const openItems = (column: 'dossier_id' | 'pickup_id') =>
    db
      .selectFrom('handover_item as i')
      .innerJoin('handover_record as r', (j) =>
        j.onRef('r.agency_id', '=', 'i.agency_id').onRef('r.id', '=', 'i.record_id'),
      )
      .select(`i.${column} as id`)
      .where('i.agency_id', '=', actor.agencyId)
      .where('i.removed', '=', false)
      .where('r.direction', '=', direction)
      .where('r.status', '!=', 'confirmed')
      .where(`i.${column}`, 'is not', null);
  if (rule.carries === 'pickup') {
    const rows = await db
      .selectFrom('pickup_order')
      .select(['id', 'number', 'procedure_name', 'applicant_name'])
      .where('agency_id', '=', actor.agencyId)
      .where('status', '=', 'collected')
      .where('courier_id', '=', actor.userId)
      .where('id', 'not in', openItems('pickup_id') as never)
      .orderBy('number')
      .limit(200)
      .execute();
    return rows.map((p) => ({
      id: p.id,
      label: pickupNumber(p.number),
      procedureName: p.procedure_name,
      applicantName: p.applicant_name,
      unitName: null,
    }));
  }
  let query = db
    .selectFrom('dossier')
    .select(['id', 'code', 'channel', 'procedure_name', 'applicant_name'])
    .where('agency_id', '=', actor.agencyId)
    .where('state', '=', rule.dossierState ?? 'received')
    .where('id', 'not in', openItems('dossier_id') as never);
  // Results are paper whatever the channel; received dossiers move as paper only from the counter or the post.
  if (direction === 'counter_to_post') query = query.where('return_method', '=', 'post');
  else query = query.where('channel', 'in', ['counter', 'post']);
  let rows = await query.orderBy('received_at').limit(200).execute();
  if (direction === 'counter_to_post') {
    // Not what the post already holds, nor a parcel under way (post-handover-rule.ts).
    const keep = await Promise.all(
      rows.map(
        async (d) =>
          !(await findActiveShipment(db, actor.agencyId, d.id)) &&
          !(await postHandoverOf(db, actor.agencyId, d.id)).handedToPost,
      ),
    );
    rows = rows.filter((_, i) => keep[i]);
  } else rows = rows.filter((d) => hasPaper(d.channel));
  const units =
    direction === 'counter_to_unit'
      ? await competentUnits(
          db,
          actor.agencyId,
          rows.map((r) => r.id),
        )
      : null;
  return rows.map((d) => ({
    id: d.id,
    label: d.code ?? '',
    procedureName: d.procedure_name,
    applicantName: d.applicant_name,
    unitName: units?.get(d.id)?.name ?? null,
  }));
}
