import type { WorkingCalendar } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { loadAgencyCalendar } from './load-agency-calendar.js';

/**
 * The longest another server process may keep computing on a calendar the administrator has
 * since changed. This process forgets its copy as soon as its own calendar writes commit
 * (`forgetAgencyCalendar`); other processes sharing the database have no such signal and
 * re-read at the latest after this long. Days off are announced days or weeks ahead, so seconds
 * of delay in another process change no appointment in practice.
 */
export const CALENDAR_TTL_MS = 10_000;

type Entry = { calendar: WorkingCalendar; loadedAt: number };
const entries = new Map<string, Entry>();
/** Bumped by every forget: a load that started before it must not store what it read. */
const generations = new Map<string, number>();

/**
 * The agency's working calendar (see `loadAgencyCalendar`), kept in process for the hot paths
 * (every dossier action recomputes the appointment). Age is measured on the process's monotonic
 * clock, not `Deps.now`: a test clock moved by days must not make a stale copy look fresh, nor
 * a fresh one stale. The calendar is immutable; callers share it.
 */
export async function cachedAgencyCalendar(db: Queryable, agencyId: string): Promise<WorkingCalendar> {
  const at = performance.now();
  const hit = entries.get(agencyId);
  if (hit && at - hit.loadedAt < CALENDAR_TTL_MS) return hit.calendar;
  const generation = generations.get(agencyId) ?? 0;
  const calendar = await loadAgencyCalendar(db, agencyId);
  if ((generations.get(agencyId) ?? 0) === generation) entries.set(agencyId, { calendar, loadedAt: at });
  return calendar;
}

/** Call AFTER the transaction that changed the agency's windows or days has committed. */
export function forgetAgencyCalendar(agencyId: string): void {
  entries.delete(agencyId);
  generations.set(agencyId, (generations.get(agencyId) ?? 0) + 1);
}
