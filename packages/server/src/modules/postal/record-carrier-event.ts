import {
  advancesShipment,
  AppError,
  foldDossier,
  nextState,
  parseS10,
  type CarrierEventBody,
  type ShipmentStatus,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import { appendAudit } from '../audit/audit.repository.js';
import { findDossier, insertEvent, loadEvents } from '../dossiers/dossier.repository.js';
import { project } from '../dossiers/dossier-projection.js';
import { advanceShipment, insertShipmentEvent, lockShipmentByTracking } from './shipment.repository.js';

export type CarrierEventOutcome = {
  /** applied: the shipment moved; recorded: a late report kept for the record; duplicate: seen before. */
  result: 'applied' | 'recorded' | 'duplicate';
  shipmentStatus: ShipmentStatus;
  dossierReturned: boolean;
};

/**
 * One status report of a carrier (already authenticated by its signature). In one transaction:
 * the report is recorded once per event id (a replay changes nothing), the shipment moves only
 * forward, and "delivered" returns the dossier (national status 10) at the delivery time, with
 * the audit row last.
 */
export async function recordCarrierEvent(
  db: Db,
  origin: { carrierId: string; requestId: string; clientIp: string | null },
  body: CarrierEventBody,
  now: Date,
): Promise<CarrierEventOutcome> {
  const occurredAt = new Date(body.occurredAt);
  if (occurredAt.getTime() > now.getTime() + 5 * 60_000) throw invalid('body.occurredAt', 'is in the future');
  const number = parseS10(body.trackingNumber, { country: null });
  if (!number.ok) throw invalid('body.trackingNumber', `not an S10 number (${number.problem})`);
  if (body.status === 'delivered' && !body.recipientName) throw invalid('body.recipientName', 'required for delivered');
  if (body.status === 'failed' && !body.reason) throw invalid('body.reason', 'required for failed');
  return db.transaction().execute(async (tx) => {
    const shipment = await lockShipmentByTracking(tx, origin.carrierId, number.value.value);
    if (!shipment) throw new AppError('NOT_FOUND', [{ field: 'body.trackingNumber', message: UNKNOWN_PARCEL }]);
    const agencyId = shipment.agency_id;
    const current = shipment.status as ShipmentStatus;
    const applied = advancesShipment(current, body.status);
    const fresh = await insertShipmentEvent(tx, {
      agencyId,
      shipmentId: shipment.id,
      carrierId: origin.carrierId,
      eventId: body.eventId,
      status: body.status,
      occurredAt,
      receivedAt: now,
      applied,
      recipientName: body.recipientName ?? null,
      reason: body.reason ?? null,
      location: body.location ?? null,
    });
    if (!fresh) return { result: 'duplicate', shipmentStatus: current, dossierReturned: false };
    let dossierReturned = false;
    if (applied) {
      await advanceShipment(tx, agencyId, shipment.id, {
        status: body.status,
        at: occurredAt,
        deliveredTo: body.recipientName ?? null,
        failureReason: body.reason ?? null,
      });
      if (body.status === 'delivered')
        dossierReturned = await returnByPost(tx, agencyId, shipment.dossier_id, occurredAt, {
          returnChannel: 'post',
          recipientName: body.recipientName ?? null,
          recipientIdNumber: null,
          shipmentId: shipment.id,
          carrierId: origin.carrierId,
          trackingNumber: shipment.tracking_number,
          carrierEventId: body.eventId,
        });
    }
    await appendAudit(
      tx,
      {
        agencyId,
        actorId: null,
        actorName: `carrier:${origin.carrierId}`,
        requestId: origin.requestId,
        clientIp: origin.clientIp,
      },
      {
        action: 'shipment.carrier_event',
        targetType: 'shipment',
        targetId: shipment.id,
        details: {
          dossierId: shipment.dossier_id,
          trackingNumber: shipment.tracking_number,
          eventId: body.eventId,
          status: body.status,
          occurredAt: occurredAt.toISOString(),
          applied,
          dossierReturned,
        },
      },
    );
    return {
      result: applied ? 'applied' : 'recorded',
      shipmentStatus: applied ? body.status : current,
      dossierReturned,
    };
  });
}

/**
 * The `return_result` step of the workflow taken on the carrier's word: the same guard (the
 * workflow table), event, projection and row update as a counter action, recorded at the delivery
 * time. A dossier no longer waiting at the counter (e.g. already handed over in person) is left
 * as it is; the delivery is still recorded on the shipment.
 */
async function returnByPost(
  tx: Tx,
  agencyId: string,
  dossierId: string,
  deliveredAt: Date,
  data: Record<string, unknown>,
): Promise<boolean> {
  const dossier = await findDossier(tx, agencyId, dossierId);
  if (!dossier) return false;
  const events = await loadEvents(tx, agencyId, dossierId);
  const fold = foldDossier(events);
  if (fold.state !== 'result_at_counter') return false;
  nextState(fold.state, 'return_result', 'counter_clerk');
  const last = events.at(-1);
  // The log stays in time order even if a carrier's clock lags ours.
  const at = last && new Date(last.at) > deliveredAt ? new Date(last.at) : deliveredAt;
  const seq = dossier.version + 1;
  const event = { seq, action: 'return_result' as const, actorId: null, actorRole: 'counter_clerk' as const, data };
  await insertEvent(tx, { agencyId, dossierId, ...event, at });
  const { columns } = await project(
    tx,
    agencyId,
    dossier.procedure_version_id,
    [...events, { ...event, at: at.toISOString() }],
    dossier.due_at,
  );
  const updated = await tx
    .updateTable('dossier')
    .set(columns)
    .where('agency_id', '=', agencyId)
    .where('id', '=', dossierId)
    .where('version', '=', dossier.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new AppError('STALE_VERSION');
  return true;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', [{ field, message }]);
const UNKNOWN_PARCEL = { vi: 'Không có bưu gửi với số hiệu này.', en: 'No parcel with this tracking number.' };
