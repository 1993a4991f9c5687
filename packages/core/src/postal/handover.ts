import type { DossierAction, DossierState } from '../dossier/workflow.js';
import type { Role } from '../roles.js';

/**
 * Hand-over records (biên bản bàn giao, DOMAIN.md §8): every exchange of paper between the post,
 * the counter and the units is written down, the sender lists what goes, the receiver confirms
 * it or flags a discrepancy per item. The table below is the one place that says who sends and
 * who receives each kind, what it carries, and what confirming it does to a dossier.
 */
export const HANDOVER_DIRECTIONS = [
  'post_to_counter',
  'counter_to_unit',
  'unit_to_counter',
  'counter_to_post',
] as const;
export type HandoverDirection = (typeof HANDOVER_DIRECTIONS)[number];

export const HANDOVER_STATUSES = ['sent', 'disputed', 'confirmed'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const DISCREPANCY_KINDS = ['missing', 'damaged', 'fee_mismatch'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export type HandoverRule = {
  sender: Role;
  receiver: Role;
  /** What the items are: pickup packages (post → counter) or dossiers. */
  carries: 'pickup' | 'dossier';
  /** The state a dossier must be in to go on the record. */
  dossierState?: DossierState;
  /** The dossier action confirming the record performs, on the sender's behalf, in the same transaction. */
  performs?: DossierAction;
};

export const HANDOVER_RULES = {
  // The courier brings sealed pickup packages to the counter, with the money collected.
  post_to_counter: { sender: 'courier', receiver: 'counter_clerk', carries: 'pickup' },
  // The counter takes received paper dossiers to the competent unit: confirming is the transfer.
  counter_to_unit: {
    sender: 'counter_clerk',
    receiver: 'unit_head',
    carries: 'dossier',
    dossierState: 'received',
    performs: 'transfer_to_unit',
  },
  // The records office sends the approved, numbered results to the counter: confirming is the issue.
  unit_to_counter: {
    sender: 'records_officer',
    receiver: 'counter_clerk',
    carries: 'dossier',
    dossierState: 'approved',
    performs: 'issue',
  },
  // The counter gives results to be returned by post to the courier: the dispatch of a shipment
  // requires a confirmed record of it (server modules/postal/post-handover-rule.ts).
  counter_to_post: {
    sender: 'counter_clerk',
    receiver: 'courier',
    carries: 'dossier',
    dossierState: 'result_at_counter',
  },
} as const satisfies Record<HandoverDirection, HandoverRule>;

/** The directions a role may send. */
export function directionsSentBy(role: Role): HandoverDirection[] {
  return HANDOVER_DIRECTIONS.filter((d) => HANDOVER_RULES[d].sender === role);
}

/** The direction whose confirmation performs `action`, if paper must move for it. */
export function directionPerforming(action: DossierAction): HandoverDirection | undefined {
  return HANDOVER_DIRECTIONS.find((d) => (HANDOVER_RULES[d] as HandoverRule).performs === action);
}

/** Paper moves only for dossiers that have paper: received at the counter or from the post. */
export function hasPaper(channel: string): boolean {
  return channel === 'counter' || channel === 'post';
}

export type ItemDiscrepancy = { kind: DiscrepancyKind | null; resolvedAt: Date | string | null; removed: boolean };

/** An item flagged by the receiver and not yet resolved by the sender. */
export function isOpenDiscrepancy(item: ItemDiscrepancy): boolean {
  return item.kind !== null && item.resolvedAt === null;
}

/** The record's status after a flag or a resolution: disputed while any item is open. */
export function statusAfterReview(items: readonly ItemDiscrepancy[]): Exclude<HandoverStatus, 'confirmed'> {
  return items.some(isOpenDiscrepancy) ? 'disputed' : 'sent';
}

/**
 * Why a record cannot be confirmed now, or null when it can: a record with an open discrepancy
 * is resolved first, and a record whose every item was taken off hands nothing over.
 */
export function confirmBlocker(
  status: HandoverStatus,
  items: readonly ItemDiscrepancy[],
): 'already_confirmed' | 'open_discrepancy' | 'empty' | null {
  if (status === 'confirmed') return 'already_confirmed';
  if (items.some(isOpenDiscrepancy)) return 'open_discrepancy';
  if (items.every((i) => i.removed)) return 'empty';
  return null;
}

/** "BG-000042": the printed number of a hand-over record. */
export function handoverNumber(n: number): string {
  return `BG-${String(n).padStart(6, '0')}`;
}
