import {
  addCalendarDays,
  addWorkingDays,
  countsFrom,
  sameDayDueAt,
  toLocalIso,
  type ProcedureContent,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { agencyOffsetMinutes } from '../agencies/agency.repository.js';
import { loadAgencyCalendar } from '../calendar/load-agency-calendar.js';

/**
 * "Nộp hôm nay, hẹn trả dự kiến": the appointment a complete dossier received at `now` would
 * get, on the agency's working-time calendar. Null when the procedure states no processing time.
 */
export async function expectedAppointment(db: Queryable, agencyId: string, content: ProcedureContent, now: Date) {
  const time = content.processingTime;
  if (!time) return null;
  const calendar = await loadAgencyCalendar(db, agencyId);
  const dueAt =
    time.unit === 'calendar_days'
      ? addCalendarDays(calendar, now, Math.ceil(time.total))
      : time.total === 0
        ? sameDayDueAt(calendar, now)
        : addWorkingDays(calendar, now, time.total);
  const offset = await agencyOffsetMinutes(db, agencyId, now);
  return {
    receivedAt: toLocalIso(now, offset),
    countsFrom: toLocalIso(countsFrom(calendar, now), offset),
    dueAt: toLocalIso(dueAt, offset),
  };
}
