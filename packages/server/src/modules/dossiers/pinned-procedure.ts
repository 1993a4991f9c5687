import { ProcedureContent } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/** Distinct versions kept; a provincial catalog has a few hundred procedures in force. */
const MAX_VERSIONS = 2000;
const contents = new Map<string, ProcedureContent>();

/**
 * The content of a published procedure version, parsed once per process. A published version
 * never changes (a decision that amends a procedure publishes a new version; only the old one's
 * `effective_to` is set), and a dossier stays pinned to the version it was received under, so
 * nothing ever needs to be forgotten: the map is only bounded, oldest first. Callers share the
 * object and must not change it.
 */
export async function pinnedProcedureContent(
  db: Queryable,
  agencyId: string,
  versionId: string,
): Promise<ProcedureContent> {
  const key = `${agencyId}/${versionId}`;
  const hit = contents.get(key);
  if (hit) return hit;
  const version = await db
    .selectFrom('procedure_version')
    .select('content')
    .where('agency_id', '=', agencyId)
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
  const content = ProcedureContent.parse(version.content);
  if (contents.size >= MAX_VERSIONS) contents.delete(contents.keys().next().value ?? key);
  contents.set(key, content);
  return content;
}
