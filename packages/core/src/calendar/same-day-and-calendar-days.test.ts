import { describe, expect, it } from 'vitest';
import { addCalendarDays, sameDayDueAt, transferDeadline } from './deadline.js';
import { at, local, vn, VN_OFFSET } from './fixtures/calendars.js';
import { VN_HOLIDAYS_2025_2026 } from './fixtures/vn-holidays.js';
import { createWorkingCalendar } from './working-calendar.js';

describe('addCalendarDays', () => {
  it.each([
    ['2026-01-12 10:00', 4, '2026-01-16T17:00:00+07:00'],
    ['2026-01-12 10:00', 5, '2026-01-19T17:00:00+07:00'], // Saturday 17 → Monday 19
    ['2026-01-12 10:00', 6, '2026-01-19T17:00:00+07:00'], // Sunday 18 → Monday 19
    ['2026-01-05 10:00', 5, '2026-01-10T17:00:00+07:00'], // the worked Saturday is a working day
    ['2026-02-10 10:00', 5, '2026-02-23T17:00:00+07:00'], // Sunday 15 → past Tết → Monday 23
    ['2026-02-10 10:00', 7, '2026-02-23T17:00:00+07:00'], // Tuesday 17, a Tết day off
    ['2025-12-29 10:00', 3, '2026-01-05T17:00:00+07:00'], // 1 January → 2 January off → weekend
    ['2025-04-25 10:00', 1, '2025-04-26T17:00:00+07:00'], // Saturday 26 April 2025 worked
    ['2025-04-25 10:00', 5, '2025-05-05T17:00:00+07:00'], // 30 April → Monday 5 May
    ['2026-01-12 20:00', 1, '2026-01-13T17:00:00+07:00'], // the receipt date counts, not countsFrom
    ['2026-01-12 10:00', 0, '2026-01-12T17:00:00+07:00'],
    ['2026-01-11 10:00', 0, '2026-01-12T17:00:00+07:00'],
  ])('received %s + %s calendar day(s) → %s', (received, n, expected) => {
    expect(local(addCalendarDays(vn, at(received), n))).toBe(expected);
  });

  it('takes the local receipt date even when the UTC date differs', () => {
    // 00:30 on Monday 12 January in Hà Nội is still Sunday 11 January in UTC.
    expect(local(addCalendarDays(vn, new Date('2026-01-11T17:30:00Z'), 1))).toBe('2026-01-13T17:00:00+07:00');
  });

  it('rejects a fractional or negative number of days', () => {
    expect(() => addCalendarDays(vn, at('2026-01-12 10:00'), 1.5)).toThrow(/whole number/);
    expect(() => addCalendarDays(vn, at('2026-01-12 10:00'), -1)).toThrow(/whole number/);
  });
});

describe('sameDayDueAt', () => {
  it.each([
    ['2026-01-12 07:00', '2026-01-12T17:00:00+07:00'],
    ['2026-01-12 12:00', '2026-01-12T17:00:00+07:00'], // lunch → 13:30, before the cut-off
    ['2026-01-12 14:59', '2026-01-12T17:00:00+07:00'],
    ['2026-01-12 15:00', '2026-01-12T17:00:00+07:00'], // "after 15:00" excludes 15:00 itself
    ['2026-01-12 15:01', '2026-01-13T17:00:00+07:00'],
    ['2026-01-12 18:00', '2026-01-13T17:00:00+07:00'], // counts from 07:00 Tuesday
    ['2026-01-09 15:30', '2026-01-10T17:00:00+07:00'], // → the worked Saturday
    ['2026-01-10 16:00', '2026-01-12T17:00:00+07:00'],
    ['2026-01-11 16:00', '2026-01-12T17:00:00+07:00'], // Sunday → Monday 07:00, before the cut-off
    ['2026-02-13 15:30', '2026-02-23T17:00:00+07:00'], // Tết
  ])('received %s → due %s', (received, expected) => {
    expect(local(sameDayDueAt(vn, at(received)))).toBe(expected);
  });

  it('treats a second past the cut-off as after it', () => {
    expect(local(sameDayDueAt(vn, new Date('2026-01-12T15:00:01+07:00')))).toBe('2026-01-13T17:00:00+07:00');
  });

  it('uses the configured cut-off', () => {
    const lateCutoff = createWorkingCalendar({
      offsetMinutes: VN_OFFSET,
      days: VN_HOLIDAYS_2025_2026,
      sameDayCutoff: '16:00',
    });
    expect(local(sameDayDueAt(lateCutoff, at('2026-01-12 15:30')))).toBe('2026-01-12T17:00:00+07:00');
    expect(local(sameDayDueAt(lateCutoff, at('2026-01-12 16:30')))).toBe('2026-01-13T17:00:00+07:00');
  });
});

describe('transferDeadline', () => {
  it.each([
    ['2026-01-12 10:00', '2026-01-12T17:00:00+07:00'],
    ['2026-01-12 15:00', '2026-01-12T17:00:00+07:00'],
    ['2026-01-12 15:30', '2026-01-13T07:00:00+07:00'],
    ['2026-01-09 15:30', '2026-01-10T07:00:00+07:00'],
    ['2026-02-13 16:00', '2026-02-23T07:00:00+07:00'],
    ['2026-01-12 18:00', '2026-01-13T17:00:00+07:00'], // received at 07:00 Tuesday in effect
  ])('received %s → transferred by %s', (received, expected) => {
    expect(local(transferDeadline(vn, at(received)))).toBe(expected);
  });

  it('uses the configured cut-off', () => {
    const early = createWorkingCalendar({ offsetMinutes: VN_OFFSET, transferCutoff: '11:30' });
    expect(local(transferDeadline(early, at('2026-01-12 13:30')))).toBe('2026-01-13T07:00:00+07:00');
  });
});
