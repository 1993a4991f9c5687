import { AppError, ProcedureContent, type ReceiveDossierRequest, type RequiredDocument } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { findVersionInForce, findLatestVersion } from '../catalog/procedure.repository.js';
import { defaultCounter, nextDossierCode } from './dossier-code.js';
import { findDossier, findOpenDuplicates, insertEvent, loadEvents } from './dossier.repository.js';
import { project } from './dossier-projection.js';
import { once, type StoredResponse } from './idempotency.js';
import { linkPickupOnReception } from '../postal/link-pickup.js';

/**
 * Reception (tiếp nhận, DOMAIN.md §5.1). A complete dossier at the counter or from the post is
 * received at once: code, appointment, clock started. An online one lands in the queue (status 1)
 * without a code. The pinned version is the one in force now; an incomplete or ineligible dossier
 * is refused with every reason, and nothing is stored.
 */
export async function receiveDossier(
  db: Db,
  ctx: RequestContext,
  input: ReceiveDossierRequest,
  now: Date,
  key?: string,
) {
  const agencyId = ctx.actor.agencyId;
  const version = await pinnedVersion(db, agencyId, input.procedureCode, now);
  const content = ProcedureContent.parse(version.content);
  checkChannel(content, input.channel);
  if (input.channel !== 'online') checkComplete(content.documents, input.documents);
  const result = await db.transaction().execute((tx) =>
    once(tx, agencyId, key, input, async (): Promise<StoredResponse> => {
      const id = await createDossier(tx, ctx, input, version, content, now);
      return { status: 201, body: { id } };
    }),
  );
  const id = (result.body as { id: string }).id;
  const row = requireOwnAgency(ctx.actor, await findDossier(db, agencyId, id));
  const duplicates = (await findOpenDuplicates(db, agencyId, row.applicant_id_number, row.procedure_code)).filter(
    (d) => d.id !== id,
  );
  return { dossier: row, duplicates };
}

async function pinnedVersion(db: Db, agencyId: string, code: string, now: Date) {
  const version = await findVersionInForce(db, agencyId, code, now);
  if (version && !version.is_abolished) return version;
  const latest = await findLatestVersion(db, agencyId, code);
  const reason = latest ? 'procedure_abolished' : 'wrong_agency';
  throw new AppError(
    'INELIGIBLE_DOSSIER',
    [{ field: 'body.procedureCode', message: INELIGIBLE[reason], reason }],
    reason,
  );
}

function checkChannel(content: ProcedureContent, channel: ReceiveDossierRequest['channel']): void {
  const allowed =
    channel === 'counter'
      ? content.channels.counter
      : channel === 'post'
        ? content.channels.postReceipt
        : content.channels.online !== 'none';
  if (!allowed) {
    throw new AppError(
      'INELIGIBLE_DOSSIER',
      // Not one of REFUSAL_REASONS: the counter can still receive it through another channel.
      [{ field: 'body.channel', message: CHANNEL_NOT_ALLOWED, reason: 'channel_not_allowed' }],
      'channel_not_allowed',
    );
  }
}

/** Every required document received, in the required form and number: else list every gap. */
export function checkComplete(
  required: readonly RequiredDocument[],
  received: ReceiveDossierRequest['documents'],
): void {
  const gaps = required.flatMap((doc, ord) => {
    const got = received.find((d) => d.ord === ord);
    const field = `body.documents.${ord}`;
    // Each gap carries its SUPPLEMENT_REASONS code, so a client can prefill the supplement slip.
    if (!got?.received)
      return [{ field, reason: 'missing', message: { vi: `Thiếu: ${doc.name}`, en: `Missing: ${doc.name}` } }];
    if (got.copies < doc.copies) {
      return [
        {
          field,
          reason: 'missing',
          message: {
            vi: `Thiếu số bản (${got.copies}/${doc.copies}): ${doc.name}`,
            en: `Too few copies (${got.copies}/${doc.copies}): ${doc.name}`,
          },
        },
      ];
    }
    if (!formSatisfies(doc.form, got.form)) {
      const needs = FORM_NAMES[doc.form ?? 'original_or_copy'];
      return [
        {
          field,
          reason: 'wrong_form',
          message: {
            vi: `Sai loại bản (cần ${needs.vi}): ${doc.name}`,
            en: `Wrong form (needs ${needs.en}): ${doc.name}`,
          },
        },
      ];
    }
    return [];
  });
  if (gaps.length > 0) throw new AppError('INCOMPLETE_DOSSIER', gaps);
}

