import { maskPersonName, SHIPMENT_STATUS_TEXT, type DossierShipments, type ShipmentStatus } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { findDossier } from '../dossiers/dossier.repository.js';
import type { CarrierAdapter } from './carrier-adapter.js';
import { postHandoverOf } from './post-handover-rule.js';
import { listDossierShipments, listFailedDeliveries } from './shipment.repository.js';

/** A dossier's parcels and what the dispatch form starts from (the return address on the receipt). */
export async function getDossierShipments(
  db: Queryable,
  carrier: CarrierAdapter,
  ctx: RequestContext,
  dossierId: string,
): Promise<DossierShipments> {
  const dossier = requireOwnAgency(ctx.actor, await findDossier(db, ctx.actor.agencyId, dossierId));
  const items = await listDossierShipments(db, ctx.actor.agencyId, dossierId);
  const underWay = items.some((s) => s.status !== 'delivered' && s.status !== 'failed');
  const handover = await postHandoverOf(db, ctx.actor.agencyId, dossierId);
  const waiting = dossier.return_method === 'post' && dossier.state === 'result_at_counter' && !underWay;
  const applicant = dossier.applicant as { phone?: unknown; representative?: unknown; kind?: unknown };
  return {
    items,
    canDispatch: waiting && handover.handedToPost,
    awaitingHandover: waiting && !handover.handedToPost,
    handover: handover.latest,
    defaults: {
      recipientName:
        applicant.kind === 'organisation' && typeof applicant.representative === 'string'
          ? `${applicant.representative} (${dossier.applicant_name})`
          : dossier.applicant_name,
      recipientAddress: dossier.return_address ?? '',
      recipientPhone: typeof applicant.phone === 'string' ? applicant.phone : '',
    },
    carrier: { id: carrier.id, generatesNumbers: carrier.generatesNumbers, simulator: carrier.simulator },
  };
}

export async function failedDeliveries(db: Queryable, ctx: RequestContext) {
  const rows = await listFailedDeliveries(db, ctx.actor.agencyId);
  return { items: rows.map((r) => ({ ...r, failedAt: r.failedAt.toISOString() })) };
}

/**
 * The parcel as the public lookup shows it: tracking number and status only, the recipient's
 * name masked as the applicant's is, no address or phone. Null when the result does not go by post
 * or has not been sent yet.
 */
export async function publicParcel(db: Queryable, agencyId: string, dossierId: string) {
  const latest = await db
    .selectFrom('shipment')
    .select(['id', 'tracking_number', 'status', 'status_at', 'delivered_at', 'delivered_to'])
    .where('agency_id', '=', agencyId)
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return null;
  const events = await db
    .selectFrom('shipment_event')
    .select(['status', 'occurred_at'])
    .where('agency_id', '=', agencyId)
    .where('shipment_id', '=', latest.id)
    .where('applied', '=', true)
    .orderBy('occurred_at')
    .execute();
  const status = latest.status as ShipmentStatus;
  return {
    trackingNumber: latest.tracking_number,
    status,
    statusText: SHIPMENT_STATUS_TEXT[status].vi,
    statusAt: latest.status_at.toISOString(),
    deliveredAt: latest.delivered_at?.toISOString() ?? null,
    deliveredTo: latest.delivered_to ? maskPersonName(latest.delivered_to) : null,
    history: events.map((e) => ({
      at: e.occurred_at.toISOString(),
      status: e.status as ShipmentStatus,
      statusText: SHIPMENT_STATUS_TEXT[e.status as ShipmentStatus].vi,
    })),
  };
}
