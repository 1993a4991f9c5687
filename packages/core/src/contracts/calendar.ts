import { z } from 'zod';

/*
 * The working-time calendar API (DOMAIN.md §7). Formats of working windows (HH:MM, sorted, not
 * overlapping) are checked by createWorkingCalendar, not here, so that its messages, naming
 * `windows[i]`, reach the client in both languages.
 */

export const CALENDAR_DAY_KINDS = ['day_off', 'working_day'] as const;

const MINUTES_ONLY = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/;
const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * An ISO-8601 instant: date, time and an offset or Z. Seconds may be left out (16:00+07:00),
 * as a `datetime-local` field gives them; a bare date or a local time without offset is
 * refused, because it would not say which instant was meant.
 */
export const Instant = z
  .stringFormat('datetime', (text) => IsoDateTime.safeParse(text.replace(MINUTES_ONLY, '$1:00$2')).success)
  .describe('ISO-8601 instant with an offset or Z, e.g. 2026-01-12T08:30:00+07:00');

/** A number of days from a query string: 0 to 365, at most two decimals (0.5 = half a day). */
const DayCount = z.string().trim().min(1).pipe(z.coerce.number<string>().min(0).max(365).multipleOf(0.01));

export const DueDateQuery = z.object({
  from: Instant.describe('When the complete dossier was received'),
  workingDays: DayCount.optional().describe('Time allowed in working days (give this or calendarDays)'),
  calendarDays: z
    .string()
    .trim()
    .min(1)
    .pipe(z.coerce.number<string>().int().min(0).max(365))
    .optional()
    .describe('Time allowed in calendar days (give this or workingDays)'),
});
export type DueDateQuery = z.infer<typeof DueDateQuery>;

export const DueDate = z
  .object({
    from: z.iso.datetime({ offset: true }).describe('The instant received, in the agency offset'),
    countsFrom: z.iso.datetime({ offset: true }).describe('When the clock starts (next working time)'),
    dueAt: z.iso.datetime({ offset: true }).describe('The appointment: when the time allowed runs out'),
  })
  .meta({ id: 'DueDate' });
export type DueDate = z.infer<typeof DueDate>;

export const CalendarDayEntry = z
  .object({
    date: z.iso.date(),
    kind: z.enum(CALENDAR_DAY_KINDS).describe('day_off: holiday or swapped day off; working_day: worked weekend'),
    name: z.string(),
    confirmed: z.boolean().describe('False while the government schedule is not yet announced'),
  })
  .meta({ id: 'CalendarDayEntry' });
export type CalendarDayEntry = z.infer<typeof CalendarDayEntry>;

export const CalendarDayList = z.object({ items: z.array(CalendarDayEntry) });
export type CalendarDayList = z.infer<typeof CalendarDayList>;

export const CalendarDaysQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const CalendarDayParams = z.object({ date: z.iso.date() });

export const SetCalendarDayRequest = z.object({
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().trim().min(1).max(200),
  confirmed: z.boolean().default(true),
});
export type SetCalendarDayRequest = z.infer<typeof SetCalendarDayRequest>;

export const WorkingHours = z
  .object({
    windows: z
      .array(z.object({ start: z.string().describe('HH:MM'), end: z.string().describe('HH:MM') }))
      .max(12)
      .describe('Daily working windows in local time, sorted and not overlapping'),
  })
  .meta({ id: 'WorkingHours' });
export type WorkingHours = z.infer<typeof WorkingHours>;
