import { describe, expect, it } from 'vitest';
import { at, local } from '../calendar/fixtures/calendars.js';
import type { Role } from '../roles.js';
import { type CreationAction, type DossierEvent, foldDossier, stateSpans } from './fold.js';
import type { DossierAction, DossierState } from './workflow.js';

type Step = [
  action: CreationAction | DossierAction,
  when: string,
  role: Role | 'portal',
  data?: Record<string, unknown>,
];

/** An event log from readable steps; seq counts from 1, times are Hà Nội local. */
function log(...steps: Step[]): DossierEvent[] {
  return steps.map(([action, when, actorRole, data = {}], i) => ({
    seq: i + 1,
    action,
    at: at(when).toISOString(),
    actorId: actorRole === 'portal' ? null : `${actorRole}-1`,
    actorRole,
    data,
  }));
}

const MAIN_PATH: Step[] = [
  ['receive', '2026-01-12 07:00', 'counter_clerk'],
  ['transfer_to_unit', '2026-01-12 09:00', 'counter_clerk', { unitId: 'unit-pharmacy' }],
  ['assign', '2026-01-12 10:00', 'unit_head', { specialistId: 'specialist-7' }],
  ['request_supplement', '2026-01-13 07:00', 'specialist', { note: 'Thiếu bản sao chứng chỉ hành nghề dược' }],
  ['record_supplement', '2026-01-15 07:00', 'counter_clerk'],
  ['propose_result', '2026-01-20 09:00', 'specialist'],
  ['check', '2026-01-21 09:00', 'unit_head'],
  ['approve', '2026-01-22 09:00', 'leader'],
  ['issue', '2026-01-23 10:00', 'records_officer'],
  ['return_result', '2026-01-26 08:00', 'counter_clerk'],
];

describe('foldDossier on the main path', () => {
  const after: [DossierState, number][] = [
    ['received', 2],
    ['at_unit', 4],
    ['under_review', 4],
    ['supplement_requested', 5],
    ['under_review', 4],
    ['result_proposed', 4],
    ['awaiting_approval', 4],
    ['approved', 4],
    ['result_at_counter', 9],
    ['returned', 10],
  ];

  it.each(after.map(([state, code], i) => [MAIN_PATH[i]?.[0], state, code, i + 1] as const))(
    'after %s the dossier is %s (national status %s)',
    (_action, state, code, length) => {
      const fold = foldDossier(log(...MAIN_PATH.slice(0, length)));
      expect(fold.state).toBe(state);
      expect(fold.nationalStatus).toBe(code);
      expect(fold.version).toBe(length);
    },
  );

  it('keeps the facts of the whole journey', () => {
    const fold = foldDossier(log(...MAIN_PATH));
    expect({
      submittedAt: local(fold.submittedAt),
      receivedAt: local(fold.receivedAt),
      finishedAt: local(fold.finishedAt),
      pauses: fold.pauses.map((p) => ({ from: local(p.from), to: local(p.to ?? null), reason: p.reason })),
      supplementRequests: fold.supplementRequests,
      unitId: fold.unitId,
      assigneeId: fold.assigneeId,
      extendedDueAt: fold.extendedDueAt,
      lastNote: fold.lastNote,
    }).toEqual({
      submittedAt: '2026-01-12T07:00:00+07:00',
      receivedAt: '2026-01-12T07:00:00+07:00',
      finishedAt: '2026-01-23T10:00:00+07:00', // issue, not the return at the counter
      pauses: [{ from: '2026-01-13T07:00:00+07:00', to: '2026-01-15T07:00:00+07:00', reason: 'supplement' }],
      supplementRequests: 1,
      unitId: 'unit-pharmacy',
      assigneeId: 'specialist-7',
      extendedDueAt: null,
      lastNote: 'Thiếu bản sao chứng chỉ hành nghề dược',
    });
  });
});

