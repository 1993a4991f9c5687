import {
  AppError,
  createWorkingCalendar,
  utcOffsetMinutes,
  WorkingHours,
  type WorkingCalendar,
  type WorkingWindow,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { findCalendarSettings, listCalendarDays } from './calendar.repository.js';

/**
 * The working calendar of an agency, for every deadline the system computes (due dates,
 * appointments, verdicts): its working windows, its time zone's offset and all its days off and
 * swapped working days. Read afresh on each call: a change by the administrator applies at once.
 * Dossier actions use `cachedAgencyCalendar`, which keeps it in process.
 *
 * The offset is taken now, which is exact for Asia/Ho_Chi_Minh (fixed UTC+7, no daylight saving
 * since 1975); an agency in a zone with daylight saving would need the offset per instant.
 */
export async function loadAgencyCalendar(db: Queryable, agencyId: string): Promise<WorkingCalendar> {
  const [settings, days] = await Promise.all([findCalendarSettings(db, agencyId), listCalendarDays(db, agencyId)]);
  if (!settings) throw new AppError('NOT_FOUND', undefined, `no agency ${agencyId}`);
  const windows = parseStoredWindows(settings.working_windows, agencyId);
  try {
    return createWorkingCalendar({
      offsetMinutes: utcOffsetMinutes(settings.timezone),
      windows,
      days: days.map((d) => ({ date: d.date, kind: d.kind })),
    });
  } catch (error) {
    // Stored settings were validated when saved; failing here is a data fault (500), not the
    // caller's bad input (400), which is what the calendar's validation error would say.
    throw new Error(`agency ${agencyId} has an invalid calendar: ${(error as Error).message}`, { cause: error });
  }
}

/** The windows as stored; the database only guarantees a non-empty JSON array. */
export function parseStoredWindows(value: unknown, agencyId: string): WorkingWindow[] {
  const parsed = WorkingHours.shape.windows.safeParse(value);
  if (!parsed.success) throw new Error(`agency ${agencyId} has malformed working_windows: ${parsed.error.message}`);
  return parsed.data;
}

/** The agency's working windows as the administrator's screen shows them. */
export async function getWorkingHours(db: Queryable, agencyId: string): Promise<WorkingHours> {
  const settings = await findCalendarSettings(db, agencyId);
  if (!settings) throw new AppError('NOT_FOUND', undefined, `no agency ${agencyId}`);
  return { windows: parseStoredWindows(settings.working_windows, agencyId) };
}
