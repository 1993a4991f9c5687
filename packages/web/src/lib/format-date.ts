/*
 * Dates are shown the Vietnamese way (dd/MM/yyyy HH:mm) in both languages, and always in
 * Vietnam's time, whatever the time zone of the computer showing them: an official record
 * must read the same on every screen and on paper.
 */
const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant, e.g. 2025-07-01T01:05:00Z, as 01/07/2025 08:05. */
export function formatDateTime(isoInstant: string): string {
  const parts = VIETNAM_TIME.formatToParts(new Date(isoInstant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** A calendar date, e.g. 2025-07-01, as 01/07/2025 (no time zone involved). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
