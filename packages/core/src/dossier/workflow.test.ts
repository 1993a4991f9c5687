import { describe, expect, it } from 'vitest';
import { AppError, type LocalisedText } from '../errors.js';
import { ROLES, type Role } from '../roles.js';
import {
  allowedActions,
  type ClockEffect,
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  type DossierAction,
  type DossierState,
  isClosed,
  NATIONAL_STATUS,
  nextState,
  type Transition,
  WORKFLOW,
} from './workflow.js';

/**
 * The workflow as a person reads it: per state, who may do what and where it leads. Written
 * out by hand on purpose, so any change to WORKFLOW fails here and must be re-read. Actions are
 * listed in DOSSIER_ACTIONS order (the order allowedActions returns); a role not listed may do
 * nothing in that state.
 */
const EXPECTED: Record<DossierState, Partial<Record<Role, Partial<Record<DossierAction, DossierState>>>>> = {
  submitted_online: {
    counter_clerk: { accept_online: 'received', refuse_online: 'refused_at_reception', withdraw: 'withdrawn' },
  },
  refused_at_reception: {},
  received: {
    counter_clerk: { transfer_to_unit: 'at_unit', withdraw: 'withdrawn', draft_apology: 'received' },
    leader: { extend_deadline: 'received', reject_apology: 'received' },
  },
  at_unit: {
    counter_clerk: { withdraw: 'withdrawn' },
    unit_head: { assign: 'under_review', draft_apology: 'at_unit' },
    leader: { stop: 'stopped', extend_deadline: 'at_unit', reject_apology: 'at_unit' },
  },
  under_review: {
    counter_clerk: { withdraw: 'withdrawn' },
    unit_head: { assign: 'under_review', draft_apology: 'under_review' }, // re-assignment to another specialist
    specialist: {
      request_supplement: 'supplement_requested',
      request_payment: 'payment_requested',
      propose_result: 'result_proposed',
      propose_refusal: 'refusal_proposed',
      draft_apology: 'under_review',
      send_to_agency: 'at_other_agency',
    },
    leader: { stop: 'stopped', extend_deadline: 'under_review', reject_apology: 'under_review' },
  },
  at_other_agency: {
    counter_clerk: { withdraw: 'withdrawn' },
    unit_head: { draft_apology: 'at_other_agency' },
    specialist: { draft_apology: 'at_other_agency', receive_from_agency: 'under_review' },
    leader: { stop: 'stopped', extend_deadline: 'at_other_agency', reject_apology: 'at_other_agency' },
  },
  supplement_requested: {
    counter_clerk: { record_supplement: 'under_review', withdraw: 'withdrawn' },
    leader: { stop: 'stopped' },
  },
  payment_requested: {
    counter_clerk: { confirm_payment: 'under_review', withdraw: 'withdrawn' },
    leader: { stop: 'stopped' },
  },
  result_proposed: {
    counter_clerk: { withdraw: 'withdrawn' },
    unit_head: { check: 'awaiting_approval', send_back: 'under_review', draft_apology: 'result_proposed' },
    leader: { extend_deadline: 'result_proposed', reject_apology: 'result_proposed' },
  },
  refusal_proposed: {
    counter_clerk: { withdraw: 'withdrawn' },
    unit_head: { check: 'awaiting_approval', send_back: 'under_review', draft_apology: 'refusal_proposed' },
    leader: { extend_deadline: 'refusal_proposed', reject_apology: 'refusal_proposed' },
  },
  awaiting_approval: {
    counter_clerk: { withdraw: 'withdrawn' },
    unit_head: { draft_apology: 'awaiting_approval' },
    leader: {
      approve: 'approved',
      return_to_unit: 'under_review',
      stop: 'stopped',
      extend_deadline: 'awaiting_approval',
      reject_apology: 'awaiting_approval',
    },
  },
  approved: { records_officer: { issue: 'result_at_counter' } },
  result_at_counter: { counter_clerk: { return_result: 'returned' } },
  returned: {},
  withdrawn: {},
  stopped: {},
};

/** What each action does to the legal clock, wherever it is allowed (DOMAIN.md §7). */
const CLOCK: Partial<Record<DossierAction, ClockEffect>> = {
  accept_online: 'start',
  request_supplement: 'pause',
  request_payment: 'pause',
  record_supplement: 'resume',
  confirm_payment: 'resume',
  issue: 'stop',
  withdraw: 'stop',
  stop: 'stop',
};

const CLOSED: readonly DossierState[] = ['refused_at_reception', 'returned', 'withdrawn', 'stopped'];

function expectedActions(state: DossierState, role: Role): DossierAction[] {
  return Object.keys(EXPECTED[state][role] ?? {}) as DossierAction[];
}

