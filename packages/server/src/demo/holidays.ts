import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Tx } from '../db/database.js';

/** The government's announced days off and swapped working days (copied from shared/domain). */
const HOLIDAYS_FILE = fileURLToPath(new URL('../../seed/holidays.json', import.meta.url));

const HolidayFile = z.object({
  days: z.array(
    z.object({
      date: z.iso.date(),
      kind: z.enum(['day-off', 'working-day']),
      name: z.string().min(1),
      confirmed: z.boolean(),
    }),
  ),
});

export async function seedHolidays(tx: Tx, agencyId: string): Promise<number> {
  const file = HolidayFile.parse(JSON.parse(await fs.readFile(HOLIDAYS_FILE, 'utf8')));
  const rows = file.days.map((d) => ({
    agency_id: agencyId,
    day: d.date,
    kind: d.kind === 'day-off' ? ('day_off' as const) : ('working_day' as const),
    name: d.name,
    confirmed: d.confirmed,
  }));
  await tx
    .insertInto('calendar_day')
    .values(rows)
    .onConflict((oc) => oc.columns(['agency_id', 'day']).doNothing())
    .execute();
  return rows.length;
}