function formSatisfies(
  required: RequiredDocument['form'],
  got: 'original' | 'copy' | 'certified_copy' | null,
): boolean {
  if (required === 'original') return got === 'original';
  if (required === 'certified_copy') return got === 'certified_copy' || got === 'original';
  return got !== null;
}

async function createDossier(
  tx: Tx,
  ctx: RequestContext,
  input: ReceiveDossierRequest,
  version: { id: string; procedure_id: string; code: string; name: string },
  content: ProcedureContent,
  now: Date,
): Promise<string> {
  const agencyId = ctx.actor.agencyId;
  const counterId = input.counterId ?? (await defaultCounter(tx, agencyId));
  const online = input.channel === 'online';
  const code = online ? null : await nextDossierCode(tx, agencyId, counterId, now);
  const a = input.applicant;
  const { id } = await tx
    .insertInto('dossier')
    .values({
      agency_id: agencyId,
      code,
      channel: input.channel,
      procedure_id: version.procedure_id,
      procedure_version_id: version.id,
      procedure_code: version.code,
      procedure_name: version.name,
      counter_id: counterId,
      applicant_kind: a.kind,
      applicant_name: a.name,
      applicant_id_number: a.kind === 'person' ? a.citizenId : a.taxCode,
      applicant: JSON.stringify(a),
      return_method: input.returnMethod,
      return_address: input.returnAddress,
      state: online ? 'submitted_online' : 'received',
      national_status: online ? 1 : 2,
      version: 1,
      submitted_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (content.documents.length > 0) {
    await tx
      .insertInto('dossier_document')
      .values(
        content.documents.map((doc, ord) => {
          const got = input.documents.find((d) => d.ord === ord);
          return {
            agency_id: agencyId,
            dossier_id: id,
            ord,
            name: doc.name,
            required_form: doc.form,
            required_copies: doc.copies,
            is_received: got?.received ?? false,
            form: got?.form ?? null,
            copies: got?.copies ?? 0,
          };
        }),
      )
      .execute();
  }
  const action = online ? 'submit_online' : 'receive';
  const actorRole = online ? 'portal' : ctx.actor.role;
  await insertEvent(tx, {
    agencyId,
    dossierId: id,
    seq: 1,
    action,
    at: now,
    actorId: ctx.actor.userId,
    actorRole,
    data: { channel: input.channel, code },
  });
  const { columns } = await project(tx, agencyId, version.id, await loadEvents(tx, agencyId, id), null);
  await tx.updateTable('dossier').set(columns).where('agency_id', '=', agencyId).where('id', '=', id).execute();
  await linkPickupOnReception(tx, ctx, input, id, now); // a dossier collected by the post (pickup order)
  await appendAudit(tx, originOf(ctx), {
    action: `dossier.${action}`,
    targetType: 'dossier',
    targetId: id,
    details: { code, procedureCode: version.code },
  });
  return id;
}

const FORM_NAMES = {
  original: { vi: 'bản chính', en: 'the original' },
  copy: { vi: 'bản sao', en: 'a copy' },
  certified_copy: { vi: 'bản sao chứng thực hoặc bản chính', en: 'a certified copy or the original' },
  original_or_copy: { vi: 'bản chính hoặc bản sao', en: 'the original or a copy' },
} as const;

const INELIGIBLE = {
  procedure_abolished: {
    vi: 'Thủ tục đã bị bãi bỏ, không tiếp nhận hồ sơ mới.',
    en: 'The procedure is abolished and takes no new dossiers.',
  },
  wrong_agency: {
    vi: 'Thủ tục không thuộc thẩm quyền của cơ quan này.',
    en: 'The procedure is not within this agency’s competence.',
  },
};
const CHANNEL_NOT_ALLOWED = {
  vi: 'Thủ tục không cho phép nộp hồ sơ theo hình thức này.',
  en: 'The procedure does not accept dossiers by this channel.',
};