function tableEntries(state: DossierState): [DossierAction, Transition][] {
  return Object.entries(WORKFLOW[state]) as [DossierAction, Transition][];
}

/** The refusal nextState throws, with the allowed actions read back out of its messages. */
function refusal(state: DossierState, action: DossierAction, role: Role): { error: AppError; listed: string[][] } {
  try {
    nextState(state, action, role);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const message = error.details?.[0]?.message as LocalisedText;
    const en = /Allowed: (.*)\.$/.exec(message.en)?.[1];
    const vi = /Được phép: (.*)\.$/.exec(message.vi)?.[1];
    const list = (text: string | undefined, none: string) => (text === none ? [] : (text?.split(', ') ?? ['?']));
    return { error, listed: [list(en, 'none'), list(vi, 'không có')] };
  }
  throw new Error(`${role} was allowed ${action} in ${state}`);
}

describe('the workflow table, read by a person', () => {
  it.each(DOSSIER_STATES.flatMap((state) => ROLES.map((role) => [state, role] as const)))(
    'in %s, %s may do exactly what the expected table says',
    (state, role) => {
      expect(allowedActions(state, role)).toEqual(expectedActions(state, role));
      for (const [action, to] of Object.entries(EXPECTED[state][role] ?? {})) {
        expect(nextState(state, action as DossierAction, role).to).toBe(to);
      }
    },
  );

  it('gives no action anywhere to roles outside the dossier chain', () => {
    for (const role of ['administrator', 'courier', 'focal_officer', 'inspector'] as const) {
      expect(DOSSIER_STATES.flatMap((state) => allowedActions(state, role))).toEqual([]);
    }
  });

  it('lists every action of the table in the expected table, and nothing more', () => {
    for (const state of DOSSIER_STATES) {
      const fromTable = tableEntries(state).flatMap(([action, t]) => t.roles.map((role) => `${role}:${action}`));
      const fromExpected = ROLES.flatMap((role) => expectedActions(state, role).map((action) => `${role}:${action}`));
      expect(fromTable.sort(), state).toEqual(fromExpected.sort());
    }
  });
});

describe('nextState, the one guard: every state × role × action', () => {
  it.each(DOSSIER_STATES.flatMap((state) => ROLES.map((role) => [state, role] as const)))(
    'in %s as %s: the table target, or ACTION_NOT_ALLOWED listing allowedActions',
    (state, role) => {
      const allowed = allowedActions(state, role);
      for (const action of DOSSIER_ACTIONS) {
        const t = (WORKFLOW[state] as Partial<Record<DossierAction, Transition>>)[action];
        if (t?.roles.includes(role)) {
          const result = nextState(state, action, role);
          expect(result).toEqual({ to: t.to === 'same' ? state : t.to, ...(t.clock ? { clock: t.clock } : {}) });
          expect(allowed).toContain(action);
          continue;
        }
        expect(allowed).not.toContain(action);
        const { error, listed } = refusal(state, action, role);
        expect(error.code).toBe('ACTION_NOT_ALLOWED');
        expect(error.details).toHaveLength(1);
        expect(error.details?.[0]?.field).toBe('action');
        expect(listed, `${role} ${action} in ${state}`).toEqual([allowed, allowed]);
        expect(error.internal).toBe(`allowed: ${allowed.join(',')}`);
      }
    },
  );

  it('names the refused action and the state in both languages', () => {
    const { error } = refusal('at_unit', 'approve', 'leader');
    expect(error.details?.[0]?.message).toEqual({
      vi: 'Không thể thực hiện "approve" khi hồ sơ ở trạng thái "at_unit". Được phép: stop, extend_deadline, reject_apology.',
      en: '"approve" is not allowed in state "at_unit". Allowed: stop, extend_deadline, reject_apology.',
    });
  });

  it('refuses with ACTION_NOT_ALLOWED, not a TypeError, for an action name that is not in the table', () => {
    for (const action of ['toString', 'constructor', '__proto__', 'receive']) {
      expect(refusal('received', action as DossierAction, 'counter_clerk').error.code).toBe('ACTION_NOT_ALLOWED');
    }
  });
});

