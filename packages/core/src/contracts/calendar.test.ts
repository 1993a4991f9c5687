import { describe, expect, it } from 'vitest';
import { DueDateQuery, Instant, SetCalendarDayRequest } from './calendar.js';

describe('calendar contracts', () => {
  it('takes an instant with an offset or Z, seconds optional, and refuses anything less', () => {
    for (const ok of [
      '2026-01-12T08:00:00+07:00',
      '2026-01-12T08:00+07:00',
      '2026-01-12T01:00:00.5Z',
      '2026-01-12T01:00Z',
    ]) {
      expect(Instant.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['2026-01-12', '2026-01-12T08:00:00', '2026-02-30T08:00Z', '2026-01-12T08:00+0700', 'now', '']) {
      expect(Instant.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('reads day counts from the query string: 0–365, two decimals at most', () => {
    const parse = (workingDays: string) => DueDateQuery.safeParse({ from: '2026-01-12T08:00Z', workingDays });
    expect(parse('0.25').data?.workingDays).toBe(0.25);
    expect(parse(' 365 ').data?.workingDays).toBe(365);
    for (const bad of ['', '-1', '366', '1.125', 'abc']) expect(parse(bad).success, bad).toBe(false);
    const calendar = DueDateQuery.safeParse({ from: '2026-01-12T08:00Z', calendarDays: '1.5' });
    expect(calendar.success).toBe(false);
  });

  it('trims the name of a day and takes it as confirmed unless told otherwise', () => {
    expect(SetCalendarDayRequest.parse({ kind: 'day_off', name: '  Tết  ' })).toEqual({
      kind: 'day_off',
      name: 'Tết',
      confirmed: true,
    });
    expect(SetCalendarDayRequest.safeParse({ kind: 'holiday', name: 'Tết' }).success).toBe(false);
  });
});
