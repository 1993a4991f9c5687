import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { at, HOUR, vn, VN_OFFSET } from './fixtures/calendars.js';
import {
  createWorkingCalendar,
  isWorkingDay,
  windowsOf,
  type CalendarDay,
  type WorkingWindow,
} from './working-calendar.js';

function calendarWith(windows: WorkingWindow[]) {
  return createWorkingCalendar({ offsetMinutes: VN_OFFSET, windows });
}

function fieldOf(make: () => unknown): string | undefined {
  try {
    make();
  } catch (error) {
    return error instanceof AppError ? error.details?.[0]?.field : undefined;
  }
  return undefined;
}

describe('createWorkingCalendar', () => {
  it('defaults to 07:00–11:30 and 13:30–17:00, an 8-hour day, and 15:00 cut-offs', () => {
    const calendar = createWorkingCalendar({ offsetMinutes: VN_OFFSET });
    expect(calendar.windows).toEqual([
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ]);
    expect(calendar.dailyWorkingMs).toBe(8 * HOUR);
    expect(calendar.sameDayCutoffMinutes).toBe(15 * 60);
    expect(calendar.transferCutoffMinutes).toBe(15 * 60);
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it('sums custom windows into the daily working time', () => {
    expect(
      calendarWith([
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]).dailyWorkingMs,
    ).toBe(8 * HOUR);
    expect(
      calendarWith([
        { start: '07:30', end: '11:30' },
        { start: '13:00', end: '16:30' },
      ]).dailyWorkingMs,
    ).toBe(7.5 * HOUR);
    expect(calendarWith([{ start: '00:00', end: '24:00' }]).dailyWorkingMs).toBe(24 * HOUR);
    // Touching windows do not overlap.
    expect(
      calendarWith([
        { start: '07:00', end: '11:30' },
        { start: '11:30', end: '12:00' },
      ]).dailyWorkingMs,
    ).toBe(5 * HOUR);
  });

  it('rejects empty, reversed, overlapping, unsorted and malformed windows with a clear message', () => {
    expect(() => calendarWith([])).toThrow(/At least one working window/);
    expect(() => calendarWith([{ start: '11:30', end: '07:00' }])).toThrow(/must start before it ends/);
    expect(() => calendarWith([{ start: '09:00', end: '09:00' }])).toThrow(/must start before it ends/);
    const overlapping = [
      { start: '07:00', end: '12:00' },
      { start: '11:00', end: '17:00' },
    ];
    expect(() => calendarWith(overlapping)).toThrow(/must not overlap: 11:00 starts before 12:00/);
    const unsorted = [
      { start: '13:30', end: '17:00' },
      { start: '07:00', end: '11:30' },
    ];
    expect(() => calendarWith(unsorted)).toThrow(/sorted/);
    expect(() => calendarWith([{ start: '7:00', end: '11:30' }])).toThrow(/HH:MM/);
    expect(() => calendarWith([{ start: '07:00', end: '24:30' }])).toThrow(/HH:MM/);
  });

  it('names the offending field, for the server to show beside the form input', () => {
    expect(
      fieldOf(() =>
        calendarWith([
          { start: '07:00', end: '12:00' },
          { start: '11:00', end: '17:00' },
        ]),
      ),
    ).toBe('windows[1]');
    expect(fieldOf(() => calendarWith([{ start: '07:00', end: '1130' }]))).toBe('windows[0].end');
    expect(fieldOf(() => createWorkingCalendar({ offsetMinutes: VN_OFFSET, sameDayCutoff: '3pm' }))).toBe(
      'sameDayCutoff',
    );
  });

  it('rejects bad days and a bad offset', () => {
    const make = (days: CalendarDay[], offsetMinutes = VN_OFFSET) => createWorkingCalendar({ offsetMinutes, days });
    expect(() => make([{ date: '2026-02-30', kind: 'day_off' }])).toThrow(/real calendar date/);
    expect(() => make([{ date: '2026-02-16', kind: 'holiday' } as unknown as CalendarDay])).toThrow(/day_off/);
    const conflicting: CalendarDay[] = [
      { date: '2026-01-10', kind: 'working_day' },
      { date: '2026-01-10', kind: 'day_off' },
    ];
    expect(() => make(conflicting)).toThrow(/both as a day off and as a working day/);
    expect(() => make([], Number.NaN)).toThrow(/offset/);
    // The same entry twice (e.g. seeded and re-entered) is harmless.
    expect(() => make([conflicting[0]!, conflicting[0]!])).not.toThrow();
  });
});

describe('isWorkingDay', () => {
  it('follows the 2026 schedule: New Year, the swapped Saturday 10 January, Tết, Hùng Kings, 30/4–1/5', () => {
    const expected: Record<string, boolean> = {
      '2026-01-01': false, // Thursday, New Year
      '2026-01-02': false, // Friday, swapped for Saturday 10 January
      '2026-01-03': false,
      '2026-01-05': true,
      '2026-01-10': true, // Saturday worked
      '2026-01-11': false,
      '2026-02-13': true,
      '2026-02-14': false,
      '2026-02-16': false,
      '2026-02-20': false,
      '2026-02-22': false,
      '2026-02-23': true,
      '2026-04-26': false, // Sunday: Hùng Kings day itself, compensated on Monday
      '2026-04-27': false,
      '2026-04-28': true,
      '2026-04-30': false,
      '2026-05-01': false,
      '2026-09-01': true, // the second National Day day off is unconfirmed and not listed
      '2026-09-02': false,
    };
    for (const [date, working] of Object.entries(expected)) expect(isWorkingDay(vn, date), date).toBe(working);
  });

  it('follows the 2025 schedule: Reunification Day with Saturday 26 April worked for Friday 2 May', () => {
    const expected: Record<string, boolean> = {
      '2025-01-01': false,
      '2025-01-24': true,
      '2025-01-27': false,
      '2025-01-31': false,
      '2025-02-03': true,
      '2025-04-07': false,
      '2025-04-26': true,
      '2025-04-30': false,
      '2025-05-01': false,
      '2025-05-02': false,
      '2025-05-05': true,
      '2025-09-01': false,
      '2025-09-02': false,
      '2025-09-03': true,
    };
    for (const [date, working] of Object.entries(expected)) expect(isWorkingDay(vn, date), date).toBe(working);
  });
});

describe('windowsOf', () => {
  it('gives the windows of a working day as instants', () => {
    expect(windowsOf(vn, '2026-01-12')).toEqual([
      { start: at('2026-01-12 07:00'), end: at('2026-01-12 11:30') },
      { start: at('2026-01-12 13:30'), end: at('2026-01-12 17:00') },
    ]);
    expect(windowsOf(vn, '2026-01-12')[0]?.start.toISOString()).toBe('2026-01-12T00:00:00.000Z');
  });

  it('is empty on days off and unworked weekends', () => {
    expect(windowsOf(vn, '2026-02-17')).toEqual([]);
    expect(windowsOf(vn, '2026-01-11')).toEqual([]);
    expect(windowsOf(vn, '2026-01-10')).toHaveLength(2);
  });
});
