import { AppError, pickupNumber, type PickupStatus, type PickupView } from '@motcua/core';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PickupOrderTable } from '../../db/schema.js';
import { requireOwnAgency, type Actor } from '../auth/actor.js';
import { findPickup, pickupPayments, userNames } from './postal.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A courier sees only the orders assigned to them; the counter and the inspector see all. */
function visibleTo(actor: Actor, row: { courier_id: string | null }): boolean {
  return actor.role !== 'courier' || row.courier_id === actor.userId;
}

export async function getPickup(db: Db, actor: Actor, id: string): Promise<PickupView> {
  const row = requireOwnAgency(actor, await findPickup(db, actor.agencyId, id));
  if (!visibleTo(actor, row)) throw new AppError('NOT_FOUND');
  return (await toViews(db, actor.agencyId, [row]))[0]!;
}

export async function listPickups(
  db: Db,
  actor: Actor,
  q: { status?: PickupStatus | undefined; page: number; pageSize: number },
) {
  let query = db.selectFrom('pickup_order').where('agency_id', '=', actor.agencyId);
  if (actor.role === 'courier') query = query.where('courier_id', '=', actor.userId);
  if (q.status) query = query.where('status', '=', q.status);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: await toViews(db, actor.agencyId, rows), total: Number(total.n) };
}

/** Active couriers of the agency, for the counter's assign list. */
export async function listCouriers(db: Db, actor: Actor) {
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'full_name', 'username'])
    .where('agency_id', '=', actor.agencyId)
    .where('role', '=', 'courier')
    .where('is_active', '=', true)
    .orderBy('full_name')
    .execute();
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, username: r.username }));
}

async function toViews(db: Db, agencyId: string, rows: Selectable<PickupOrderTable>[]): Promise<PickupView[]> {
  const payments = await pickupPayments(
    db,
    agencyId,
    rows.map((r) => r.id),
  );
  const names = await userNames(
    db,
    agencyId,
    rows.map((r) => r.courier_id),
  );
  const dossierIds = rows.map((r) => r.dossier_id).filter((x): x is string => x !== null);
  const dossiers = dossierIds.length
    ? await db
        .selectFrom('dossier')
        .select(['id', 'code'])
        .where('agency_id', '=', agencyId)
        .where('id', 'in', dossierIds)
        .execute()
    : [];
  const counters = await db.selectFrom('counter').select(['id', 'name']).where('agency_id', '=', agencyId).execute();
  return rows.map((r) => ({
    id: r.id,
    number: pickupNumber(r.number),
    status: r.status,
    source: r.source,
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    applicantName: r.applicant_name,
    phone: r.phone,
    address: r.address,
    preferredTime: r.preferred_time,
    note: r.note,
    courierId: r.courier_id,
    courierName: r.courier_id ? (names.get(r.courier_id) ?? null) : null,
    counterName: counters.find((c) => c.id === r.counter_id)?.name ?? null,
    createdAt: r.created_at.toISOString(),
    assignedAt: iso(r.assigned_at),
    collectedAt: iso(r.collected_at),
    handedOverAt: iso(r.handed_over_at),
    receivedAt: iso(r.received_at),
    sealNumber: r.seal_number,
    documents: r.documents as PickupView['documents'],
    payments: payments
      .filter((p) => p.pickup_id === r.id)
      .map((p) => ({ kind: p.kind, amountVnd: p.amount_vnd, receiptNumber: p.receipt_number })),
    dossierId: r.dossier_id,
    dossierCode: dossiers.find((d) => d.id === r.dossier_id)?.code ?? null,
    cancelReason: r.cancel_reason,
  }));
}
