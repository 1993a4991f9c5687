import { localInstant, utcOffsetMinutes } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/**
 * A decision takes effect at 00:00 local time of its effective date, in the agency's time
 * zone: the catalog changes at the start of that day for every dossier received on it.
 */
export async function effectiveInstant(db: Queryable, agencyId: string, date: string): Promise<Date> {
  const agency = await db.selectFrom('agency').select('timezone').where('id', '=', agencyId).executeTakeFirstOrThrow();
  return localInstant(date, '00:00', utcOffsetMinutes(agency.timezone, new Date(`${date}T12:00:00Z`)));
}