describe('when the clock starts', () => {
  it('starts at reception for a dossier received at the counter', () => {
    const fold = foldDossier(log(['receive', '2026-01-12 16:45', 'counter_clerk']));
    expect(local(fold.submittedAt)).toBe('2026-01-12T16:45:00+07:00');
    expect(local(fold.receivedAt)).toBe('2026-01-12T16:45:00+07:00');
  });

  it('starts at acceptance, not submission, for an online dossier', () => {
    const submitted = log(['submit_online', '2026-01-17 20:00', 'portal']);
    expect(foldDossier(submitted)).toMatchObject({ state: 'submitted_online', nationalStatus: 1, receivedAt: null });

    const accepted = foldDossier(
      log(['submit_online', '2026-01-17 20:00', 'portal'], ['accept_online', '2026-01-19 08:00', 'counter_clerk']),
    );
    expect(accepted.state).toBe('received');
    expect(local(accepted.submittedAt)).toBe('2026-01-17T20:00:00+07:00');
    expect(local(accepted.receivedAt)).toBe('2026-01-19T08:00:00+07:00');
  });

  it('never starts for an online dossier refused at reception', () => {
    const fold = foldDossier(
      log(['submit_online', '2026-01-17 20:00', 'portal'], ['refuse_online', '2026-01-19 08:00', 'counter_clerk']),
    );
    expect(fold).toMatchObject({ state: 'refused_at_reception', nationalStatus: 3, receivedAt: null });
  });
});

describe('pauses', () => {
  const underReview: Step[] = MAIN_PATH.slice(0, 3);

  it('records an open supplement pause, then closes it on supplement', () => {
    const open = foldDossier(log(...underReview, ['request_supplement', '2026-01-13 07:00', 'specialist']));
    expect(open.pauses).toEqual([{ from: at('2026-01-13 07:00'), reason: 'supplement' }]);

    const closed = foldDossier(
      log(
        ...underReview,
        ['request_supplement', '2026-01-13 07:00', 'specialist'],
        ['record_supplement', '2026-01-15 07:00', 'counter_clerk'],
      ),
    );
    expect(closed.pauses).toEqual([{ from: at('2026-01-13 07:00'), to: at('2026-01-15 07:00'), reason: 'supplement' }]);
  });

  it('records a payment pause with its reason, and keeps every pause in order', () => {
    const fold = foldDossier(
      log(
        ...underReview,
        ['request_supplement', '2026-01-13 07:00', 'specialist'],
        ['record_supplement', '2026-01-15 07:00', 'counter_clerk'],
        ['request_payment', '2026-01-16 09:00', 'specialist'],
        ['confirm_payment', '2026-01-19 09:00', 'counter_clerk'],
        ['request_supplement', '2026-01-20 09:00', 'specialist'],
      ),
    );
    expect(fold.pauses).toEqual([
      { from: at('2026-01-13 07:00'), to: at('2026-01-15 07:00'), reason: 'supplement' },
      { from: at('2026-01-16 09:00'), to: at('2026-01-19 09:00'), reason: 'payment' },
      { from: at('2026-01-20 09:00'), reason: 'supplement' },
    ]);
    expect(fold.state).toBe('supplement_requested');
    expect(fold.supplementRequests).toBe(2); // payment requests are not supplement requests
  });

  it('ends the open pause when the dossier is withdrawn or stopped while waiting', () => {
    const waiting: Step[] = [...underReview, ['request_supplement', '2026-01-13 07:00', 'specialist']];
    for (const [action, role] of [
      ['withdraw', 'counter_clerk'],
      ['stop', 'leader'],
    ] as const) {
      const fold = foldDossier(log(...waiting, [action, '2026-01-15 07:00', role]));
      expect(fold.pauses).toEqual([{ from: at('2026-01-13 07:00'), to: at('2026-01-15 07:00'), reason: 'supplement' }]);
      expect(fold.finishedAt).toEqual(at('2026-01-15 07:00'));
    }
  });
});

