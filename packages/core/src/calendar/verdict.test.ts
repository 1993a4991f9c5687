import { describe, expect, it } from 'vitest';
import { at, vn } from './fixtures/calendars.js';
import { finishedVerdict, openVerdict, verdict } from './verdict.js';

const dueAt = at('2026-01-13 11:30');

describe('verdict of a finished dossier', () => {
  it.each([
    [at('2026-01-12 16:59'), 'early'],
    [new Date(at('2026-01-13 00:00').getTime() - 1), 'early'], // the last instant of the day before
    [at('2026-01-13 00:00'), 'on_time'], // the appointment's day has begun
    [at('2026-01-13 08:00'), 'on_time'],
    [dueAt, 'on_time'],
    [new Date(dueAt.getTime() + 1), 'late'],
    [at('2026-01-13 16:00'), 'late'],
    [at('2026-01-14 08:00'), 'late'],
  ] as const)('finished %s → %s', (finishedAt, expected) => {
    expect(finishedVerdict(vn, dueAt, finishedAt)).toBe(expected);
    // `now` does not matter once finished.
    expect(verdict(vn, dueAt, finishedAt, at('2030-01-01 00:00'))).toBe(expected);
  });

  it('uses the local day, not the UTC day', () => {
    // 00:30 Tuesday in Hà Nội is still Monday in UTC: on the appointment's local day.
    expect(finishedVerdict(vn, dueAt, new Date('2026-01-12T17:30:00Z'))).toBe('on_time');
  });
});

describe('verdict of an open dossier', () => {
  it.each([
    [at('2026-01-12 09:00'), 'within_time'],
    [dueAt, 'within_time'],
    [new Date(dueAt.getTime() + 1), 'overdue'],
    [at('2026-02-01 09:00'), 'overdue'],
  ] as const)('at %s → %s', (now, expected) => {
    expect(openVerdict(dueAt, now)).toBe(expected);
    expect(verdict(vn, dueAt, undefined, now)).toBe(expected);
  });
});
