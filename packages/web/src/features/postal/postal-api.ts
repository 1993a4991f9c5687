import type {
  DispatchShipmentRequest,
  DossierShipments,
  FailedShipment,
  PublicParcelView,
  ShipmentView,
} from '@motcua/core';
import { postJson } from '../../api/client.js';

export type { DossierShipments, FailedShipment, PublicParcelView, ShipmentView };
export type Simulation = NonNullable<DispatchShipmentRequest['simulation']>;

export const shipmentsPath = (dossierId: string) => `/api/dossiers/${encodeURIComponent(dossierId)}/shipments`;

export function dispatchShipment(dossierId: string, body: DispatchShipmentRequest): Promise<DossierShipments> {
  return postJson<DossierShipments>(shipmentsPath(dossierId), body);
}
