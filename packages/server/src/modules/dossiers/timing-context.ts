import { addWorkingTime, HOUR_MS, type WorkingCalendar } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { cachedAgencyCalendar } from '../calendar/agency-calendar-cache.js';

/**
 * What judging a dossier's timing needs, computed once per request: the agency's calendar and
 * the due-soon line, `dueSoonHours` of WORKING time from now (a dossier due Monday 08:00 is due
 * soon on Friday afternoon: the weekend does not count).
 */
export type TimingContext = { now: Date; calendar: WorkingCalendar; dueSoonBefore: Date };

export async function timingContext(
  db: Queryable,
  agencyId: string,
  now: Date,
  dueSoonHours: number,
): Promise<TimingContext> {
  const calendar = await cachedAgencyCalendar(db, agencyId);
  return { now, calendar, dueSoonBefore: addWorkingTime(calendar, now, dueSoonHours * HOUR_MS) };
}
