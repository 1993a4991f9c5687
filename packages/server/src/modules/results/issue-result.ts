import { randomUUID } from 'node:crypto';
import { fillTemplate, formatRegisterNumber, formatVietnameseDate, localDateOf, type DossierEvent } from '@motcua/core';
import type { Tx } from '../../db/database.js';
import type { DossierTable } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import { agencyOffsetMinutes } from '../agencies/agency.repository.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { loadAgencySigner } from '../signing/agency-signer.js';
import { renderResultPdf } from './render-result.js';
import { boundResultServices, type ResultServices } from './result-services.js';
import { templateFor } from './result-templates.js';
import { insertResult, nextRegisterNumber, supersedeResults, verifyUrlOf } from './results.repository.js';

type Dossier = Pick<
  Selectable<DossierTable>,
  | 'agency_id'
  | 'id'
  | 'code'
  | 'procedure_code'
  | 'procedure_name'
  | 'applicant_kind'
  | 'applicant_name'
  | 'applicant_id_number'
  | 'applicant'
>;

/**
 * Called by the records office's `issue` action, inside its transaction (DOMAIN.md §5: "leader
 * signs → records office numbers and issues"). Order: the register number is taken first, then
 * the PDF carrying that number and date is rendered and signed with the agency's certificate,
 * because a signature freezes the bytes and the number must be on the signed document (for
 * electronic documents the records office numbers, dates and applies the agency's signature:
 * Decree 30/2020/NĐ-CP, art. 15–16). The leader's approval, already recorded, is named on it.
 * Returns what the `issue` event records; nothing when the agency has no signing certificate
 * (it issues paper results) or when no app is bound (the demo seed; see result-services.ts).
 */
export async function issueResultDocument(
  tx: Tx,
  ctx: RequestContext,
  dossier: Dossier,
  events: readonly DossierEvent[],
  now: Date,
  services: ResultServices | undefined = boundResultServices(),
): Promise<{ resultId?: string; resultNumber?: string }> {
  if (!services) return {};
  // A refusal also goes approve → issue; its paper is a reasoned refusal, not this result.
  const proposal = events.findLast((e) => e.action === 'propose_result' || e.action === 'propose_refusal');
  if (proposal?.action === 'propose_refusal') return {};
  const agencyId = dossier.agency_id;
  const signing = await loadAgencySigner(tx, services.secrets(), agencyId);
  if (!signing) return {};
  const agency = await tx
    .selectFrom('agency')
    .select(['name', 'timezone'])
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const template = await templateFor(tx, agencyId, dossier.procedure_code);
  const issuedOn = localDateOf(now, await agencyOffsetMinutes(tx, agencyId, now));
  const year = Number(issuedOn.slice(0, 4));
  const registerNumber = await nextRegisterNumber(tx, agencyId, year);
  const number = formatRegisterNumber(registerNumber, year, template.registerSymbol);
  const id = randomUUID();
  const verifyUrl = verifyUrlOf(services.publicUrl, id);
  const applicant = dossier.applicant as { address?: string };
  const values = {
    'applicant.name': dossier.applicant_name,
    'applicant.idNumber': dossier.applicant_id_number,
    'applicant.address': applicant.address ?? '',
    'procedure.name': dossier.procedure_name,
    'procedure.code': dossier.procedure_code,
    'dossier.code': dossier.code ?? '',
    'result.number': number,
    'result.issuedAt': formatVietnameseDate(issuedOn),
    'agency.name': agency.name,
  };
  const certificate = await signing.signer.certificate();
  const signerName = signerNameOf(certificate.subject, agency.name);
  const title = fillTemplate(template.title, values);
  const approvedBy = await approverName(tx, agencyId, events);
  const { pdf, widget } = await renderResultPdf({
    agencyName: agency.name,
    place: agency.name.replace(/^.*\b(tỉnh|thành phố)\s+/iu, ''),
    number,
    issuedOn,
    title,
    body: fillTemplate(template.body, values),
    holderLabel: dossier.applicant_kind === 'person' ? 'Người được cấp' : 'Tổ chức được cấp',
    holderName: dossier.applicant_name,
    approvedBy,
    verifyUrl,
    signerName,
    signingTime: now,
    timeZone: agency.timezone,
  });
  const signed = await signing.signer.sign(pdf, {
    ...widget,
    signingTime: now,
    reason: `Ban hành ${title.toLocaleLowerCase('vi')} số ${number}`,
    location: agency.name,
  });
  // Files first: content-addressed and immutable, so a rolled-back issue leaves at most an
  // unreferenced blob, never a row pointing at nothing.
  const unsignedFile = await services.files.put(pdf);
  const signedFile = await services.files.put(signed);
  await insertResult(tx, {
    agency_id: agencyId,
    id,
    dossier_id: dossier.id,
    dossier_code: dossier.code ?? '',
    procedure_code: dossier.procedure_code,
    procedure_name: dossier.procedure_name,
    title,
    holder_kind: dossier.applicant_kind,
    holder_name: dossier.applicant_name,
    register_year: year,
    register_number: registerNumber,
    number_text: number,
    issued_at: now,
    issued_by: ctx.actor.userId,
    approved_by_name: approvedBy,
    signer_subject: certificate.subject,
    certificate_id: signing.certificateId,
    unsigned_sha256: unsignedFile.sha256,
    signed_sha256: signedFile.sha256,
    signed_size: signedFile.size,
  });
  // After the insert: superseded_by references the new row.
  await supersedeResults(tx, agencyId, dossier.id, id);
  await appendAudit(tx, originOf(ctx), {
    action: 'result.issue',
    targetType: 'result_document',
    targetId: id,
    details: { dossierId: dossier.id, number, sha256: signedFile.sha256, certificate: certificate.fingerprint },
  });
  return { resultId: id, resultNumber: number };
}

/** The CN of the certificate ("Sở Y tế tỉnh Lâm Đồng"), or the agency's name. */
function signerNameOf(subject: string, fallback: string): string {
  return /(?:^|, )CN=([^,]+)/.exec(subject)?.[1] ?? fallback;
}

/** Who approved (the leader's `approve` event), by full name. */
async function approverName(tx: Tx, agencyId: string, events: readonly DossierEvent[]): Promise<string | null> {
  const approval = events.findLast((e) => e.action === 'approve');
  if (!approval?.actorId) return null;
  const user = await tx
    .selectFrom('app_user')
    .select('full_name')
    .where('agency_id', '=', agencyId)
    .where('id', '=', approval.actorId)
    .executeTakeFirst();
  return user?.full_name ?? null;
}
