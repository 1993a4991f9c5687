import type { CalendarDayEntry, WorkingWindow } from '@motcua/core';
import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/database.js';
import type { CalendarDayTable } from '../../db/schema.js';

type CalendarDayRow = Pick<CalendarDayTable, 'day' | 'kind' | 'name' | 'confirmed'>;

export function toCalendarDayEntry(row: CalendarDayRow): CalendarDayEntry {
  return { date: row.day, kind: row.kind, name: row.name, confirmed: row.confirmed };
}

/** The agency's time zone and raw working windows (jsonb, parsed by the caller); undefined if unknown. */
export async function findCalendarSettings(db: Queryable, agencyId: string) {
  return db.selectFrom('agency').select(['timezone', 'working_windows']).where('id', '=', agencyId).executeTakeFirst();
}

/** Days off and swapped working days of an agency, in date order; between two dates when given. */
export async function listCalendarDays(
  db: Queryable,
  agencyId: string,
  range?: { from: string; to: string },
): Promise<CalendarDayEntry[]> {
  let query = db
    .selectFrom('calendar_day')
    .select(['day', 'kind', 'name', 'confirmed'])
    .where('agency_id', '=', agencyId);
  if (range) query = query.where('day', '>=', range.from).where('day', '<=', range.to);
  const rows = await query.orderBy('day').execute();
  return rows.map(toCalendarDayEntry);
}

/** One day of the agency's calendar, locked for the rest of the transaction. */
export async function findCalendarDayForUpdate(tx: Tx, agencyId: string, date: string) {
  const row = await tx
    .selectFrom('calendar_day')
    .select(['day', 'kind', 'name', 'confirmed'])
    .where('agency_id', '=', agencyId)
    .where('day', '=', date)
    .forUpdate()
    .executeTakeFirst();
  return row && toCalendarDayEntry(row);
}

export async function upsertCalendarDay(tx: Tx, agencyId: string, day: CalendarDayEntry): Promise<CalendarDayEntry> {
  const values = { kind: day.kind, name: day.name, confirmed: day.confirmed };
  const row = await tx
    .insertInto('calendar_day')
    .values({ agency_id: agencyId, day: day.date, ...values })
    .onConflict((oc) => oc.columns(['agency_id', 'day']).doUpdateSet(values))
    .returning(['day', 'kind', 'name', 'confirmed'])
    .executeTakeFirstOrThrow();
  return toCalendarDayEntry(row);
}

export async function deleteCalendarDayRow(tx: Tx, agencyId: string, date: string): Promise<void> {
  await tx.deleteFrom('calendar_day').where('agency_id', '=', agencyId).where('day', '=', date).execute();
}

/** The agency's raw working windows, its row locked for the rest of the transaction. */
export async function findWorkingWindowsForUpdate(tx: Tx, agencyId: string) {
  return tx.selectFrom('agency').select('working_windows').where('id', '=', agencyId).forUpdate().executeTakeFirst();
}

export async function updateWorkingWindows(tx: Tx, agencyId: string, windows: readonly WorkingWindow[]) {
  await tx
    .updateTable('agency')
    .set({ working_windows: JSON.stringify(windows) })
    .where('id', '=', agencyId)
    .execute();
}

/**
 * The agency whose calendar anonymous callers get: the one with `preferredCode` when it exists,
 * else the first by code, agencies still in force (not merged away) before those that ended.
 */
export async function findDefaultAgencyId(db: Queryable, preferredCode: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('agency')
    .select('id')
    .orderBy(sql`code = ${preferredCode}`, 'desc')
    .orderBy(sql`valid_to IS NULL OR valid_to >= current_date`, 'desc')
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
