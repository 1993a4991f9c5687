import { AppError } from '../errors.js';
import type { Role } from '../roles.js';

/**
 * The dossier workflow as data (DOMAIN.md §5). Each state lists the actions that may be taken
 * in it, by which roles, where they lead, and what they do to the legal clock. The server's one
 * guard and the web UI's buttons both read this table, so they never disagree.
 */
export const DOSSIER_STATES = [
  'submitted_online', // waiting in the online queue for the counter
  'refused_at_reception',
  'received', // at the counter, to be transferred
  'at_unit', // at the competent unit, to be assigned
  'under_review', // a specialist reviews it
  'at_other_agency', // inter-agency (liên thông): with another agency for its part, on its time budget
  'supplement_requested', // clock paused until the applicant supplements
  'payment_requested', // clock paused until fees are paid
  'result_proposed', // the head of unit checks the draft result
  'refusal_proposed', // the head of unit checks the draft refusal
  'awaiting_approval', // the leader approves and signs
  'approved', // the records office numbers and issues
  'result_at_counter', // issued, back at the counter for return
  'returned',
  'withdrawn',
  'stopped',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const DOSSIER_ACTIONS = [
  'accept_online',
  'refuse_online',
  'transfer_to_unit',
  'assign',
  'request_supplement',
  'record_supplement',
  'request_payment',
  'confirm_payment',
  'propose_result',
  'propose_refusal',
  'check',
  'send_back',
  'approve',
  'return_to_unit',
  'issue',
  'return_result',
  'withdraw',
  'stop',
  'extend_deadline',
  'draft_apology',
  'reject_apology',
  'send_to_agency',
  'receive_from_agency',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** National status codes synced with the portal (DOMAIN.md §5). */
export type NationalStatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const NATIONAL_STATUS = {
  submitted_online: 1,
  refused_at_reception: 3,
  received: 2,
  at_unit: 4,
  under_review: 4,
  at_other_agency: 4,
  supplement_requested: 5,
  payment_requested: 6,
  result_proposed: 4,
  refusal_proposed: 4,
  awaiting_approval: 4,
  approved: 4,
  result_at_counter: 9,
  returned: 10,
  withdrawn: 7,
  stopped: 8,
} as const satisfies Record<DossierState, NationalStatus>;

/** start: the legal clock starts; pause/resume: supplement and payment waits; stop: it ends. */
export type ClockEffect = 'start' | 'pause' | 'resume' | 'stop';

export type Transition = { roles: readonly Role[]; to: DossierState | 'same'; clock?: ClockEffect };

const COUNTER: readonly Role[] = ['counter_clerk'];
const HEAD: readonly Role[] = ['unit_head'];
const SPECIALIST: readonly Role[] = ['specialist'];
const LEADER: readonly Role[] = ['leader'];
/** Withdrawal is recorded by the counter at the applicant's written request. */
const withdraw: Transition = { roles: COUNTER, to: 'withdrawn', clock: 'stop' };
/** Stopping processing (dừng xử lý) is a leader's decision, with a reason. */
const stop: Transition = { roles: LEADER, to: 'stopped', clock: 'stop' };
/**
 * Apology and new appointment (Decree 118): the responsible unit drafts the apology with the
 * new date (`draft_apology`), the leader approves it (`extend_deadline`, which records the new
 * appointment and tells the applicant) or rejects the draft (`reject_apology`). Whether a draft
 * is pending is a rule on the log, checked in the server's action rules.
 */
const extend: Transition = { roles: LEADER, to: 'same' };
const rejectApology: Transition = { roles: LEADER, to: 'same' };
const apologyBy = (roles: readonly Role[]) => ({
  draft_apology: { roles, to: 'same' } as Transition,
  extend_deadline: extend,
  reject_apology: rejectApology,
});
const UNIT: readonly Role[] = ['unit_head', 'specialist'];

export const WORKFLOW = {
  submitted_online: {
    accept_online: { roles: COUNTER, to: 'received', clock: 'start' },
    refuse_online: { roles: COUNTER, to: 'refused_at_reception' },
    withdraw,
  },
  refused_at_reception: {},
  received: { transfer_to_unit: { roles: COUNTER, to: 'at_unit' }, withdraw, ...apologyBy(COUNTER) },
  at_unit: { assign: { roles: HEAD, to: 'under_review' }, withdraw, stop, ...apologyBy(HEAD) },
  under_review: {
    assign: { roles: HEAD, to: 'under_review' },
    request_supplement: { roles: SPECIALIST, to: 'supplement_requested', clock: 'pause' },
    request_payment: { roles: SPECIALIST, to: 'payment_requested', clock: 'pause' },
    propose_result: { roles: SPECIALIST, to: 'result_proposed' },
    propose_refusal: { roles: SPECIALIST, to: 'refusal_proposed' },
    send_to_agency: { roles: SPECIALIST, to: 'at_other_agency' },
    withdraw,
    stop,
    ...apologyBy(UNIT),
  },
  // The legal clock keeps running: the other agency's budget is part of the published total.
  at_other_agency: {
    receive_from_agency: { roles: SPECIALIST, to: 'under_review' },
    withdraw,
    stop,
    ...apologyBy(UNIT),
  },
  supplement_requested: {
    record_supplement: { roles: COUNTER, to: 'under_review', clock: 'resume' },
    withdraw,
    stop,
  },
  payment_requested: {
    confirm_payment: { roles: COUNTER, to: 'under_review', clock: 'resume' },
    withdraw,
    stop,
  },
  result_proposed: {
    check: { roles: HEAD, to: 'awaiting_approval' },
    send_back: { roles: HEAD, to: 'under_review' },
    withdraw,
    ...apologyBy(HEAD),
  },
  refusal_proposed: {
    check: { roles: HEAD, to: 'awaiting_approval' },
    send_back: { roles: HEAD, to: 'under_review' },
    withdraw,
    ...apologyBy(HEAD),
  },
  awaiting_approval: {
    approve: { roles: LEADER, to: 'approved' },
    return_to_unit: { roles: LEADER, to: 'under_review' },
    withdraw,
    stop,
    ...apologyBy(HEAD),
  },
  approved: { issue: { roles: ['records_officer'], to: 'result_at_counter', clock: 'stop' } },
  result_at_counter: { return_result: { roles: COUNTER, to: 'returned' } },
  returned: {},
  withdrawn: {},
  stopped: {},
} as const satisfies Record<DossierState, Partial<Record<DossierAction, Transition>>>;

function transitionOf(state: DossierState, action: DossierAction): Transition | undefined {
  const row: Partial<Record<DossierAction, Transition>> = WORKFLOW[state];
  // Own keys only: an action read from a request or the log ('toString', '__proto__') must get
  // the 409 refusal, not an inherited Object member and a TypeError.
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

/** The actions `role` may take on a dossier in `state`, in table order. */
export function allowedActions(state: DossierState, role: Role): DossierAction[] {
  return DOSSIER_ACTIONS.filter((a) => transitionOf(state, a)?.roles.includes(role));
}

/**
 * The one guard. A disallowed action is a 409 that lists what the caller may do instead
 * (HOUSE_STYLE: one guard, one clear refusal).
 */
export function nextState(
  state: DossierState,
  action: DossierAction,
  role: Role,
): { to: DossierState; clock?: ClockEffect } {
  const t = transitionOf(state, action);
  if (!t || !t.roles.includes(role)) {
    const allowed = allowedActions(state, role);
    throw new AppError(
      'ACTION_NOT_ALLOWED',
      [
        {
          field: 'action',
          message: {
            vi: `Không thể thực hiện "${action}" khi hồ sơ ở trạng thái "${state}". Được phép: ${allowed.join(', ') || 'không có'}.`,
            en: `"${action}" is not allowed in state "${state}". Allowed: ${allowed.join(', ') || 'none'}.`,
          },
        },
      ],
      `allowed: ${allowed.join(',')}`,
    );
  }
  return { to: t.to === 'same' ? state : t.to, ...(t.clock ? { clock: t.clock } : {}) };
}

export function isClosed(state: DossierState): boolean {
  return Object.keys(WORKFLOW[state]).length === 0;
}
