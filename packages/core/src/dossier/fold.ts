import { ROLES, type Role } from '../roles.js';
import {
  allowedActions,
  nextState,
  type ClockEffect,
  type DossierAction,
  type DossierState,
  NATIONAL_STATUS,
} from './workflow.js';

/** How a dossier came to exist: received complete at the counter (or from the post), or online. */
export type CreationAction = 'receive' | 'submit_online';

/** One entry of a dossier's append-only log. `at` is an ISO-8601 instant. */
export type DossierEvent = {
  seq: number;
  action: CreationAction | DossierAction;
  at: string;
  actorId: string | null;
  actorRole: Role | 'portal';
  data: Record<string, unknown>;
};

export type ClockPause = { from: Date; to?: Date; reason: 'supplement' | 'payment' };

export type DossierFold = {
  state: DossierState;
  nationalStatus: number;
  version: number;
  submittedAt: Date;
  /** When the legal clock started: reception of a complete dossier (DOMAIN.md §7). */
  receivedAt: Date | null;
  /** When processing ended (result issued, withdrawn, stopped). */
  finishedAt: Date | null;
  pauses: ClockPause[];
  supplementRequests: number;
  unitId: string | null;
  assigneeId: string | null;
  /** The latest approved new appointment (apology and extension), if any. */
  extendedDueAt: Date | null;
  /** When that new appointment was approved: only pauses after it move it (see dueAtOf). */
  extendedAt: Date | null;
  /** An apology drafted by the responsible unit, waiting for the leader (Decree 118). */
  pendingApology: PendingApology | null;
  /** While at another agency (liên thông): which one and by when its part is due. */
  otherAgency: OtherAgencyVisit | null;
  lastNote: string | null;
};

export type PendingApology = { newDueAt: Date; note: string; draftedAt: Date; draftedBy: string | null };
export type OtherAgencyVisit = { agencyName: string; agencyCode: string | null; budgetDays: number; sentAt: Date };

/**
 * A dossier's state is the fold of its event log (events in seq order). Transitions are not
 * re-checked for roles here: the guard checked them when each event was written.
 */
export function foldDossier(events: readonly DossierEvent[]): DossierFold {
  const [first, ...rest] = events;
  if (!first || (first.action !== 'receive' && first.action !== 'submit_online')) {
    throw new Error('a dossier log starts with receive or submit_online');
  }
  const fold: DossierFold = {
    state: first.action === 'receive' ? 'received' : 'submitted_online',
    nationalStatus: 0,
    version: first.seq,
    submittedAt: new Date(first.at),
    receivedAt: first.action === 'receive' ? new Date(first.at) : null,
    finishedAt: null,
    pauses: [],
    supplementRequests: 0,
    unitId: null,
    assigneeId: null,
    extendedDueAt: null,
    extendedAt: null,
    pendingApology: null,
    otherAgency: null,
    lastNote: null,
  };
  for (const e of rest) apply(fold, e);
  fold.nationalStatus = NATIONAL_STATUS[fold.state];
  return fold;
}

function apply(fold: DossierFold, e: DossierEvent): void {
  const action = e.action as DossierAction;
  const at = new Date(e.at);
  const { to, clock } = transition(fold.state, action);
  applyClock(fold, clock, action, at);
  if (action === 'transfer_to_unit') fold.unitId = str(e.data.unitId);
  if (action === 'assign') fold.assigneeId = str(e.data.specialistId);
  if (action === 'request_supplement') fold.supplementRequests += 1;
  if (action === 'extend_deadline' && typeof e.data.newDueAt === 'string') {
    fold.extendedDueAt = new Date(e.data.newDueAt);
    fold.extendedAt = at;
  }
  if (action === 'draft_apology' && typeof e.data.newDueAt === 'string')
    fold.pendingApology = {
      newDueAt: new Date(e.data.newDueAt),
      note: str(e.data.note) ?? '',
      draftedAt: at,
      draftedBy: e.actorId,
    };
  if (action === 'extend_deadline' || action === 'reject_apology') fold.pendingApology = null;
  if (action === 'send_to_agency')
    fold.otherAgency = {
      agencyName: str(e.data.agencyName) ?? '',
      agencyCode: str(e.data.agencyCode),
      budgetDays: typeof e.data.budgetDays === 'number' ? e.data.budgetDays : 0,
      sentAt: at,
    };
  if (action === 'receive_from_agency') fold.otherAgency = null;
  if (typeof e.data.note === 'string' && e.data.note) fold.lastNote = e.data.note;
  fold.state = to;
  fold.version = e.seq;
}

/** The transition the event took; any role that may take it will do, the guard ran at write time. */
function transition(state: DossierState, action: DossierAction): { to: DossierState; clock?: ClockEffect } {
  // A role that may take it, found without throwing: the log is folded several times per request.
  const role = ROLES.find((r) => allowedActions(state, r).includes(action));
  if (role) return nextState(state, action, role);
  throw new Error(`event ${action} cannot follow state ${state}`);
}

function applyClock(fold: DossierFold, clock: ClockEffect | undefined, action: DossierAction, at: Date): void {
  if (clock === 'start') fold.receivedAt = at;
  if (clock === 'pause')
    fold.pauses.push({ from: at, reason: action === 'request_payment' ? 'payment' : 'supplement' });
  // Withdrawing or stopping while the applicant is awaited also ends the wait: left open, the
  // pause would make the closed dossier's appointment null forever.
  if (clock === 'resume' || clock === 'stop') {
    const open = fold.pauses.at(-1);
    if (open && !open.to) open.to = at;
  }
  if (clock === 'stop') fold.finishedAt = at;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A stretch of time a dossier spent in one state, opened by `event`; `to` is null while current. */
export type StateSpan = { state: DossierState; from: Date; to: Date | null; event: DossierEvent };

/** The dossier's states over time (actions that keep the state do not split a span). */
export function stateSpans(events: readonly DossierEvent[]): StateSpan[] {
  const [first, ...rest] = events;
  if (!first) return [];
  const spans: StateSpan[] = [
    {
      state: first.action === 'receive' ? 'received' : 'submitted_online',
      from: new Date(first.at),
      to: null,
      event: first,
    },
  ];
  for (const e of rest) {
    const current = spans[spans.length - 1]!;
    const { to } = transition(current.state, e.action as DossierAction);
    if (to === current.state) continue;
    current.to = new Date(e.at);
    spans.push({ state: to, from: new Date(e.at), to: null, event: e });
  }
  return spans;
}
