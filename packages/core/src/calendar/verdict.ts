import { assertInstant, localDayIndex, startOfLocalDay } from './local-time.js';
import type { WorkingCalendar } from './working-calendar.js';

export type FinishedVerdict = 'early' | 'on_time' | 'late';
export type OpenVerdict = 'within_time' | 'overdue';
export type Verdict = FinishedVerdict | OpenVerdict;

/**
 * DOMAIN.md §7 says early = before the appointment, on time = at it, late = after. An
 * appointment is a day on the slip, so "at it" is read as the appointment's local day up to and
 * including the due instant: early = finished before local midnight starting the due day;
 * on time = from then until dueAt inclusive; late = after dueAt.
 */
export function finishedVerdict(calendar: WorkingCalendar, dueAt: Date, finishedAt: Date): FinishedVerdict {
  const due = assertInstant(dueAt, 'dueAt');
  const finished = assertInstant(finishedAt, 'finishedAt');
  const dueDayStart = startOfLocalDay(localDayIndex(due, calendar.offsetMinutes), calendar.offsetMinutes);
  if (finished < dueDayStart) return 'early';
  return finished <= due ? 'on_time' : 'late';
}

/** An open dossier is within time up to and including its due instant. */
export function openVerdict(dueAt: Date, now: Date): OpenVerdict {
  return assertInstant(now, 'now') <= assertInstant(dueAt, 'dueAt') ? 'within_time' : 'overdue';
}

/** `finishedVerdict` when finished, otherwise `openVerdict` at `now` (a report's cut-off). */
export function verdict(calendar: WorkingCalendar, dueAt: Date, finishedAt: Date | undefined, now: Date): Verdict {
  return finishedAt === undefined ? openVerdict(dueAt, now) : finishedVerdict(calendar, dueAt, finishedAt);
}
