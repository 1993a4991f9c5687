import { invalidCalendarInput } from './calendar-error.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

// Real UTC offsets run from −12:00 to +14:00; anything outside is a configuration mistake.
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;
const CLOCK = /^(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function assertOffsetMinutes(offsetMinutes: number, field = 'offsetMinutes'): void {
  const ok = Number.isInteger(offsetMinutes) && offsetMinutes >= MIN_OFFSET_MINUTES;
  if (!ok || offsetMinutes > MAX_OFFSET_MINUTES) {
    throw invalidCalendarInput(
      field,
      `UTC offset must be a whole number of minutes between -720 and 840, got ${offsetMinutes}.`,
      `Độ lệch múi giờ phải là số phút nguyên từ -720 đến 840, nhận được ${offsetMinutes}.`,
    );
  }
}

/** Guards every public entry point: an Invalid Date would otherwise make the day loops endless. */
export function assertInstant(instant: Date, field: string): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw invalidCalendarInput(field, 'Not a valid date and time.', 'Thời điểm không hợp lệ.');
  }
  return ms;
}

/** 'HH:MM' → minutes after local midnight. '24:00' is allowed so a window may end at midnight. */
export function parseClock(text: string, field: string): number {
  const match = CLOCK.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) {
    throw invalidCalendarInput(
      field,
      `Time must be HH:MM between 00:00 and 24:00, got "${text}".`,
      `Giờ phải có dạng HH:MM từ 00:00 đến 24:00, nhận được "${text}".`,
    );
  }
  return hours * 60 + minutes;
}

export function formatClock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * 'YYYY-MM-DD' → day index (whole days since 1970-01-01 on the local calendar). Days are kept
 * as integers so that stepping through a calendar is `day + 1` and lookups are Map hits.
 */
export function parseLocalDate(text: string, field = 'date'): number {
  const match = LOCAL_DATE.exec(text);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 30 February over into March; the round trip catches it.
  if (!match || Number.isNaN(ms) || formatLocalDate(ms / DAY_MS) !== text) {
    throw invalidCalendarInput(
      field,
      `Date must be a real calendar date YYYY-MM-DD, got "${text}".`,
      `Ngày phải có dạng YYYY-MM-DD và có thật, nhận được "${text}".`,
    );
  }
  return ms / DAY_MS;
}

export function formatLocalDate(dayIndex: number): string {
  return new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
}

/** The local day an instant falls on. */
export function localDayIndex(instantMs: number, offsetMinutes: number): number {
  return Math.floor((instantMs + offsetMinutes * MINUTE_MS) / DAY_MS);
}

/** The instant of local midnight at the start of a day. */
export function startOfLocalDay(dayIndex: number, offsetMinutes: number): number {
  return dayIndex * DAY_MS - offsetMinutes * MINUTE_MS;
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay; 1 January 1970 was a Thursday. */
export function weekdayOf(dayIndex: number): number {
  return (((dayIndex + 4) % 7) + 7) % 7;
}

/** The local calendar date ('YYYY-MM-DD') of an instant. */
export function localDateOf(instant: Date, offsetMinutes: number): string {
  assertOffsetMinutes(offsetMinutes);
  return formatLocalDate(localDayIndex(assertInstant(instant, 'instant'), offsetMinutes));
}

/** The instant at a local date and wall-clock time, e.g. ('2026-01-12', '07:00', 420). */
export function localInstant(date: string, time: string, offsetMinutes: number): Date {
  assertOffsetMinutes(offsetMinutes);
  const midnight = startOfLocalDay(parseLocalDate(date), offsetMinutes);
  return new Date(midnight + parseClock(time, 'time') * MINUTE_MS);
}

/**
 * ISO-8601 with the agency's offset, e.g. 2026-01-12T17:00:00+07:00. Seconds are always shown;
 * milliseconds only when non-zero, so the text round-trips through `new Date()` without loss.
 */
export function toLocalIso(instant: Date, offsetMinutes: number): string {
  assertOffsetMinutes(offsetMinutes);
  const shifted = new Date(assertInstant(instant, 'instant') + offsetMinutes * MINUTE_MS).toISOString();
  const wallClock = shifted.endsWith('.000Z') ? shifted.slice(0, -5) : shifted.slice(0, -1);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${wallClock}${sign}${formatClock(abs)}`;
}

/**
 * The UTC offset of an IANA time zone at an instant, through Intl (no tz library): the server
 * stores `agency.timezone` and turns it into the calendar's `offsetMinutes` once, at start-up.
 */
export function utcOffsetMinutes(timeZone: string, at: Date = new Date()): number {
  let name: string | undefined;
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    name = undefined;
  }
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!match) {
    throw invalidCalendarInput('timezone', `Unknown time zone "${timeZone}".`, `Múi giờ "${timeZone}" không tồn tại.`);
  }
  const minutes = Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