describe('facts from event data', () => {
  it('takes the unit from transfer_to_unit and the specialist from the latest assign', () => {
    const fold = foldDossier(
      log(
        ['receive', '2026-01-12 07:00', 'counter_clerk'],
        ['transfer_to_unit', '2026-01-12 09:00', 'counter_clerk', { unitId: 'unit-food' }],
        ['assign', '2026-01-12 10:00', 'unit_head', { specialistId: 'specialist-1' }],
        ['assign', '2026-01-13 10:00', 'unit_head', { specialistId: 'specialist-2' }],
      ),
    );
    expect(fold).toMatchObject({ unitId: 'unit-food', assigneeId: 'specialist-2', state: 'under_review' });
  });

  it('leaves unit and specialist null when the data lacks them', () => {
    const fold = foldDossier(
      log(
        ['receive', '2026-01-12 07:00', 'counter_clerk'],
        ['transfer_to_unit', '2026-01-12 09:00', 'counter_clerk', { unitId: 42 }],
        ['assign', '2026-01-12 10:00', 'unit_head'],
      ),
    );
    expect(fold).toMatchObject({ unitId: null, assigneeId: null });
  });

  it('takes the latest approved new appointment and when it was approved', () => {
    const fold = foldDossier(
      log(
        ...MAIN_PATH.slice(0, 3),
        ['extend_deadline', '2026-02-04 09:00', 'leader', { newDueAt: '2026-02-10T17:00:00+07:00' }],
        ['extend_deadline', '2026-02-09 09:00', 'leader', { newDueAt: '2026-02-13T17:00:00+07:00', note: 'Xin lỗi' }],
        ['extend_deadline', '2026-02-10 09:00', 'leader', { newDueAt: 20260227 }], // malformed: ignored
      ),
    );
    expect(local(fold.extendedDueAt)).toBe('2026-02-13T17:00:00+07:00');
    expect(local(fold.extendedAt)).toBe('2026-02-09T09:00:00+07:00');
    expect(fold.state).toBe('under_review'); // an extension does not move the dossier
    expect(fold.lastNote).toBe('Xin lỗi');
    expect(fold.version).toBe(6);
  });
});

describe('finishedAt', () => {
  it.each([
    ['issue', [...MAIN_PATH.slice(0, 3), ...MAIN_PATH.slice(5, 9)], '2026-01-23T10:00:00+07:00'],
    [
      'withdraw',
      [...MAIN_PATH.slice(0, 2), ['withdraw', '2026-01-14 14:00', 'counter_clerk']],
      '2026-01-14T14:00:00+07:00',
    ],
    ['stop', [...MAIN_PATH.slice(0, 3), ['stop', '2026-01-16 16:00', 'leader']], '2026-01-16T16:00:00+07:00'],
  ] as [string, Step[], string][])('is set by %s', (_action, steps, expected) => {
    expect(local(foldDossier(log(...steps)).finishedAt)).toBe(expected);
  });

  it('is null while the dossier is open', () => {
    expect(foldDossier(log(...MAIN_PATH.slice(0, 8))).finishedAt).toBeNull();
  });

  it('closes withdrawn and stopped dossiers with national status 7 and 8', () => {
    expect(foldDossier(log(MAIN_PATH[0] as Step, ['withdraw', '2026-01-12 08:00', 'counter_clerk']))).toMatchObject({
      state: 'withdrawn',
      nationalStatus: 7,
    });
    expect(foldDossier(log(...MAIN_PATH.slice(0, 2), ['stop', '2026-01-12 10:00', 'leader']))).toMatchObject({
      state: 'stopped',
      nationalStatus: 8,
    });
  });
});

describe('version', () => {
  it('is the seq of the last event, even when seq has gaps', () => {
    const events = log(...MAIN_PATH.slice(0, 3)).map((e, i) => ({ ...e, seq: [3, 8, 21][i] ?? 0 }));
    expect(foldDossier(events).version).toBe(21);
    expect(foldDossier(events.slice(0, 1)).version).toBe(3);
  });
});

describe('logs that cannot be', () => {
  it('throws on an empty log', () => {
    expect(() => foldDossier([])).toThrow(/starts with receive or submit_online/);
  });

  it('throws on a log that does not start with receive or submit_online', () => {
    expect(() => foldDossier(log(...MAIN_PATH.slice(1)))).toThrow(/starts with receive or submit_online/);
  });

  it.each([
    ['approve straight after reception', [MAIN_PATH[0], ['approve', '2026-01-12 08:00', 'leader']]],
    ['a second receive', [MAIN_PATH[0], ['receive', '2026-01-12 08:00', 'counter_clerk']]],
    ['accept_online on a counter dossier', [MAIN_PATH[0], ['accept_online', '2026-01-12 08:00', 'counter_clerk']]],
    ['record_supplement with no supplement requested', [...MAIN_PATH.slice(0, 3), MAIN_PATH[4]]],
    ['any event after return', [...MAIN_PATH, ['withdraw', '2026-01-27 08:00', 'counter_clerk']]],
    ['any event after withdrawal', [MAIN_PATH[0], ['withdraw', '2026-01-12 08:00', 'counter_clerk'], MAIN_PATH[1]]],
    ['an action that does not exist', [MAIN_PATH[0], ['toString', '2026-01-12 08:00', 'counter_clerk']]],
  ] as [string, Step[]][])('throws on %s', (_case, steps) => {
    expect(() => foldDossier(log(...steps))).toThrow(/cannot follow state/);
  });
});

