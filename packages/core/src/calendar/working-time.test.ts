import { describe, expect, it } from 'vitest';
import { at, HOUR, vn, WORKING_DAY } from './fixtures/calendars.js';
import { workingTimeBetween } from './working-time.js';

describe('workingTimeBetween', () => {
  it.each([
    ['2026-01-12 07:00', '2026-01-12 17:00', 8 * HOUR],
    ['2026-01-12 07:00', '2026-01-13 07:00', 8 * HOUR],
    ['2026-01-12 11:00', '2026-01-12 14:00', HOUR], // half an hour either side of lunch
    ['2026-01-12 12:00', '2026-01-12 13:00', 0],
    ['2026-01-12 17:00', '2026-01-13 07:00', 0],
    ['2026-01-12 09:00', '2026-01-12 09:00', 0],
    ['2026-01-09 07:00', '2026-01-12 07:00', 2 * WORKING_DAY], // Friday + the worked Saturday
    ['2026-01-16 07:00', '2026-01-19 07:00', WORKING_DAY], // Friday; the weekend counts nothing
    ['2026-02-13 07:00', '2026-02-23 07:00', WORKING_DAY], // Friday before Tết only
    ['2026-02-14 00:00', '2026-02-23 00:00', 0],
  ])('from %s to %s', (a, b, expected) => {
    expect(workingTimeBetween(vn, at(a), at(b))).toBe(expected);
  });

  it('is antisymmetric: reversed bounds give the negative, so "time left" turns negative when overdue', () => {
    const [a, b] = [at('2026-01-12 10:00'), at('2026-01-15 16:00')];
    expect(workingTimeBetween(vn, b, a)).toBe(-workingTimeBetween(vn, a, b));
    expect(workingTimeBetween(vn, a, b)).toBe(5 * HOUR + 2 * WORKING_DAY + 7 * HOUR);
  });

  it('adds up over consecutive stretches', () => {
    const [a, m, b] = [at('2026-02-10 12:00'), at('2026-02-18 09:00'), at('2026-03-02 10:10')];
    expect(workingTimeBetween(vn, a, m) + workingTimeBetween(vn, m, b)).toBe(workingTimeBetween(vn, a, b));
  });

  it('counts 250 working days in 2025, 21 in January 2026 and 251 in 2026', () => {
    expect(workingTimeBetween(vn, at('2025-01-01 00:00'), at('2026-01-01 00:00'))).toBe(250 * WORKING_DAY);
    expect(workingTimeBetween(vn, at('2026-01-01 00:00'), at('2026-02-01 00:00'))).toBe(21 * WORKING_DAY);
    expect(workingTimeBetween(vn, at('2026-01-01 00:00'), at('2027-01-01 00:00'))).toBe(251 * WORKING_DAY);
  });
});
