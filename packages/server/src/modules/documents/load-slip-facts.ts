import type { Queryable } from '../../db/database.js';
import { requireOwnAgency, type Actor } from '../auth/actor.js';
import type { ReceptionSlipFacts } from './form-definition.js';
import { issuingAgency, userNames } from './documents.repository.js';

/** A reception slip (supplement request or refusal at the counter) with what forms 02 and 03 print. */
export async function loadSlipFacts(db: Queryable, actor: Actor, slipId: string): Promise<ReceptionSlipFacts> {
  const slip = requireOwnAgency(
    actor,
    await db
      .selectFrom('reception_slip')
      .selectAll()
      .where('agency_id', '=', actor.agencyId)
      .where('id', '=', slipId)
      .executeTakeFirst(),
  );
  // The slip keeps the code; the name is the one in force when it was issued.
  const procedure = await db
    .selectFrom('procedure_version as v')
    .innerJoin('procedure as p', (j) => j.onRef('p.agency_id', '=', 'v.agency_id').onRef('p.id', '=', 'v.procedure_id'))
    .select('v.name')
    .where('v.agency_id', '=', actor.agencyId)
    .where('p.code', '=', slip.procedure_code)
    .where('v.effective_from', '<=', slip.created_at)
    .orderBy('v.effective_from', 'desc')
    .executeTakeFirst();
  const names = await userNames(db, actor.agencyId);
  return {
    agency: await issuingAgency(db, actor.agencyId, 'BỘ PHẬN MỘT CỬA'),
    slip: {
      id: slip.id,
      kind: slip.kind,
      createdAt: slip.created_at.toISOString(),
      procedure: procedure ? `${slip.procedure_code} — ${procedure.name}` : slip.procedure_code,
      applicantName: slip.applicant_name,
      applicantIdNumber: slip.applicant_id_number,
      items: Array.isArray(slip.items) ? (slip.items as ReceptionSlipFacts['slip']['items']) : [],
    },
    issuerName: slip.created_by ? (names.get(slip.created_by) ?? null) : null,
  };
}
