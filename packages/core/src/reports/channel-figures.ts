import type { Role } from '../roles.js';

/**
 * Channel figures (DOMAIN.md §1, §10): dossiers received by channel, returned by method, and how
 * many the postal staff handled, over a period. Counted from the dossier event log, so a figure
 * is reproducible for any past period.
 */
export const RECEPTION_CHANNELS = ['counter', 'post', 'online'] as const;
export type ReceptionChannel = (typeof RECEPTION_CHANNELS)[number];
export const RETURN_METHODS_COUNTED = ['counter', 'post', 'electronic'] as const;
export type ReturnMethodCounted = (typeof RETURN_METHODS_COUNTED)[number];

/**
 * Events that make a dossier "received": the counter's reception of a counter or postal dossier
 * (`receive`), and the acceptance of an online one (`accept_online`). Submissions not yet
 * accepted and refusals at reception are not receptions.
 */
export const RECEPTION_ACTIONS = ['receive', 'accept_online'] as const;
/** Events that make a dossier "returned": the result handed over (`return_result`). */
export const RETURN_ACTIONS = ['return_result'] as const;

/**
 * "Handled by postal staff": a reception or a return recorded by a Vietnam Post employee, that is
 * by an account with the counter clerk role (postal staff at the one-stop counter) or the courier
 * role (postal staff picking up and delivering). A dossier counts once however many of its events
 * they recorded in the period.
 */
export const POSTAL_STAFF_ROLES: readonly Role[] = ['counter_clerk', 'courier'];

export type ChannelEvent = {
  dossierId: string;
  action: string;
  channel: ReceptionChannel;
  returnMethod: ReturnMethodCounted;
  actorRole: string;
};

export type ChannelFigures = {
  received: Record<ReceptionChannel, number> & { total: number };
  returned: Record<ReturnMethodCounted, number> & { total: number };
  postalStaff: {
    /** Dossiers whose reception a postal staff account recorded. */
    received: number;
    /** Dossiers whose result a postal staff account returned. */
    returned: number;
    /** Dossiers received or returned (or both) by postal staff, each counted once. */
    handled: number;
  };
};

export function isReceptionAction(action: string): boolean {
  return (RECEPTION_ACTIONS as readonly string[]).includes(action);
}
export function isReturnAction(action: string): boolean {
  return (RETURN_ACTIONS as readonly string[]).includes(action);
}
export function isPostalStaff(role: string): boolean {
  return (POSTAL_STAFF_ROLES as readonly string[]).includes(role);
}

/**
 * Counts the events of one period. Each dossier is received at most once and returned at most
 * once per period; should the log hold a repeated event (data migrated from an older system), it
 * still counts once, so figures never double a dossier (DOMAIN.md §12).
 */
export function countChannelFigures(events: readonly ChannelEvent[]): ChannelFigures {
  const figures: ChannelFigures = {
    received: { counter: 0, post: 0, online: 0, total: 0 },
    returned: { counter: 0, post: 0, electronic: 0, total: 0 },
    postalStaff: { received: 0, returned: 0, handled: 0 },
  };
  const received = new Set<string>();
  const returned = new Set<string>();
  const postalReceived = new Set<string>();
  const postalReturned = new Set<string>();
  for (const e of events) {
    if (isReceptionAction(e.action)) {
      if (received.has(e.dossierId)) continue;
      received.add(e.dossierId);
      figures.received[e.channel] += 1;
      if (isPostalStaff(e.actorRole)) postalReceived.add(e.dossierId);
    } else if (isReturnAction(e.action)) {
      if (returned.has(e.dossierId)) continue;
      returned.add(e.dossierId);
      figures.returned[e.returnMethod] += 1;
      if (isPostalStaff(e.actorRole)) postalReturned.add(e.dossierId);
    }
  }
  figures.received.total = received.size;
  figures.returned.total = returned.size;
  figures.postalStaff.received = postalReceived.size;
  figures.postalStaff.returned = postalReturned.size;
  figures.postalStaff.handled = new Set([...postalReceived, ...postalReturned]).size;
  return figures;
}
