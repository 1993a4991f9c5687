import { AppError, utcOffsetMinutes, type Agency } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

export async function getAgency(db: Queryable, agencyId: string): Promise<Agency> {
  const agency = await db
    .selectFrom('agency')
    .leftJoin('agency as successor', 'successor.id', 'agency.successor_id')
    .select([
      'agency.id',
      'agency.code',
      'agency.name',
      'agency.timezone',
      'agency.valid_from',
      'agency.valid_to',
      'successor.id as successor_id',
      'successor.name as successor_name',
    ])
    .where('agency.id', '=', agencyId)
    .executeTakeFirst();
  if (!agency) throw new AppError('NOT_FOUND');
  const [units, counters] = await Promise.all([
    db
      .selectFrom('unit')
      .select(['id', 'code', 'name', 'kind'])
      .where('agency_id', '=', agencyId)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('counter')
      .select(['id', 'code', 'name', 'location'])
      .where('agency_id', '=', agencyId)
      .orderBy('code')
      .execute(),
  ]);
  return {
    id: agency.id,
    code: agency.code,
    name: agency.name,
    timezone: agency.timezone,
    validFrom: agency.valid_from,
    validTo: agency.valid_to,
    successor:
      agency.successor_id && agency.successor_name ? { id: agency.successor_id, name: agency.successor_name } : null,
    units,
    counters,
  };
}

/** The agency's UTC offset at `at`, in minutes (Asia/Ho_Chi_Minh: 420). */
export async function agencyOffsetMinutes(db: Queryable, agencyId: string, at: Date): Promise<number> {
  const agency = await db.selectFrom('agency').select('timezone').where('id', '=', agencyId).executeTakeFirstOrThrow();
  return utcOffsetMinutes(agency.timezone, at);
}
