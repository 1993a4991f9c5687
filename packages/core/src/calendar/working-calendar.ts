import { invalidCalendarInput } from './calendar-error.js';
import {
  assertOffsetMinutes,
  formatClock,
  localDayIndex,
  MINUTE_MS,
  parseClock,
  parseLocalDate,
  startOfLocalDay,
  weekdayOf,
} from './local-time.js';

/** Exceptions to the Monday–Friday week, as stored in the `calendar_day` table. */
export type CalendarDayKind = 'day_off' | 'working_day';
export type CalendarDay = { date: string; kind: CalendarDayKind };

/** A daily working window in local wall-clock time, e.g. { start: '07:00', end: '11:30' }. */
export type WorkingWindow = { start: string; end: string };

export type WorkingCalendarOptions = {
  /** Minutes east of UTC, per agency: Asia/Ho_Chi_Minh is 420 (fixed, no DST since 1975). */
  offsetMinutes: number;
  /** Sorted, non-overlapping; defaults to 07:00–11:30 and 13:30–17:00 (DOMAIN.md §7). */
  windows?: readonly WorkingWindow[];
  /** Days off and swapped working days; weekends need not be listed unless worked. */
  days?: readonly CalendarDay[];
  /** Same-day procedures received after this time are due the next working day. */
  sameDayCutoff?: string;
  /** Dossiers received after this time are transferred by the start of the next working day. */
  transferCutoff?: string;
};

export type WorkingCalendar = {
  readonly offsetMinutes: number;
  readonly windows: readonly WorkingWindow[];
  /** The windows as [start, end) minutes after local midnight. */
  readonly windowMinutes: readonly (readonly [number, number])[];
  /** Length of one working day: the sum of the windows (8 h by default). */
  readonly dailyWorkingMs: number;
  readonly sameDayCutoffMinutes: number;
  readonly transferCutoffMinutes: number;
  /** Exceptions keyed by local day index, for O(1) lookups while stepping through days. */
  readonly exceptions: ReadonlyMap<number, CalendarDayKind>;
};

export const DEFAULT_WORKING_WINDOWS: readonly WorkingWindow[] = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];
// Both 15:00 rules are marked (check) in DOMAIN.md §7, hence configurable.
export const DEFAULT_SAME_DAY_CUTOFF = '15:00';
export const DEFAULT_TRANSFER_CUTOFF = '15:00';

/** Validates the options once, so every later computation can trust the calendar. */
export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  assertOffsetMinutes(options.offsetMinutes);
  const windows = options.windows ?? DEFAULT_WORKING_WINDOWS;
  const windowMinutes = parseWindows(windows);
  const dailyMinutes = windowMinutes.reduce((sum, [start, end]) => sum + end - start, 0);
  return Object.freeze({
    offsetMinutes: options.offsetMinutes,
    windows: Object.freeze(windowMinutes.map(([start, end]) => ({ start: formatClock(start), end: formatClock(end) }))),
    windowMinutes,
    dailyWorkingMs: dailyMinutes * MINUTE_MS,
    sameDayCutoffMinutes: parseClock(options.sameDayCutoff ?? DEFAULT_SAME_DAY_CUTOFF, 'sameDayCutoff'),
    transferCutoffMinutes: parseClock(options.transferCutoff ?? DEFAULT_TRANSFER_CUTOFF, 'transferCutoff'),
    exceptions: parseDays(options.days ?? []),
  });
}

function parseWindows(windows: readonly WorkingWindow[]): (readonly [number, number])[] {
  if (windows.length === 0) {
    throw invalidCalendarInput(
      'windows',
      'At least one working window is required.',
      'Cần ít nhất một khung giờ làm việc.',
    );
  }
  const parsed = windows.map((window, i) => {
    const start = parseClock(window.start, `windows[${i}].start`);
    const end = parseClock(window.end, `windows[${i}].end`);
    if (start >= end) {
      throw invalidCalendarInput(
        `windows[${i}]`,
        `Working window ${window.start}–${window.end} must start before it ends.`,
        `Khung giờ ${window.start}–${window.end} phải bắt đầu trước khi kết thúc.`,
      );
    }
    return [start, end] as const;
  });
  for (let i = 1; i < parsed.length; i += 1) {
    const [start] = parsed[i] ?? [0, 0];
    const [, previousEnd] = parsed[i - 1] ?? [0, 0];
    // Touching windows (…–11:30, 11:30–…) are allowed; overlapping or unsorted ones are a typo.
    if (start < previousEnd) {
      const [text, previousText] = [windows[i]?.start, windows[i - 1]?.end];
      throw invalidCalendarInput(
        `windows[${i}]`,
        `Working windows must be sorted and must not overlap: ${text} starts before ${previousText}.`,
        `Các khung giờ phải theo thứ tự và không chồng lấn: ${text} bắt đầu trước ${previousText}.`,
      );
    }
  }
  return parsed;
}

