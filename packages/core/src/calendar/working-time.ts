import { assertInstant } from './local-time.js';
import { dayIndexOf, windowBoundsMs, type WorkingCalendar } from './working-calendar.js';

/**
 * The working intervals [start, end) at or after `fromMs`, in order; the first is clipped to
 * start at `fromMs`. Steps day by day (a Map lookup each), never minute by minute, so a
 * 60-working-day deadline is a few hundred iterations. It never ends on its own: callers stop.
 */
export function* workingIntervalsFrom(calendar: WorkingCalendar, fromMs: number): Generator<readonly [number, number]> {
  for (let day = dayIndexOf(calendar, fromMs); ; day += 1) {
    for (const [start, end] of windowBoundsMs(calendar, day)) {
      // Windows are half-open: 17:00 itself is not working time, so counting moves on.
      if (end > fromMs) yield [Math.max(start, fromMs), end];
    }
  }
}

export function countsFromMs(calendar: WorkingCalendar, fromMs: number): number {
  for (const [start] of workingIntervalsFrom(calendar, fromMs)) return start;
  throw new Error('unreachable: the working intervals never run out');
}

/**
 * The earliest instant at which `durationMs` of working time has elapsed from `fromMs`. With `<=`
 * a deadline can end exactly at a window's end (11:30, 17:00) instead of spilling into the next
 * window's start. A zero duration returns `fromMs` unchanged.
 */
export function advanceMs(calendar: WorkingCalendar, fromMs: number, durationMs: number): number {
  if (durationMs === 0) return fromMs;
  let remaining = durationMs;
  for (const [start, end] of workingIntervalsFrom(calendar, fromMs)) {
    if (remaining <= end - start) return start + remaining;
    remaining -= end - start;
  }
  throw new Error('unreachable: the working intervals never run out');
}

export function workingTimeBetweenMs(calendar: WorkingCalendar, aMs: number, bMs: number): number {
  if (bMs < aMs) return -workingTimeBetweenMs(calendar, bMs, aMs);
  let total = 0;
  for (const [start, end] of workingIntervalsFrom(calendar, aMs)) {
    if (start >= bMs) break;
    total += Math.min(end, bMs) - start;
  }
  return total;
}

/**
 * The instant the clock starts for something received at `t`: `t` itself inside a working
 * window, otherwise the next window's start (after 17:00 → 07:00 next working day; at lunch →
 * 13:30; on a weekend or day off → 07:00 of the next working day). DOMAIN.md §7.
 */
export function countsFrom(calendar: WorkingCalendar, t: Date): Date {
  return new Date(countsFromMs(calendar, assertInstant(t, 't')));
}

/**
 * Milliseconds of working time between two instants. Signed: negative when `b` is before `a`,
 * so `workingTimeBetween(cal, now, dueAt)` is the working time left, negative once overdue.
 */
export function workingTimeBetween(calendar: WorkingCalendar, a: Date, b: Date): number {
  return workingTimeBetweenMs(calendar, assertInstant(a, 'a'), assertInstant(b, 'b'));
}
