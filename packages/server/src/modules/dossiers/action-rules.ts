import {
  AppError,
  invalidField as invalid,
  type ActionRequest,
  type DossierFold,
  type LocalisedText,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../auth/actor.js';

/**
 * What the workflow table cannot say by role alone: who within the role (the head of the
 * dossier's unit, the assigned specialist), and what each action must carry. Returns the data
 * recorded on the event.
 */
export async function checkActionRules(
  db: Queryable,
  actor: Actor,
  dossier: { unit_id: string | null; assignee_id: string | null; due_at: Date | null },
  fold: DossierFold,
  input: ActionRequest,
  now: Date,
): Promise<Record<string, unknown>> {
  const a = input.action;
  if (actor.role === 'unit_head' && dossier.unit_id !== actor.unitId) throw forbidden(NOT_YOUR_UNIT);
  if (actor.role === 'specialist' && dossier.assignee_id !== actor.userId) throw forbidden(NOT_ASSIGNED);
  const note = input.note ?? '';
  switch (a) {
    case 'assign':
      return { specialistId: await specialistOf(db, actor, input.specialistId) };
    case 'request_supplement':
      // One supplement request per dossier, listing everything at once (Decree 118).
      if (fold.supplementRequests > 0) throw invalid('action', ONLY_ONCE);
      if (!input.items?.length) throw invalid('body.items', ITEMS_REQUIRED);
      return { items: input.items, note };
    case 'request_payment':
      if (input.amountVnd === undefined) throw invalid('body.amountVnd', REQUIRED);
      return { amountVnd: input.amountVnd, note };
    case 'send_back':
    case 'return_to_unit':
    case 'withdraw':
    case 'stop':
    case 'refuse_online':
    case 'propose_refusal':
      if (!note) throw invalid('body.note', REASON_REQUIRED);
      return { note, reason: input.reason ?? null };
    case 'return_result':
      return returnData(input);
    case 'draft_apology':
      if (fold.pendingApology) throw invalid('action', DRAFT_PENDING);
      return { ...newAppointment(dossier, input.newDueAt, now), note: required('body.note', note, APOLOGY_REQUIRED) };
    case 'extend_deadline': {
      // The leader approves the unit's draft; the date may be corrected, the apology stays.
      const draft = fold.pendingApology;
      if (!draft) throw invalid('action', DRAFT_REQUIRED);
      const chosen = input.newDueAt ?? draft.newDueAt.toISOString();
      return { ...newAppointment(dossier, chosen, now), note: draft.note, approvalNote: note };
    }
    case 'reject_apology':
      if (!fold.pendingApology) throw invalid('action', DRAFT_REQUIRED);
      return { note: required('body.note', note, REASON_REQUIRED) };
    case 'send_to_agency':
      return otherAgencyData(input, note);
    case 'issue':
      return { resultNumber: input.resultNumber ?? null, note };
    default:
      return note ? { note } : {};
  }
}

/** Decree 118: a new appointment comes before the deadline and is later than the current one. */
function newAppointment(dossier: { due_at: Date | null }, newDueAt: string | undefined, now: Date) {
  if (!newDueAt) throw invalid('body.newDueAt', REQUIRED);
  if (dossier.due_at && now > dossier.due_at) throw invalid('action', TOO_LATE_TO_EXTEND);
  const at = new Date(newDueAt);
  if (at <= now || (dossier.due_at && at <= dossier.due_at)) throw invalid('body.newDueAt', LATER_REQUIRED);
  return { newDueAt: at.toISOString() };
}

function otherAgencyData(input: ActionRequest, note: string): Record<string, unknown> {
  const agencyName = required('body.agencyName', input.agencyName ?? '', REQUIRED);
  if (input.budgetDays === undefined) throw invalid('body.budgetDays', REQUIRED);
  return { agencyName, agencyCode: input.agencyCode ?? null, budgetDays: input.budgetDays, note };
}

function required(field: string, value: string, message: LocalisedText): string {
  if (!value) throw invalid(field, message);
  return value;
}

function returnData(input: ActionRequest): Record<string, unknown> {
  if (!input.returnChannel) throw invalid('body.returnChannel', REQUIRED);
  if (input.returnChannel === 'in_person') {
    // The recipient's identity document is checked at the counter (DOMAIN.md §5.4).
    if (!input.recipientName) throw invalid('body.recipientName', REQUIRED);
    if (!input.recipientIdNumber || !/^\d{9,12}$/.test(input.recipientIdNumber))
      throw invalid('body.recipientIdNumber', ID_REQUIRED);
  }
  return {
    returnChannel: input.returnChannel,
    recipientName: input.recipientName ?? null,
    recipientIdNumber: input.recipientIdNumber ?? null,
  };
}

async function specialistOf(db: Queryable, actor: Actor, specialistId: string | undefined): Promise<string> {
  if (!specialistId) throw invalid('body.specialistId', REQUIRED);
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'role', 'unit_id', 'is_active'])
    .where('agency_id', '=', actor.agencyId)
    .where('id', '=', specialistId)
    .executeTakeFirst();
  if (!user || user.role !== 'specialist' || user.unit_id !== actor.unitId || !user.is_active)
    throw invalid('body.specialistId', NOT_A_SPECIALIST);
  return user.id;
}

const forbidden = (message: LocalisedText) => new AppError('FORBIDDEN', [{ field: 'action', message }]);

const NOT_YOUR_UNIT = { vi: 'Hồ sơ không thuộc phòng của bạn.', en: 'The dossier is not in your unit.' };
const NOT_ASSIGNED = { vi: 'Hồ sơ không được phân công cho bạn.', en: 'The dossier is not assigned to you.' };
const ONLY_ONCE = {
  vi: 'Chỉ được yêu cầu bổ sung một lần, nêu đầy đủ các nội dung.',
  en: 'A supplement may be requested only once, listing everything.',
};
const ITEMS_REQUIRED = { vi: 'Liệt kê ít nhất một nội dung cần bổ sung.', en: 'List at least one item to supplement.' };
const REQUIRED = { vi: 'Bắt buộc phải nhập.', en: 'Required.' };
const REASON_REQUIRED = { vi: 'Cần ghi rõ lý do.', en: 'A reason is required.' };
const LATER_REQUIRED = {
  vi: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.',
  en: 'The new appointment must be later than the current one.',
};
const APOLOGY_REQUIRED = {
  vi: 'Cần nội dung thư xin lỗi và lý do gia hạn.',
  en: 'The apology and the reason for the extension are required.',
};
const TOO_LATE_TO_EXTEND = {
  vi: 'Đã quá hạn: thư xin lỗi và hẹn lại phải gửi trước ngày hẹn trả.',
  en: 'Overdue: the apology and new appointment must come before the deadline.',
};
const DRAFT_PENDING = {
  vi: 'Đã có thư xin lỗi chờ lãnh đạo duyệt.',
  en: 'An apology is already waiting for the leader.',
};
const DRAFT_REQUIRED = {
  vi: 'Chưa có dự thảo thư xin lỗi của đơn vị để duyệt.',
  en: 'There is no draft apology from the unit to approve.',
};
const ID_REQUIRED = {
  vi: 'Cần số giấy tờ tùy thân của người nhận (9–12 chữ số).',
  en: "The recipient's ID number (9–12 digits) is required.",
};
const NOT_A_SPECIALIST = {
  vi: 'Người được giao phải là chuyên viên đang làm việc tại phòng.',
  en: 'The assignee must be an active specialist of the unit.',
};