function parseDays(days: readonly CalendarDay[]): ReadonlyMap<number, CalendarDayKind> {
  const exceptions = new Map<number, CalendarDayKind>();
  days.forEach((day, i) => {
    const index = parseLocalDate(day.date, `days[${i}].date`);
    if (day.kind !== 'day_off' && day.kind !== 'working_day') {
      throw invalidCalendarInput(
        `days[${i}].kind`,
        `Kind must be "day_off" or "working_day", got "${String(day.kind)}".`,
        `Loại ngày phải là "day_off" hoặc "working_day", nhận được "${String(day.kind)}".`,
      );
    }
    const existing = exceptions.get(index);
    if (existing && existing !== day.kind) {
      throw invalidCalendarInput(
        `days[${i}]`,
        `${day.date} is listed both as a day off and as a working day.`,
        `Ngày ${day.date} vừa là ngày nghỉ vừa là ngày làm việc.`,
      );
    }
    exceptions.set(index, day.kind);
  });
  return exceptions;
}

/** Monday–Friday unless listed as a day off; Saturday and Sunday only when listed as worked. */
export function isWorkingDayIndex(calendar: WorkingCalendar, dayIndex: number): boolean {
  const exception = calendar.exceptions.get(dayIndex);
  if (exception) return exception === 'working_day';
  const weekday = weekdayOf(dayIndex);
  return weekday !== 0 && weekday !== 6;
}

/** The first working day on or after `dayIndex`; ends because the exceptions are finite. */
export function nextWorkingDayIndex(calendar: WorkingCalendar, dayIndex: number): number {
  let day = dayIndex;
  while (!isWorkingDayIndex(calendar, day)) day += 1;
  return day;
}

/** The working windows of a day as [start, end) instants in ms; empty on a non-working day. */
export function windowBoundsMs(calendar: WorkingCalendar, dayIndex: number): (readonly [number, number])[] {
  if (!isWorkingDayIndex(calendar, dayIndex)) return [];
  const midnight = startOfLocalDay(dayIndex, calendar.offsetMinutes);
  return calendar.windowMinutes.map(([start, end]) => [midnight + start * MINUTE_MS, midnight + end * MINUTE_MS]);
}

/** The instant the last window of a day ends (17:00 by default). */
export function endOfWorkingDayMs(calendar: WorkingCalendar, dayIndex: number): number {
  const last = calendar.windowMinutes[calendar.windowMinutes.length - 1] ?? [0, 0];
  return startOfLocalDay(dayIndex, calendar.offsetMinutes) + last[1] * MINUTE_MS;
}

/** The instant the first window of a day starts (07:00 by default). */
export function startOfWorkingDayMs(calendar: WorkingCalendar, dayIndex: number): number {
  const first = calendar.windowMinutes[0] ?? [0, 0];
  return startOfLocalDay(dayIndex, calendar.offsetMinutes) + first[0] * MINUTE_MS;
}

/** Whether a local date ('YYYY-MM-DD') is a working day for this calendar. */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  return isWorkingDayIndex(calendar, parseLocalDate(date));
}

/** The working windows of a local date as instants; empty on a day off or an unworked weekend. */
export function windowsOf(calendar: WorkingCalendar, date: string): { start: Date; end: Date }[] {
  return windowBoundsMs(calendar, parseLocalDate(date)).map(([start, end]) => ({
    start: new Date(start),
    end: new Date(end),
  }));
}

/** The local day index of an instant, in the calendar's offset. */
export function dayIndexOf(calendar: WorkingCalendar, instantMs: number): number {
  return localDayIndex(instantMs, calendar.offsetMinutes);
}
