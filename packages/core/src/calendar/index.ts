export {
  createWorkingCalendar,
  DEFAULT_SAME_DAY_CUTOFF,
  DEFAULT_TRANSFER_CUTOFF,
  DEFAULT_WORKING_WINDOWS,
  isWorkingDay,
  windowsOf,
  type CalendarDay,
  type CalendarDayKind,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  type WorkingWindow,
} from './working-calendar.js';
export { DAY_MS, HOUR_MS, MINUTE_MS, localDateOf, localInstant, toLocalIso, utcOffsetMinutes } from './local-time.js';
export { countsFrom, workingTimeBetween } from './working-time.js';
export { extendByPauses, type Pause } from './pauses.js';
export { addCalendarDays, addWorkingDays, addWorkingTime, sameDayDueAt, transferDeadline } from './deadline.js';
export {
  finishedVerdict,
  openVerdict,
  verdict,
  type FinishedVerdict,
  type OpenVerdict,
  type Verdict,
} from './verdict.js';
