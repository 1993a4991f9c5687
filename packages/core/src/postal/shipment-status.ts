/**
 * The life of a parcel carrying a result by post (DOMAIN.md §8). `dispatched` is ours (handed
 * to the carrier, nothing reported yet); the others are what the carrier reports. A status only
 * ever moves forward: a late `in_transit` after `out_for_delivery` is kept in the timeline but
 * changes nothing; `delivered` and `failed` are final.
 */
export const SHIPMENT_STATUSES = [
  'dispatched',
  'accepted',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'failed',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** What a carrier may report (everything but our own `dispatched`). */
export const CARRIER_STATUSES = ['accepted', 'in_transit', 'out_for_delivery', 'delivered', 'failed'] as const;
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];

const RANK: Record<ShipmentStatus, number> = {
  dispatched: 0,
  accepted: 1,
  in_transit: 2,
  out_for_delivery: 3,
  delivered: 4,
  failed: 4,
};

export function isFinalShipmentStatus(status: ShipmentStatus): boolean {
  return status === 'delivered' || status === 'failed';
}

/** True when a report of `next` moves a shipment now at `current` forward. */
export function advancesShipment(current: ShipmentStatus, next: ShipmentStatus): boolean {
  return !isFinalShipmentStatus(current) && RANK[next] > RANK[current];
}

/** The words citizens and the counter read (vi is the definition). */
export const SHIPMENT_STATUS_TEXT: Record<ShipmentStatus, { vi: string; en: string }> = {
  dispatched: { vi: 'Đã giao cho bưu điện', en: 'Handed to the post' },
  accepted: { vi: 'Bưu điện đã nhận bưu gửi', en: 'Accepted by the post' },
  in_transit: { vi: 'Đang vận chuyển', en: 'In transit' },
  out_for_delivery: { vi: 'Đang phát', en: 'Out for delivery' },
  delivered: { vi: 'Đã phát thành công', en: 'Delivered' },
  failed: {
    vi: 'Phát không thành công, chuyển hoàn về Bộ phận một cửa',
    en: 'Delivery failed, returned to the counter',
  },
};
