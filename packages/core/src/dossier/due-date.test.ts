import { describe, expect, it } from 'vitest';
import { at, local, vn, VN_OFFSET } from '../calendar/fixtures/calendars.js';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import type { ProcessingTime } from '../catalog/procedure.js';
import type { Role } from '../roles.js';
import { dueAtOf, statutoryDueAt } from './due-date.js';
import { type CreationAction, type DossierEvent, foldDossier } from './fold.js';
import type { DossierAction } from './workflow.js';

type Step = [
  action: CreationAction | DossierAction,
  when: string,
  role: Role | 'portal',
  data?: Record<string, unknown>,
];

function fold(...steps: Step[]) {
  const events: DossierEvent[] = steps.map(([action, when, actorRole, data = {}], i) => ({
    seq: i + 1,
    action,
    at: at(when).toISOString(),
    actorId: null,
    actorRole,
    data,
  }));
  return foldDossier(events);
}

function workingDays(total: number): ProcessingTime {
  return { unit: 'working_days', total, steps: null, note: null };
}
function calendarDays(total: number): ProcessingTime {
  return { unit: 'calendar_days', total, steps: null, note: null };
}

/** Received at 07:00 on Monday 12 January 2026 and under review by 10:00. */
const underReview: Step[] = [
  ['receive', '2026-01-12 07:00', 'counter_clerk'],
  ['transfer_to_unit', '2026-01-12 09:00', 'counter_clerk', { unitId: 'unit-1' }],
  ['assign', '2026-01-12 10:00', 'unit_head', { specialistId: 'specialist-1' }],
];

describe('dueAtOf on working days', () => {
  it('gives 20 working days from Monday 12 January 07:00 → Friday 6 February 17:00', () => {
    // Four whole weeks, no day off in between: 12–16, 19–23, 26–30 January, 2–6 February.
    expect(local(dueAtOf(vn, workingDays(20), fold(...underReview)))).toBe('2026-02-06T17:00:00+07:00');
  });

  it('moves the appointment 2 working days later for a 2-working-day supplement pause', () => {
    // Tuesday 07:00 → Thursday 07:00 is all of Tuesday and Wednesday: 16 h of working time.
    // Friday 6 February 17:00 + 16 h → all of Monday 9 and Tuesday 10 February.
    const resumed = fold(
      ...underReview,
      ['request_supplement', '2026-01-13 07:00', 'specialist'],
      ['record_supplement', '2026-01-15 07:00', 'counter_clerk'],
    );
    expect(local(dueAtOf(vn, workingDays(20), resumed))).toBe('2026-02-10T17:00:00+07:00');
  });

  it('has no appointment while the applicant is awaited', () => {
    const waiting = fold(...underReview, ['request_supplement', '2026-01-13 07:00', 'specialist']);
    expect(dueAtOf(vn, workingDays(20), waiting)).toBeNull();
    const paying = fold(...underReview, ['request_payment', '2026-01-13 07:00', 'specialist']);
    expect(dueAtOf(vn, workingDays(20), paying)).toBeNull();
  });

  it('has an appointment again once a dossier withdrawn while waiting is closed', () => {
    const withdrawn = fold(
      ...underReview,
      ['request_supplement', '2026-01-13 07:00', 'specialist'],
      ['withdraw', '2026-01-15 07:00', 'counter_clerk'],
    );
    expect(local(dueAtOf(vn, workingDays(20), withdrawn))).toBe('2026-02-10T17:00:00+07:00');
  });

  it('skips Tết 2026 (16–20 February off, with the weekends around it)', () => {
    // From Monday 2 February: 10 days end Friday 13 February, then 5 more from Monday 23.
    const received = fold(['receive', '2026-02-02 07:00', 'counter_clerk']);
    expect(local(dueAtOf(vn, workingDays(15), received))).toBe('2026-02-27T17:00:00+07:00');
    const noHolidays = createWorkingCalendar({ offsetMinutes: VN_OFFSET });
    expect(local(dueAtOf(noHolidays, workingDays(15), received))).toBe('2026-02-20T17:00:00+07:00');
  });

  it('counts the worked Saturday 10 January 2026 and not the swapped Friday 2 January', () => {
    const received = fold(['receive', '2025-12-31 09:00', 'counter_clerk']);
    // Wednesday 31 December 09:00 + 3 days: 31 December (6 h), 5 and 6 January, then 2 h on 7 January.
    expect(local(dueAtOf(vn, workingDays(3), received))).toBe('2026-01-07T09:00:00+07:00');
    const friday = fold(['receive', '2026-01-09 07:00', 'counter_clerk']);
    expect(local(dueAtOf(vn, workingDays(2), friday))).toBe('2026-01-10T17:00:00+07:00');
  });

  it('counts an online dossier from acceptance, moved to the next working time', () => {
    const online = fold(
      ['submit_online', '2026-01-08 20:00', 'portal'],
      ['accept_online', '2026-01-09 17:30', 'counter_clerk'], // after hours → from Saturday 10 (worked)
    );
    // 10 January, 12–16, 19–23, 26–30 January, 2–5 February: 20 working days.
    expect(local(dueAtOf(vn, workingDays(20), online))).toBe('2026-02-05T17:00:00+07:00');
  });
});

