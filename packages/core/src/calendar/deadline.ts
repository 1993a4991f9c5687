import { invalidCalendarInput } from './calendar-error.js';
import { assertInstant, MINUTE_MS, startOfLocalDay } from './local-time.js';
import { extendByPausesMs, normalisePauses, type Pause } from './pauses.js';
import {
  dayIndexOf,
  endOfWorkingDayMs,
  nextWorkingDayIndex,
  startOfWorkingDayMs,
  type WorkingCalendar,
} from './working-calendar.js';
import { advanceMs, countsFromMs } from './working-time.js';

/**
 * The earliest instant at which `durationMs` of working time has elapsed, counting from
 * `countsFrom(t)`. A zero duration gives `countsFrom(t)`.
 *
 * With pauses, paused working time does not count; the result is null while a pause that began
 * before the due instant is still open (see `extendByPauses`).
 */
export function addWorkingTime(calendar: WorkingCalendar, t: Date, durationMs: number): Date;
export function addWorkingTime(
  calendar: WorkingCalendar,
  t: Date,
  durationMs: number,
  pauses: readonly Pause[],
): Date | null;
export function addWorkingTime(
  calendar: WorkingCalendar,
  t: Date,
  durationMs: number,
  pauses?: readonly Pause[],
): Date | null {
  assertNonNegative(durationMs, 'duration');
  const start = countsFromMs(calendar, assertInstant(t, 't'));
  const due = advanceMs(calendar, start, durationMs);
  if (pauses === undefined) return new Date(due);
  const extended = extendByPausesMs(calendar, due, normalisePauses(pauses, start));
  return extended === null ? null : new Date(extended);
}

/**
 * n working days from `t`: the earliest instant at which n × (daily working hours) of working
 * time have elapsed. Received 07:00 Monday + 1 → 17:00 Monday; 13:30 Monday + 1 → 11:30
 * Tuesday. Fractions (0.5 day) are allowed.
 */
export function addWorkingDays(calendar: WorkingCalendar, t: Date, n: number): Date;
export function addWorkingDays(calendar: WorkingCalendar, t: Date, n: number, pauses: readonly Pause[]): Date | null;
export function addWorkingDays(calendar: WorkingCalendar, t: Date, n: number, pauses?: readonly Pause[]): Date | null {
  assertNonNegative(n, 'days');
  const duration = n * calendar.dailyWorkingMs;
  return pauses === undefined ? addWorkingTime(calendar, t, duration) : addWorkingTime(calendar, t, duration, pauses);
}

/**
 * For procedures counted in calendar days: the end of the working day (17:00) of the local
 * receipt date + n, or of the next working day when that day is a weekend or day off. This
 * follows the Civil Code 2015 (Art. 147–148): the day of receipt is not counted, and a period
 * whose last day is a day off ends with the next working day.
 */
export function addCalendarDays(calendar: WorkingCalendar, t: Date, n: number): Date {
  if (!Number.isInteger(n) || n < 0) {
    throw invalidCalendarInput(
      'days',
      `Days must be a whole number ≥ 0, got ${n}.`,
      `Số ngày phải là số nguyên ≥ 0, nhận được ${n}.`,
    );
  }
  const lastDay = dayIndexOf(calendar, assertInstant(t, 't')) + n;
  return new Date(endOfWorkingDayMs(calendar, nextWorkingDayIndex(calendar, lastDay)));
}

function assertNonNegative(value: number, field: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw invalidCalendarInput(
      field,
      `${field} must be a non-negative number, got ${value}.`,
      `Thời hạn phải là số không âm, nhận được ${value}.`,
    );
  }
}

/** Whether the clock start lies after a cut-off time ('15:00') on its local day. */
function isAfterCutoff(calendar: WorkingCalendar, startMs: number, cutoffMinutes: number): boolean {
  const midnight = startOfLocalDay(dayIndexOf(calendar, startMs), calendar.offsetMinutes);
  return startMs - midnight > cutoffMinutes * MINUTE_MS;
}

/**
 * Same-day procedures: due at the end of the day the clock starts, or at the end of the next
 * working day when it starts after `sameDayCutoff` (15:00; marked (check) in DOMAIN.md §7).
 * The cut-off applies to `countsFrom(t)`, so a Saturday submission is due Monday 17:00.
 */
export function sameDayDueAt(calendar: WorkingCalendar, t: Date): Date {
  const start = countsFromMs(calendar, assertInstant(t, 't'));
  const day = dayIndexOf(calendar, start);
  const dueDay = isAfterCutoff(calendar, start, calendar.sameDayCutoffMinutes)
    ? nextWorkingDayIndex(calendar, day + 1)
    : day;
  return new Date(endOfWorkingDayMs(calendar, dueDay));
}

/**
 * When a received dossier must reach the competent unit (DOMAIN.md §5): by the end of the same
 * working day, or by the start of the next working day when received after `transferCutoff`.
 * As in `sameDayDueAt`, the cut-off applies to `countsFrom(t)`: a dossier accepted at 18:00 is
 * in effect received at 07:00 the next working day, so it is due by that day's end.
 */
export function transferDeadline(calendar: WorkingCalendar, t: Date): Date {
  const start = countsFromMs(calendar, assertInstant(t, 't'));
  const day = dayIndexOf(calendar, start);
  if (!isAfterCutoff(calendar, start, calendar.transferCutoffMinutes)) {
    return new Date(endOfWorkingDayMs(calendar, day));
  }
  return new Date(startOfWorkingDayMs(calendar, nextWorkingDayIndex(calendar, day + 1)));
}
