/**
 * Pickup orders (thu gom hồ sơ, DOMAIN.md §8): the post collects a dossier at the applicant's
 * address and carries it to the counter. The legal clock does not start at pickup: it starts when
 * the counter receives the dossier (DOMAIN.md §7).
 */
export const PICKUP_STATUSES = ['requested', 'assigned', 'collected', 'handed_over', 'received', 'cancelled'] as const;
export type PickupStatus = (typeof PICKUP_STATUSES)[number];

export const PICKUP_EVENTS = ['assign', 'collect', 'hand_over', 'receive', 'cancel'] as const;
export type PickupEvent = (typeof PICKUP_EVENTS)[number];

/** From which statuses each event may happen, and where it leads. */
export const PICKUP_TRANSITIONS = {
  // Reassigning another courier is allowed until the package is collected.
  assign: { from: ['requested', 'assigned'], to: 'assigned' },
  collect: { from: ['assigned'], to: 'collected' },
  // Confirmed post → counter hand-over record.
  hand_over: { from: ['collected'], to: 'handed_over' },
  // The counter receives the dossier (code, clock start): linked to the pickup.
  receive: { from: ['handed_over'], to: 'received' },
  // Once the package is sealed and paid for, it can no longer be cancelled: it goes to the counter.
  cancel: { from: ['requested', 'assigned'], to: 'cancelled' },
} as const satisfies Record<PickupEvent, { from: readonly PickupStatus[]; to: PickupStatus }>;

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextPickupStatus(status: PickupStatus, event: PickupEvent): PickupStatus | null {
  const t = PICKUP_TRANSITIONS[event];
  return (t.from as readonly PickupStatus[]).includes(status) ? t.to : null;
}

/** The events allowed in a status, in table order (the UI's buttons). */
export function pickupEventsIn(status: PickupStatus): PickupEvent[] {
  return PICKUP_EVENTS.filter((e) => nextPickupStatus(status, e) !== null);
}

/** Money the courier collects, as separate lines with receipt numbers. */
export const PAYMENT_KINDS = ['fee', 'postal_charge'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** "TG-000042": the printed number of a pickup order. */
export function pickupNumber(n: number): string {
  return `TG-${String(n).padStart(6, '0')}`;
}
