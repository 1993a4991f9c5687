import type { CalendarDayEntry, DueDate, SetCalendarDayRequest, WorkingHours } from '@motcua/core';
import { apiRequest, getJson } from '../../api/client.js';

export const WINDOWS_PATH = '/api/calendar/windows';

export function daysPath(year: number): string {
  return `/api/calendar/days?year=${year}`;
}

export async function saveCalendarDay(date: string, request: SetCalendarDayRequest): Promise<CalendarDayEntry> {
  const path = `/api/calendar/days/${encodeURIComponent(date)}`;
  return (await apiRequest(path, { method: 'PUT', body: request })) as CalendarDayEntry;
}

export async function deleteCalendarDay(date: string): Promise<void> {
  await apiRequest(`/api/calendar/days/${encodeURIComponent(date)}`, { method: 'DELETE' });
}

export async function saveWorkingHours(request: WorkingHours): Promise<WorkingHours> {
  return (await apiRequest(WINDOWS_PATH, { method: 'PUT', body: request })) as WorkingHours;
}

/** The public endpoint; the session cookie goes with it, so staff get their own agency's calendar. */
export async function fetchDueDate(from: string, workingDays: string): Promise<DueDate> {
  const query = new URLSearchParams({ from, workingDays });
  return getJson<DueDate>(`/api/calendar/due-date?${query.toString()}`);
}
