import type { Queryable } from '../../db/database.js';

/**
 * How long a unit found by its code is reused without asking the database. Units change with
 * the agency's organisation (rarely, and today only through the demo seed); an id found here is
 * at most this old, in every process.
 */
export const UNIT_TTL_MS = 10_000;

const found = new Map<string, { id: string; at: number }>();

/**
 * The id of the agency's unit with this code, or undefined. Hits are kept for `UNIT_TTL_MS` on the
 * process's monotonic clock; misses are not kept, so a unit created now is found at once.
 */
export async function unitIdByCode(db: Queryable, agencyId: string, code: string): Promise<string | undefined> {
  const key = `${agencyId}/${code}`;
  const at = performance.now();
  const hit = found.get(key);
  if (hit && at - hit.at < UNIT_TTL_MS) return hit.id;
  const unit = await db
    .selectFrom('unit')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (unit) found.set(key, { id: unit.id, at });
  else found.delete(key);
  return unit?.id;
}
