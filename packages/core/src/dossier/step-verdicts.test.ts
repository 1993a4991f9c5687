import { describe, expect, it } from 'vitest';
import { at, local, vn } from '../calendar/fixtures/calendars.js';
import type { ProcessingTime } from '../catalog/procedure.js';
import type { Role } from '../roles.js';
import type { CreationAction, DossierEvent } from './fold.js';
import { stepVerdicts } from './step-verdicts.js';
import type { DossierAction } from './workflow.js';

type Step = [action: CreationAction | DossierAction, when: string, role: Role, data?: Record<string, unknown>];

function events(...steps: Step[]): DossierEvent[] {
  return steps.map(([action, when, actorRole, data = {}], i) => ({
    seq: i + 1,
    action,
    at: at(when).toISOString(),
    actorId: null,
    actorRole,
    data,
  }));
}

/** 10 working days: half a day at the counter, 8 at the unit, 1 with the leader. */
const TEN_DAYS: ProcessingTime = {
  unit: 'working_days',
  total: 10,
  steps: { counter: 0.5, unit: 8, leader: 1 },
  note: null,
};

/** Received Monday 12 January 2026, 07:00 (the vn calendar works 07:00–11:30 and 13:30–17:00). */
const intake: Step[] = [
  ['receive', '2026-01-12 07:00', 'counter_clerk'],
  ['transfer_to_unit', '2026-01-12 09:00', 'counter_clerk', { unitId: 'u' }],
  ['assign', '2026-01-12 10:00', 'unit_head', { specialistId: 's' }],
];

function byStep(list: ReturnType<typeof stepVerdicts>) {
  return Object.fromEntries(list.map((v) => [v.step === 'other_agency' ? `other:${v.agencyName}` : v.step, v]));
}

describe('stepVerdicts', () => {
  it('judges each finished step against its own budget', () => {
    const log = events(
      ...intake,
      ['propose_result', '2026-01-20 10:00', 'specialist'],
      ['check', '2026-01-21 09:00', 'unit_head'], // unit: 12 Jan 09:00 → 21 Jan 09:00 = 7 working days
      ['approve', '2026-01-23 09:00', 'leader'], // leader: 2 working days for a budget of 1
    );
    const v = byStep(stepVerdicts(vn, TEN_DAYS, log, at('2026-01-26 09:00')));
    // The half day runs out at 11:00 the same day: transferred at 09:00 is on the due day, on time.
    expect(v.counter).toMatchObject({ verdict: 'on_time', budgetDays: 0.5, usedMs: 2 * 3600_000 });
    expect(local(v.counter!.dueAt!)).toBe('2026-01-12T11:00:00+07:00');
    expect(v.unit).toMatchObject({ verdict: 'early', finishedAt: at('2026-01-21 09:00') });
    expect(v.leader).toMatchObject({ verdict: 'late' });
    expect(local(v.leader!.dueAt!)).toBe('2026-01-22T09:00:00+07:00');
  });

  it('keeps an open step within time until its budget runs out, then overdue', () => {
    const log = events(
      ...intake,
      ['propose_result', '2026-01-13 10:00', 'specialist'],
      ['check', '2026-01-13 11:00', 'unit_head'],
    );
    expect(byStep(stepVerdicts(vn, TEN_DAYS, log, at('2026-01-14 10:59'))).leader!.verdict).toBe('within_time');
    const late = byStep(stepVerdicts(vn, TEN_DAYS, log, at('2026-01-14 11:01'))).leader!;
    expect(late.verdict).toBe('overdue');
    expect(late.finishedAt).toBeNull();
    expect(local(late.dueAt!)).toBe('2026-01-14T11:00:00+07:00');
  });

  it('does not count a supplement wait against the unit', () => {
    const paused = events(
      ...intake,
      ['request_supplement', '2026-01-13 07:00', 'specialist', { items: [] }],
      ['record_supplement', '2026-01-30 07:00', 'counter_clerk'], // 13 working days of waiting
      ['propose_result', '2026-02-03 07:00', 'specialist'],
      ['check', '2026-02-03 08:00', 'unit_head'],
    );
    const unit = byStep(stepVerdicts(vn, TEN_DAYS, paused, at('2026-02-03 09:00'))).unit!;
    // 12 Jan 09:00 → 13 Jan 07:00 (6 h) + Friday 30 Jan 07:00 → Tuesday 3 Feb 08:00 (8 + 8 + 1 h).
    expect(unit.usedMs).toBe(23 * 3600_000);
    expect(unit.verdict).toBe('early');
  });

  it('adds up the stretches of a step entered twice (sent back by the leader)', () => {
    const log = events(
      ...intake,
      ['propose_result', '2026-01-19 09:00', 'specialist'], // 5 days at the unit
      ['check', '2026-01-19 09:00', 'unit_head'],
      ['return_to_unit', '2026-01-19 13:30', 'leader', { note: 'Bổ sung thẩm định' }],
      ['propose_result', '2026-01-23 13:30', 'specialist'], // 4 more: 9 days > 8
      ['check', '2026-01-23 13:30', 'unit_head'],
    );
    const unit = byStep(stepVerdicts(vn, TEN_DAYS, log, at('2026-01-23 14:00'))).unit!;
    expect(unit.usedMs).toBe(9 * 8 * 3600_000);
    expect(unit.verdict).toBe('late');
    // The eighth day ran out during the second stretch: 24 working hours after 19 January 13:30.
    expect(local(unit.dueAt!)).toBe('2026-01-22T11:30:00+07:00');
  });

  it('judges a visit to another agency against the budget it was given', () => {
    const log = events(
      ...intake,
      ['send_to_agency', '2026-01-13 07:00', 'specialist', { agencyName: 'Sở Tài chính', budgetDays: 2 }],
      ['receive_from_agency', '2026-01-16 07:00', 'specialist'],
    );
    const other = byStep(stepVerdicts(vn, TEN_DAYS, log, at('2026-01-16 08:00')))['other:Sở Tài chính']!;
    expect(other).toMatchObject({ budgetDays: 2, usedMs: 3 * 8 * 3600_000, verdict: 'late' });
    expect(local(other.dueAt!)).toBe('2026-01-14T17:00:00+07:00');
    // The unit step goes on around the visit and does not count it.
    const unit = byStep(stepVerdicts(vn, TEN_DAYS, log, at('2026-01-16 08:00'))).unit!;
    expect(unit.usedMs).toBe((6 + 1) * 3600_000);
  });

  it('gives no verdict where the catalog sets no step budget', () => {
    const none: ProcessingTime = { ...TEN_DAYS, steps: null };
    const list = stepVerdicts(vn, none, events(...intake), at('2026-01-13 07:00'));
    expect(list.map((v) => [v.step, v.verdict, v.dueAt])).toEqual([
      ['counter', null, null],
      ['unit', null, null],
    ]);
  });

  it('counts clock time for procedures in calendar days', () => {
    const days: ProcessingTime = {
      unit: 'calendar_days',
      total: 15,
      steps: { counter: 1, unit: 12, leader: 2 },
      note: null,
    };
    const log = events(
      ...intake,
      ['propose_result', '2026-01-17 09:00', 'specialist'],
      ['check', '2026-01-17 09:00', 'unit_head'],
    );
    const unit = byStep(stepVerdicts(vn, days, log, at('2026-01-17 10:00'))).unit!;
    expect(unit.usedMs).toBe(5 * 24 * 3600_000);
    expect(unit.verdict).toBe('early');
  });
});
