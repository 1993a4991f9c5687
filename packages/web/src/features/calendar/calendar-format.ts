import type { Messages } from '../../i18n/vi.js';

/*
 * The calendar is Vietnam's (the agencies are Departments of Health in Vietnam, UTC+7 with no
 * daylight saving), as in lib/format-date.ts: the same wall-clock time on every screen.
 */
export const VIETNAM_OFFSET = '+07:00';
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The weekday of a calendar date ('2027-01-01' → Thứ Sáu / Friday); no time zone involved. */
export function weekdayName(isoDate: string, t: Messages): string {
  return t.calendar.weekdays[new Date(`${isoDate}T00:00:00Z`).getUTCDay()] ?? '';
}

/** Now in Vietnam as a `datetime-local` value, e.g. 2026-11-23T08:05. */
export function vietnamNowLocal(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

export function vietnamYear(now = new Date()): number {
  return Number(vietnamNowLocal(now).slice(0, 4));
}

/** Minutes after midnight of 'HH:MM'; NaN when malformed (the server says why). */
export function clockMinutes(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}
