import {
  addCalendarDays,
  addWorkingDays,
  AppError,
  countsFrom,
  toLocalIso,
  type DueDate,
  type DueDateQuery,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { findDefaultAgencyId } from './calendar.repository.js';
import { loadAgencyCalendar } from './load-agency-calendar.js';

/**
 * Whose calendar an anonymous caller (the public due-date tool) gets: the demo Department of
 * Health of Lâm Đồng when present, else the first agency by code. A signed-in caller always
 * gets their own agency's calendar.
 */
export const DEFAULT_PUBLIC_AGENCY_CODE = '000.00.31.H36';

export async function resolvePublicAgencyId(db: Queryable, signedInAgencyId: string | undefined): Promise<string> {
  if (signedInAgencyId) return signedInAgencyId;
  const agencyId = await findDefaultAgencyId(db, DEFAULT_PUBLIC_AGENCY_CODE);
  if (!agencyId) throw new AppError('NOT_FOUND', undefined, 'no agency to take the calendar from');
  return agencyId;
}

/**
 * When a dossier received at `from` is due (DOMAIN.md §7): `workingDays` × the agency's daily
 * working time counted from the next working time, or `calendarDays` ending with the working
 * day (Civil Code 2015, Art. 147–148). Instants come back in the agency's offset.
 */
export async function computeDueDate(db: Queryable, agencyId: string, query: DueDateQuery): Promise<DueDate> {
  const { workingDays, calendarDays } = query;
  if ((workingDays === undefined) === (calendarDays === undefined)) {
    throw new AppError('VALIDATION_FAILED', [{ field: 'querystring.workingDays', message: exactlyOne }]);
  }
  const calendar = await loadAgencyCalendar(db, agencyId);
  const from = new Date(query.from);
  const dueAt =
    workingDays !== undefined
      ? addWorkingDays(calendar, from, workingDays)
      : addCalendarDays(calendar, from, calendarDays ?? 0);
  const local = (instant: Date) => toLocalIso(instant, calendar.offsetMinutes);
  return { from: local(from), countsFrom: local(countsFrom(calendar, from)), dueAt: local(dueAt) };
}

const exactlyOne = {
  vi: 'Nhập đúng một trong hai: số ngày làm việc (workingDays) hoặc số ngày theo lịch (calendarDays).',
  en: 'Give exactly one of workingDays and calendarDays.',
};
