import { AppError, ProcedureContent, type VersionSummary } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { findLatestVersion, findVersionInForce, listVersions } from './procedure.repository.js';

/**
 * A procedure as a reader sees it at `at`: the version in force (null when it is abolished
 * or not yet in force), the latest published version (a future amendment shows here first),
 * and the whole history of versions with the decisions that made them.
 */
export async function getProcedureView(db: Queryable, agencyId: string, code: string, at: Date) {
  const latest = await findLatestVersion(db, agencyId, code);
  if (!latest) throw new AppError('NOT_FOUND');
  const inForce = await findVersionInForce(db, agencyId, code, at);
  const history = await listVersions(db, agencyId, latest.procedure_id);
  const versions: VersionSummary[] = history.map((v) => ({
    versionNo: v.version_no,
    changeKind: v.change_kind,
    effectiveFrom: v.effective_from.toISOString(),
    effectiveTo: v.effective_to?.toISOString() ?? null,
    isAbolished: v.is_abolished,
    decision: { id: v.decision_id, number: v.decision_number, signedOn: v.decision_signed_on, title: v.decision_title },
  }));
  return {
    code,
    status: inForce
      ? inForce.is_abolished
        ? ('abolished' as const)
        : ('in_force' as const)
      : ('not_yet_in_force' as const),
    content: ProcedureContent.parse((inForce ?? latest).content),
    versionNo: (inForce ?? latest).version_no,
    versions,
  };
}
