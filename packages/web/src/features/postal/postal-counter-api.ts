import type {
  CollectPickupRequest,
  CreateHandoverRequest,
  CreatePickupRequest,
  FlagDiscrepancyRequest,
  HandoverView,
  PickupView,
  PublicPickupRequest,
  ResolveDiscrepancyRequest,
} from '@motcua/core';
import { postJson } from '../../api/client.js';

export type {
  HandoverCandidate,
  HandoverDirection,
  HandoverItemView,
  HandoverSummary,
  HandoverView,
  PickupView,
  RemittanceReport,
} from '@motcua/core';
export type CourierOption = { id: string; fullName: string; username: string };

export const HANDOVERS_PATH = '/ban-giao';
export const PICKUPS_PATH = '/thu-gom';
export const PUBLIC_PICKUP_PATH = '/thu-gom-ho-so';
export const handoverHref = (id: string) => `${HANDOVERS_PATH}/${id}`;
export const pickupHref = (id: string) => `${PICKUPS_PATH}/${id}`;

export const createHandover = (body: CreateHandoverRequest) => postJson<HandoverView>('/api/handovers', body);
export const confirmHandover = (id: string) => postJson<HandoverView>(`/api/handovers/${id}/confirm`, undefined);
export const flagItem = (id: string, ord: number, body: FlagDiscrepancyRequest) =>
  postJson<HandoverView>(`/api/handovers/${id}/items/${ord}/discrepancy`, body);
export const resolveItem = (id: string, ord: number, body: ResolveDiscrepancyRequest) =>
  postJson<HandoverView>(`/api/handovers/${id}/items/${ord}/resolution`, body);

export const createPickup = (body: CreatePickupRequest) => postJson<PickupView>('/api/pickups', body);
export const assignPickup = (id: string, courierId: string) =>
  postJson<PickupView>(`/api/pickups/${id}/assign`, { courierId });
export const cancelPickup = (id: string, reason: string) =>
  postJson<PickupView>(`/api/pickups/${id}/cancel`, { reason });
export const collectPickup = (id: string, body: CollectPickupRequest) =>
  postJson<PickupView>(`/api/pickups/${id}/collect`, body);
export const requestPublicPickup = (body: PublicPickupRequest) =>
  postJson<{ number: string }>('/api/public/pickups', body);
