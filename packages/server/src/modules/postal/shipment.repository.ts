import type { ShipmentStatus, ShipmentView } from '@motcua/core';
import type { Queryable, Tx } from '../../db/database.js';

export async function findActiveShipment(db: Queryable, agencyId: string, dossierId: string) {
  return db
    .selectFrom('shipment')
    .select(['id', 'status', 'tracking_number'])
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', dossierId)
    .where('status', 'not in', ['delivered', 'failed'])
    .executeTakeFirst();
}

export async function insertShipment(
  tx: Tx,
  s: {
    agencyId: string;
    id: string;
    dossierId: string;
    carrierId: string;
    trackingNumber: string;
    recipientName: string;
    recipientAddress: string;
    recipientPhone: string;
    at: Date;
    createdBy: string;
  },
): Promise<void> {
  await tx
    .insertInto('shipment')
    .values({
      agency_id: s.agencyId,
      id: s.id,
      dossier_id: s.dossierId,
      carrier_id: s.carrierId,
      tracking_number: s.trackingNumber,
      status: 'dispatched',
      status_at: s.at,
      recipient_name: s.recipientName,
      recipient_address: s.recipientAddress,
      recipient_phone: s.recipientPhone,
      created_at: s.at,
      created_by: s.createdBy,
    })
    .execute();
}

/** The shipment a carrier's report is about, locked: reports on one parcel apply one at a time. */
export async function lockShipmentByTracking(tx: Tx, carrierId: string, trackingNumber: string) {
  return tx
    .selectFrom('shipment')
    .selectAll()
    .where('carrier_id', '=', carrierId)
    .where('tracking_number', '=', trackingNumber)
    .forUpdate()
    .executeTakeFirst();
}

/** Records a report; false when its event id was already recorded (a replay). */
export async function insertShipmentEvent(
  tx: Tx,
  e: {
    agencyId: string;
    shipmentId: string;
    carrierId: string;
    eventId: string;
    status: string;
    occurredAt: Date;
    receivedAt: Date;
    applied: boolean;
    recipientName: string | null;
    reason: string | null;
    location: string | null;
  },
): Promise<boolean> {
  const inserted = await tx
    .insertInto('shipment_event')
    .values({
      agency_id: e.agencyId,
      shipment_id: e.shipmentId,
      carrier_id: e.carrierId,
      event_id: e.eventId,
      status: e.status,
      occurred_at: e.occurredAt,
      received_at: e.receivedAt,
      applied: e.applied,
      recipient_name: e.recipientName,
      reason: e.reason,
      location: e.location,
    })
    .onConflict((oc) => oc.columns(['carrier_id', 'event_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function advanceShipment(
  tx: Tx,
  agencyId: string,
  shipmentId: string,
  change: { status: ShipmentStatus; at: Date; deliveredTo?: string | null; failureReason?: string | null },
): Promise<void> {
  await tx
    .updateTable('shipment')
    .set({
      status: change.status,
      status_at: change.at,
      ...(change.status === 'delivered' ? { delivered_at: change.at, delivered_to: change.deliveredTo ?? null } : {}),
      ...(change.status === 'failed' ? { failure_reason: change.failureReason ?? null } : {}),
    })
    .where('agency_id', '=', agencyId)
    .where('id', '=', shipmentId)
    .execute();
}

/** A dossier's shipments, newest first, each with its reports in the order they happened. */
export async function listDossierShipments(
  db: Queryable,
  agencyId: string,
  dossierId: string,
): Promise<ShipmentView[]> {
  const rows = await db
    .selectFrom('shipment as s')
    .leftJoin('app_user as u', (j) => j.onRef('u.agency_id', '=', 's.agency_id').onRef('u.id', '=', 's.created_by'))
    .selectAll('s')
    .select('u.full_name as created_by_name')
    .where('s.agency_id', '=', agencyId)
    .where('s.dossier_id', '=', dossierId)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .execute();
  if (rows.length === 0) return [];
  const events = await db
    .selectFrom('shipment_event')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(
      'shipment_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('occurred_at')
    .orderBy('received_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    dossierId: r.dossier_id,
    carrierId: r.carrier_id,
    trackingNumber: r.tracking_number,
    status: r.status as ShipmentStatus,
    statusAt: r.status_at.toISOString(),
    recipientName: r.recipient_name,
    recipientAddress: r.recipient_address,
    recipientPhone: r.recipient_phone,
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    deliveredTo: r.delivered_to,
    failureReason: r.failure_reason,
    createdAt: r.created_at.toISOString(),
    createdBy: r.created_by_name,
    events: events
      .filter((e) => e.shipment_id === r.id)
      .map((e) => ({
        eventId: e.event_id,
        status: e.status as ShipmentView['events'][number]['status'],
        occurredAt: e.occurred_at.toISOString(),
        receivedAt: e.received_at.toISOString(),
        applied: e.applied,
        recipientName: e.recipient_name,
        reason: e.reason,
        location: e.location,
      })),
  }));
}

/** Failed deliveries whose result is still at the counter with no parcel under way. */
export async function listFailedDeliveries(db: Queryable, agencyId: string) {
  return (
    db
      .selectFrom('shipment as s')
      .innerJoin('dossier as d', (j) => j.onRef('d.agency_id', '=', 's.agency_id').onRef('d.id', '=', 's.dossier_id'))
      .select([
        's.id as shipmentId',
        's.dossier_id as dossierId',
        'd.code as dossierCode',
        'd.applicant_name as applicantName',
        'd.procedure_name as procedureName',
        's.tracking_number as trackingNumber',
        's.status_at as failedAt',
        's.failure_reason as failureReason',
      ])
      .where('s.agency_id', '=', agencyId)
      .where('s.status', '=', 'failed')
      .where('d.state', '=', 'result_at_counter')
      // No parcel under way or delivered since, and only the latest failure of each dossier.
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('shipment as other')
              .select('other.id')
              .whereRef('other.agency_id', '=', 's.agency_id')
              .whereRef('other.dossier_id', '=', 's.dossier_id')
              .whereRef('other.id', '!=', 's.id')
              .where((o) =>
                o.or([
                  o('other.status', '!=', 'failed'),
                  o('other.created_at', '>', o.ref('s.created_at')),
                  o.and([o('other.created_at', '=', o.ref('s.created_at')), o('other.id', '>', o.ref('s.id'))]),
                ]),
              ),
          ),
        ),
      )
      .orderBy('s.status_at')
      .limit(200)
      .execute()
  );
}
