import { checkFidelity, ProcedureContent, type Language } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { inForceAt } from './procedure.repository.js';

/** The focal officer's fidelity check: procedures in force at `at` that lack what the law expects. */
export async function fidelityReport(db: Queryable, agencyId: string, at: Date, language: Language) {
  const versions = await db
    .selectFrom('procedure_version')
    .select(['code', 'name', 'content'])
    .where('agency_id', '=', agencyId)
    .where('is_abolished', '=', false)
    .where(inForceAt(at))
    .orderBy('code')
    .execute();
  const items = versions
    .map((v) => ({
      code: v.code,
      name: v.name,
      problems: checkFidelity(ProcedureContent.parse(v.content)).map((p) => ({
        problem: p.problem,
        path: p.path,
        message: p.message[language],
      })),
    }))
    .filter((i) => i.problems.length > 0);
  return { items, checked: versions.length };
}