describe('dueAtOf on calendar days', () => {
  it('ends at 17:00 on the receipt date + n', () => {
    const received = fold(['receive', '2026-01-12 09:00', 'counter_clerk']);
    expect(local(dueAtOf(vn, calendarDays(30), received))).toBe('2026-02-11T17:00:00+07:00');
  });

  it('ends on the next working day when the last day is a day off (Saturday 14 February → after Tết)', () => {
    const received = fold(['receive', '2026-02-09 10:00', 'counter_clerk']);
    expect(local(dueAtOf(vn, calendarDays(5), received))).toBe('2026-02-23T17:00:00+07:00');
  });

  it('rounds a fractional number of calendar days up', () => {
    const received = fold(['receive', '2026-01-12 09:00', 'counter_clerk']);
    expect(local(dueAtOf(vn, calendarDays(1.5), received))).toBe('2026-01-14T17:00:00+07:00');
  });
});

describe('dueAtOf on same-day procedures (total 0)', () => {
  it.each([
    ['2026-01-12 14:00', '2026-01-12T17:00:00+07:00'],
    ['2026-01-12 15:00', '2026-01-12T17:00:00+07:00'], // 15:00 itself is not after 15:00
    ['2026-01-12 15:30', '2026-01-13T17:00:00+07:00'],
    ['2026-01-09 15:30', '2026-01-10T17:00:00+07:00'], // Friday → the worked Saturday
    ['2026-02-13 15:30', '2026-02-23T17:00:00+07:00'], // the last working day before Tết
  ])('received %s → %s', (received, expected) => {
    expect(local(dueAtOf(vn, workingDays(0), fold(['receive', received, 'counter_clerk'])))).toBe(expected);
  });
});

describe('dueAtOf with an approved new appointment (Decree 118)', () => {
  const extended: Step[] = [
    ...underReview,
    ['request_supplement', '2026-01-13 07:00', 'specialist'],
    ['record_supplement', '2026-01-15 07:00', 'counter_clerk'],
    ['extend_deadline', '2026-02-05 09:00', 'leader', { newDueAt: '2026-02-13T17:00:00+07:00' }],
  ];

  it('overrides the statutory appointment, without adding the pauses before it again', () => {
    expect(local(dueAtOf(vn, workingDays(20), fold(...extended)))).toBe('2026-02-13T17:00:00+07:00');
  });

  it('holds even when the procedure has no processing time', () => {
    expect(local(dueAtOf(vn, null, fold(...extended)))).toBe('2026-02-13T17:00:00+07:00');
  });

  it('moves with a wait requested after it, and is null during that wait', () => {
    const paying: Step[] = [...extended, ['request_payment', '2026-02-09 07:00', 'specialist']];
    expect(dueAtOf(vn, workingDays(20), fold(...paying))).toBeNull();
    // 2 working days (9 and 10 February) after Friday 13 February 17:00, across Tết: 23 and 24.
    const paid = fold(...paying, ['confirm_payment', '2026-02-11 07:00', 'counter_clerk']);
    expect(local(dueAtOf(vn, workingDays(20), paid))).toBe('2026-02-24T17:00:00+07:00');
  });
});

describe('dueAtOf without a start', () => {
  it('is null for an online dossier not yet accepted', () => {
    expect(dueAtOf(vn, workingDays(20), fold(['submit_online', '2026-01-12 07:00', 'portal']))).toBeNull();
  });

  it('is null for a procedure with no processing time', () => {
    expect(dueAtOf(vn, null, fold(...underReview))).toBeNull();
  });
});

describe('statutoryDueAt', () => {
  it('ignores pauses: it is the appointment printed on the receipt', () => {
    expect(local(statutoryDueAt(vn, workingDays(20), at('2026-01-12 07:00')))).toBe('2026-02-06T17:00:00+07:00');
    expect(local(statutoryDueAt(vn, workingDays(0.5), at('2026-01-12 07:00')))).toBe('2026-01-12T11:00:00+07:00');
  });
});
