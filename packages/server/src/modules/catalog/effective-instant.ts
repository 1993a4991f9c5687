import { localInstant } from '@motcua/core';
import { agencyOffsetMinutes } from '../agencies/agency.repository.js';
import type { Queryable } from '../../db/database.js';

/**
 * A decision takes effect at 00:00 local time of its effective date, in the agency's time
 * zone: the catalog changes at the start of that day for every dossier received on it.
 */
export async function effectiveInstant(db: Queryable, agencyId: string, date: string): Promise<Date> {
  return localInstant(date, '00:00', await agencyOffsetMinutes(db, agencyId, new Date(`${date}T12:00:00Z`)));
}
