import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingTime } from './deadline.js';
import { at, HOUR, local, vn, VN_OFFSET } from './fixtures/calendars.js';
import { createWorkingCalendar } from './working-calendar.js';
import { countsFrom } from './working-time.js';

describe('countsFrom', () => {
  it.each([
    ['2026-01-12 07:00', '2026-01-12T07:00:00+07:00'], // boundary: opening time counts
    ['2026-01-12 06:59', '2026-01-12T07:00:00+07:00'],
    ['2026-01-12 09:15', '2026-01-12T09:15:00+07:00'],
    ['2026-01-12 11:30', '2026-01-12T13:30:00+07:00'], // 11:30 itself is lunch
    ['2026-01-12 12:15', '2026-01-12T13:30:00+07:00'],
    ['2026-01-12 13:30', '2026-01-12T13:30:00+07:00'],
    ['2026-01-12 16:59', '2026-01-12T16:59:00+07:00'],
    ['2026-01-12 17:00', '2026-01-13T07:00:00+07:00'], // 17:00 itself is after hours
    ['2026-01-12 19:45', '2026-01-13T07:00:00+07:00'],
    ['2026-01-09 17:30', '2026-01-10T07:00:00+07:00'], // Friday evening → the worked Saturday
    ['2026-01-11 10:00', '2026-01-12T07:00:00+07:00'], // Sunday
    ['2026-01-01 09:00', '2026-01-05T07:00:00+07:00'], // New Year, then the swapped Friday, weekend
    ['2025-12-31 17:30', '2026-01-05T07:00:00+07:00'],
    ['2026-02-13 17:00', '2026-02-23T07:00:00+07:00'], // Tết
  ])('received %s counts from %s', (received, expected) => {
    expect(local(countsFrom(vn, at(received)))).toBe(expected);
  });

  it('keeps seconds and milliseconds of a receipt inside a window', () => {
    const t = new Date('2026-01-12T09:15:42.123+07:00');
    expect(countsFrom(vn, t).getTime()).toBe(t.getTime());
  });

  it('reads instants given in UTC or any other offset', () => {
    expect(local(countsFrom(vn, new Date('2026-01-12T00:00:00Z')))).toBe('2026-01-12T07:00:00+07:00');
    expect(local(countsFrom(vn, new Date('2026-01-11T23:30:00Z')))).toBe('2026-01-12T07:00:00+07:00');
    expect(local(countsFrom(vn, new Date('2026-01-12T09:00:00+09:00')))).toBe('2026-01-12T07:00:00+07:00');
  });

  it('rejects an invalid date instead of looping forever', () => {
    expect(() => countsFrom(vn, new Date(Number.NaN))).toThrow(/valid date/);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // [received, n, due] — the rule: n × 8 h of working time after countsFrom(received)
    ['2026-01-12 07:00', 1, '2026-01-12T17:00:00+07:00'], // ends at 17:00, not 07:00 Tuesday
    ['2026-01-12 13:30', 1, '2026-01-13T11:30:00+07:00'], // ends at 11:30
    ['2026-01-12 09:00', 1, '2026-01-13T09:00:00+07:00'],
    ['2026-01-12 11:30', 1, '2026-01-13T11:30:00+07:00'],
    ['2026-01-12 12:15', 1, '2026-01-13T11:30:00+07:00'], // lunch → from 13:30
    ['2026-01-12 17:00', 1, '2026-01-13T17:00:00+07:00'],
    ['2026-01-12 18:00', 1, '2026-01-13T17:00:00+07:00'],
    ['2026-01-12 07:00', 5, '2026-01-16T17:00:00+07:00'],
    ['2026-01-12 07:00', 0.5, '2026-01-12T11:00:00+07:00'],
    ['2026-01-11 10:00', 1, '2026-01-12T17:00:00+07:00'], // Sunday
    ['2026-01-17 08:00', 1, '2026-01-19T17:00:00+07:00'], // an ordinary Saturday
  ])('received %s + %s working day(s) → %s', (received, n, expected) => {
    expect(local(addWorkingDays(vn, at(received), n))).toBe(expected);
  });

  it('skips Tết 2026: Friday 13 February 16:00 + 1 day ends Monday 23 February 16:00', () => {
    // 1 h on Friday; 14–22 February are weekend and days off; 7 h more on Monday 23.
    expect(local(addWorkingDays(vn, at('2026-02-13 16:00'), 1))).toBe('2026-02-23T16:00:00+07:00');
    expect(local(addWorkingDays(vn, at('2026-02-13 07:00'), 1))).toBe('2026-02-13T17:00:00+07:00');
    expect(local(addWorkingDays(vn, at('2026-02-12 17:30'), 2))).toBe('2026-02-23T17:00:00+07:00');
  });

  it('counts the swapped working Saturday 10 January 2026 and skips 1–2 January', () => {
    expect(local(addWorkingDays(vn, at('2026-01-09 09:00'), 1))).toBe('2026-01-10T09:00:00+07:00');
    expect(local(addWorkingDays(vn, at('2026-01-09 07:00'), 2))).toBe('2026-01-10T17:00:00+07:00');
    // Thursday 3.5 h + Friday 8 h + Saturday 8 h = 19.5 h; 4.5 h more on Monday.
    expect(local(addWorkingDays(vn, at('2026-01-08 13:30'), 3))).toBe('2026-01-12T11:30:00+07:00');
    expect(local(addWorkingDays(vn, at('2025-12-31 13:30'), 1))).toBe('2026-01-05T11:30:00+07:00');
    expect(local(addWorkingDays(vn, at('2026-01-01 10:00'), 1))).toBe('2026-01-05T17:00:00+07:00');
  });

  it('follows the 2025 holidays', () => {
    // Saturday 26 April 2025 was worked in exchange for Friday 2 May.
    expect(local(addWorkingDays(vn, at('2025-04-25 13:30'), 1))).toBe('2025-04-26T11:30:00+07:00');
    // Tuesday 6 h, then 30 April – 4 May off, Monday 8 h, Tuesday 2 h.
    expect(local(addWorkingDays(vn, at('2025-04-29 09:00'), 2))).toBe('2025-05-06T09:00:00+07:00');
    expect(local(addWorkingDays(vn, at('2025-01-24 16:00'), 1))).toBe('2025-02-03T16:00:00+07:00');
    expect(local(addWorkingDays(vn, at('2025-04-04 13:30'), 1))).toBe('2025-04-08T11:30:00+07:00');
    expect(local(addWorkingDays(vn, at('2025-08-29 17:00'), 1))).toBe('2025-09-03T17:00:00+07:00');
  });

  it('gives countsFrom for n = 0', () => {
    expect(local(addWorkingDays(vn, at('2026-01-12 09:00'), 0))).toBe('2026-01-12T09:00:00+07:00');
    expect(local(addWorkingDays(vn, at('2026-01-12 12:15'), 0))).toBe('2026-01-12T13:30:00+07:00');
    expect(local(addWorkingDays(vn, at('2026-01-12 17:00'), 0))).toBe('2026-01-13T07:00:00+07:00');
  });

  it('computes 60 working days across Tết, Hùng Kings and 30/4–1/5 2026 in well under a millisecond', () => {
    // Working days from Monday 2 February: 10 before Tết, 45 more to Friday 24 April, then
    // 28–29 April (57) and 4–6 May (60).
    expect(local(addWorkingDays(vn, at('2026-02-02 07:00'), 60))).toBe('2026-05-06T17:00:00+07:00');
    const started = Date.now();
    for (let i = 0; i < 1000; i += 1) addWorkingDays(vn, at('2026-02-02 07:00'), 60);
    expect((Date.now() - started) / 1000).toBeLessThan(1);
  });

  it('accepts instants in UTC and in other offsets', () => {
    expect(addWorkingDays(vn, new Date('2026-01-12T00:00:00Z'), 1).toISOString()).toBe('2026-01-12T10:00:00.000Z');
    // 20:00 at UTC−5 on Sunday is 08:00 Monday in Hà Nội.
    expect(local(addWorkingDays(vn, new Date('2026-01-11T20:00:00-05:00'), 1))).toBe('2026-01-13T08:00:00+07:00');
  });

  it('uses the agency windows and offset', () => {
    const windows = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    const custom = createWorkingCalendar({ offsetMinutes: VN_OFFSET, windows });
    expect(local(addWorkingDays(custom, at('2026-01-12 12:30'), 1))).toBe('2026-01-13T12:00:00+07:00');
    expect(local(addWorkingDays(custom, at('2026-01-12 07:00'), 1))).toBe('2026-01-12T17:00:00+07:00');
    const shortDays = createWorkingCalendar({ offsetMinutes: 0, windows: [{ start: '09:00', end: '15:00' }] });
    expect(addWorkingDays(shortDays, new Date('2026-01-12T12:00:00Z'), 1).toISOString()).toBe(
      '2026-01-13T12:00:00.000Z',
    );
  });
});

describe('addWorkingTime', () => {
  it('adds hours of working time, stepping over lunch and nights', () => {
    expect(local(addWorkingTime(vn, at('2026-01-12 11:00'), HOUR))).toBe('2026-01-12T14:00:00+07:00');
    expect(local(addWorkingTime(vn, at('2026-01-12 16:30'), HOUR))).toBe('2026-01-13T07:30:00+07:00');
    expect(local(addWorkingTime(vn, at('2026-01-12 07:00'), 4.5 * HOUR))).toBe('2026-01-12T11:30:00+07:00');
    expect(local(addWorkingTime(vn, at('2026-01-12 07:00'), 4.5 * HOUR + 1))).toBe('2026-01-12T13:30:00.001+07:00');
  });

  it('rejects a negative or non-finite duration', () => {
    expect(() => addWorkingTime(vn, at('2026-01-12 07:00'), -1)).toThrow(/non-negative/);
    expect(() => addWorkingTime(vn, at('2026-01-12 07:00'), Number.POSITIVE_INFINITY)).toThrow(/non-negative/);
    expect(() => addWorkingDays(vn, at('2026-01-12 07:00'), Number.NaN)).toThrow(/non-negative/);
  });
});
