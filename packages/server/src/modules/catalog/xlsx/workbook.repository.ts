import type { Queryable } from '../../../db/database.js';
import { inForceAt } from '../procedure.repository.js';

/** Every procedure in force at `at` (abolitions excluded), with its content, by code. */
export async function listContentInForce(db: Queryable, agencyId: string, at: Date) {
  return db
    .selectFrom('procedure_version')
    .innerJoin('procedure', (j) =>
      j
        .onRef('procedure.agency_id', '=', 'procedure_version.agency_id')
        .onRef('procedure.id', '=', 'procedure_version.procedure_id'),
    )
    .select(['procedure.code', 'procedure_version.content'])
    .where('procedure_version.agency_id', '=', agencyId)
    .where('procedure_version.is_abolished', '=', false)
    .where(inForceAt(at))
    .orderBy('procedure.code')
    .execute();
}

export async function findAgencyHeading(db: Queryable, agencyId: string) {
  return db
    .selectFrom('agency')
    .select(['code', 'name', 'timezone'])
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
}