describe('apology drafts (Decree 118)', () => {
  const drafted: Step[] = [
    ...MAIN_PATH.slice(0, 3),
    ['draft_apology', '2026-01-20 09:00', 'specialist', { newDueAt: '2026-02-20T17:00:00+07:00', note: 'Xin lỗi' }],
  ];

  it('holds the draft until the leader approves it, which records the new appointment', () => {
    const pending = foldDossier(log(...drafted));
    expect(pending.pendingApology).toMatchObject({ note: 'Xin lỗi', draftedBy: 'specialist-1' });
    expect(local(pending.pendingApology!.newDueAt)).toBe('2026-02-20T17:00:00+07:00');
    expect(pending.extendedDueAt).toBeNull();
    const approved = foldDossier(
      log(...drafted, ['extend_deadline', '2026-01-21 09:00', 'leader', { newDueAt: '2026-02-20T17:00:00+07:00' }]),
    );
    expect(approved.pendingApology).toBeNull();
    expect(local(approved.extendedDueAt!)).toBe('2026-02-20T17:00:00+07:00');
  });

  it('drops the draft when the leader rejects it, keeping the appointment', () => {
    const rejected = foldDossier(
      log(...drafted, ['reject_apology', '2026-01-21 09:00', 'leader', { note: 'Chưa đủ lý do' }]),
    );
    expect(rejected.pendingApology).toBeNull();
    expect(rejected.extendedDueAt).toBeNull();
    expect(rejected.state).toBe('under_review');
  });
});

describe('inter-agency visits (liên thông)', () => {
  it('records where the dossier is and clears it when it comes back', () => {
    const sent: Step[] = [
      ...MAIN_PATH.slice(0, 3),
      [
        'send_to_agency',
        '2026-01-13 07:00',
        'specialist',
        { agencyName: 'Sở Tài chính', agencyCode: '000.00.12.H36', budgetDays: 3 },
      ],
    ];
    const away = foldDossier(log(...sent));
    expect(away.state).toBe('at_other_agency');
    expect(away.nationalStatus).toBe(4);
    expect(away.otherAgency).toMatchObject({ agencyName: 'Sở Tài chính', agencyCode: '000.00.12.H36', budgetDays: 3 });
    const back = foldDossier(log(...sent, ['receive_from_agency', '2026-01-15 07:00', 'specialist']));
    expect(back.state).toBe('under_review');
    expect(back.otherAgency).toBeNull();
  });
});

describe('stateSpans', () => {
  it('lists each state once per stay, the current one open', () => {
    const spans = stateSpans(log(...MAIN_PATH.slice(0, 5)));
    expect(spans.map((s) => [s.state, local(s.from), s.to && local(s.to)])).toEqual([
      ['received', '2026-01-12T07:00:00+07:00', '2026-01-12T09:00:00+07:00'],
      ['at_unit', '2026-01-12T09:00:00+07:00', '2026-01-12T10:00:00+07:00'],
      ['under_review', '2026-01-12T10:00:00+07:00', '2026-01-13T07:00:00+07:00'],
      ['supplement_requested', '2026-01-13T07:00:00+07:00', '2026-01-15T07:00:00+07:00'],
      ['under_review', '2026-01-15T07:00:00+07:00', null],
    ]);
  });

  it('does not split a stay on an action that keeps the state', () => {
    const spans = stateSpans(
      log(...MAIN_PATH.slice(0, 3), ['assign', '2026-01-12 11:00', 'unit_head', { specialistId: 'x' }]),
    );
    expect(spans.map((s) => s.state)).toEqual(['received', 'at_unit', 'under_review']);
  });
});
