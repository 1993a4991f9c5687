import type { ProcessingTime } from '../catalog/procedure.js';
import { addCalendarDays, addWorkingDays, sameDayDueAt } from '../calendar/deadline.js';
import { extendByPauses } from '../calendar/pauses.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DossierFold } from './fold.js';

/**
 * The appointment of a dossier (DOMAIN.md §7): the statutory time from reception on the
 * agency's calendar, or the new appointment the leader approved, moved later by the working time
 * of every pause it has not already allowed for. Null before reception, while paused, or when no
 * time is set.
 */
export function dueAtOf(calendar: WorkingCalendar, time: ProcessingTime | null, fold: DossierFold): Date | null {
  if (fold.extendedDueAt) {
    // The new appointment already allows for the waits before it; a supplement or payment wait
    // requested after it still stops the clock, as it does for the statutory appointment.
    const { extendedAt } = fold;
    const later = extendedAt ? fold.pauses.filter((pause) => pause.from >= extendedAt) : [];
    return extendByPauses(calendar, fold.extendedDueAt, later);
  }
  if (!fold.receivedAt || !time) return null;
  const base = statutoryDueAt(calendar, time, fold.receivedAt);
  return extendByPauses(calendar, base, fold.pauses);
}

export function statutoryDueAt(calendar: WorkingCalendar, time: ProcessingTime, receivedAt: Date): Date {
  if (time.unit === 'calendar_days') return addCalendarDays(calendar, receivedAt, Math.ceil(time.total));
  if (time.total === 0) return sameDayDueAt(calendar, receivedAt);
  return addWorkingDays(calendar, receivedAt, time.total);
}