describe('NATIONAL_STATUS (DOMAIN.md §5)', () => {
  it('maps every state to the national code', () => {
    expect(NATIONAL_STATUS).toEqual({
      submitted_online: 1,
      received: 2,
      refused_at_reception: 3,
      at_unit: 4,
      under_review: 4,
      at_other_agency: 4,
      result_proposed: 4,
      refusal_proposed: 4,
      awaiting_approval: 4,
      approved: 4,
      supplement_requested: 5,
      payment_requested: 6,
      withdrawn: 7,
      stopped: 8,
      result_at_counter: 9,
      returned: 10,
    });
  });

  it('uses every code 1–10 and nothing else', () => {
    const codes = DOSSIER_STATES.map((state) => NATIONAL_STATUS[state]);
    expect(new Set(codes)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });
});

describe('closed states and reachability', () => {
  it('closed states allow nothing, for anyone', () => {
    for (const state of DOSSIER_STATES) {
      expect(isClosed(state), state).toBe(CLOSED.includes(state));
    }
    for (const state of CLOSED) {
      for (const role of ROLES) expect(allowedActions(state, role)).toEqual([]);
    }
  });

  it('every open state can still reach a closed state, and every state before the result can reach returned', () => {
    const reachable = (from: DossierState): Set<DossierState> => {
      const seen = new Set<DossierState>([from]);
      const queue = [from];
      for (let state = queue.shift(); state; state = queue.shift()) {
        for (const [, t] of tableEntries(state)) {
          const to = t.to === 'same' ? state : t.to;
          if (seen.has(to)) continue;
          seen.add(to);
          queue.push(to);
        }
      }
      return seen;
    };
    for (const state of DOSSIER_STATES.filter((s) => !isClosed(s))) {
      const seen = reachable(state);
      expect(seen.has('returned'), `${state} reaches returned`).toBe(true);
      expect(
        CLOSED.some((closed) => seen.has(closed)),
        state,
      ).toBe(true);
    }
    expect(reachable('submitted_online')).toEqual(new Set(DOSSIER_STATES)); // no state is dead code
  });
});

describe('clock effects (DOMAIN.md §7)', () => {
  it.each(DOSSIER_STATES)('in %s, each action has the clock effect of its kind', (state) => {
    for (const [action, t] of tableEntries(state)) {
      expect(t.clock, `${action} in ${state}`).toBe(CLOCK[action]);
    }
  });

  it('starts on online acceptance, pauses for supplement and payment, resumes, and stops at the end', () => {
    expect(nextState('submitted_online', 'accept_online', 'counter_clerk').clock).toBe('start');
    expect(nextState('under_review', 'request_supplement', 'specialist').clock).toBe('pause');
    expect(nextState('under_review', 'request_payment', 'specialist').clock).toBe('pause');
    expect(nextState('supplement_requested', 'record_supplement', 'counter_clerk').clock).toBe('resume');
    expect(nextState('payment_requested', 'confirm_payment', 'counter_clerk').clock).toBe('resume');
    expect(nextState('approved', 'issue', 'records_officer').clock).toBe('stop');
    expect(nextState('supplement_requested', 'withdraw', 'counter_clerk').clock).toBe('stop');
    expect(nextState('under_review', 'stop', 'leader').clock).toBe('stop');
    expect(nextState('received', 'transfer_to_unit', 'counter_clerk')).not.toHaveProperty('clock');
    expect(nextState('result_at_counter', 'return_result', 'counter_clerk')).not.toHaveProperty('clock');
  });
});

describe('the main path', () => {
  const MAIN_PATH: readonly (readonly [DossierAction, Role, DossierState])[] = [
    ['transfer_to_unit', 'counter_clerk', 'at_unit'],
    ['assign', 'unit_head', 'under_review'],
    ['request_supplement', 'specialist', 'supplement_requested'],
    ['record_supplement', 'counter_clerk', 'under_review'],
    ['propose_result', 'specialist', 'result_proposed'],
    ['check', 'unit_head', 'awaiting_approval'],
    ['approve', 'leader', 'approved'],
    ['issue', 'records_officer', 'result_at_counter'],
    ['return_result', 'counter_clerk', 'returned'],
  ];

  it('goes from received to returned with the right role at each step, and no other role', () => {
    let state: DossierState = 'received';
    for (const [action, role, to] of MAIN_PATH) {
      for (const other of ROLES.filter((r) => r !== role)) {
        expect(() => nextState(state, action, other), `${other} ${action}`).toThrow(AppError);
      }
      state = nextState(state, action, role).to;
      expect(state).toBe(to);
    }
  });

  it('starts online with the counter accepting the dossier', () => {
    expect(nextState('submitted_online', 'accept_online', 'counter_clerk').to).toBe('received');
  });

  it('returns a refusal through the same hands', () => {
    const path = [
      ['propose_refusal', 'specialist'],
      ['check', 'unit_head'],
      ['approve', 'leader'],
      ['issue', 'records_officer'],
      ['return_result', 'counter_clerk'],
    ] as const;
    let state: DossierState = 'under_review';
    for (const [action, role] of path) state = nextState(state, action, role).to;
    expect(state).toBe('returned');
  });
});
