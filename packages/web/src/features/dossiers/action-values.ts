import type { ActionRequest, DossierAction } from '@motcua/core';
import type { DossierDetail } from './dossier-api.js';
import type { RefusalReason } from './reception-slip-form.js';
import { includedItems, type SupplementRow } from './supplement-items-editor.js';

/** The inputs an action's form can show. */
export type ActionField =
  | 'note'
  | 'noteRequired'
  | 'apology'
  | 'specialist'
  | 'items'
  | 'amount'
  | 'reason'
  | 'resultNumber'
  | 'return'
  | 'newDueAt'
  /** The leader's approval: the unit's proposed date, which the leader may correct. */
  | 'approvedDueAt'
  | 'agency';

/** What each action carries (the server's action rules): a reason is required to undo or end. */
export const ACTION_FIELDS: Record<DossierAction, readonly ActionField[]> = {
  accept_online: ['note'],
  refuse_online: ['reason', 'noteRequired'],
  transfer_to_unit: ['note'],
  assign: ['specialist', 'note'],
  request_supplement: ['items', 'note'],
  record_supplement: ['note'],
  request_payment: ['amount', 'note'],
  confirm_payment: ['note'],
  propose_result: ['note'],
  propose_refusal: ['reason', 'noteRequired'],
  check: ['note'],
  send_back: ['noteRequired'],
  approve: ['note'],
  return_to_unit: ['noteRequired'],
  issue: ['resultNumber', 'note'],
  return_result: ['return'],
  withdraw: ['noteRequired'],
  stop: ['noteRequired'],
  draft_apology: ['newDueAt', 'apology'],
  extend_deadline: ['approvedDueAt', 'note'],
  reject_apology: ['noteRequired'],
  send_to_agency: ['agency', 'note'],
  receive_from_agency: ['note'],
};

/** Steps that cannot be taken back: a result issued or handed over, a dossier closed or refused. */
export const IRREVERSIBLE_ACTIONS: ReadonlySet<DossierAction> = new Set([
  'issue',
  'return_result',
  'withdraw',
  'stop',
  'refuse_online',
]);

export type ReturnChannel = 'in_person' | 'electronic' | 'post';

export interface ActionValues {
  note: string;
  specialistId: string;
  rows: SupplementRow[];
  amount: string;
  reason: RefusalReason;
  resultNumber: string;
  returnChannel: ReturnChannel;
  recipientName: string;
  recipientIdNumber: string;
  /** A datetime-local value, Vietnam time: 2027-03-30T17:00. */
  newDueAt: string;
  agencyName: string;
  agencyCode: string;
  budgetDays: string;
}

const RETURN_CHANNEL_OF: Record<DossierDetail['returnMethod'], ReturnChannel> = {
  counter: 'in_person',
  post: 'post',
  electronic: 'electronic',
};

/** A form's starting values: the checklist to pick supplement items from, the applicant as recipient. */
export function initialValues(dossier: DossierDetail): ActionValues {
  const a = dossier.applicant;
  return {
    note: '',
    specialistId: dossier.assigneeId ?? '',
    rows: dossier.documents.map((doc) => ({
      ord: doc.ord,
      name: doc.name,
      reason: doc.received ? 'incorrect_content' : 'missing',
      note: '',
      isIncluded: false,
    })),
    amount: '',
    reason: 'not_eligible',
    resultNumber: '',
    returnChannel: RETURN_CHANNEL_OF[dossier.returnMethod],
    recipientName: a.kind === 'person' ? a.name : a.representative,
    recipientIdNumber: '',
    newDueAt: dossier.pendingApology ? toLocalInput(dossier.pendingApology.newDueAt) : '',
    agencyName: '',
    agencyCode: '',
    budgetDays: '',
  };
}

/** An instant as a datetime-local value in Việt Nam time (UTC+7 all year). */
function toLocalInput(iso: string): string {
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

/** The request body: the action, the version the user saw, and only the fields the action takes. */
export function toActionRequest(action: DossierAction, values: ActionValues, version: number): ActionRequest {
  const fields = ACTION_FIELDS[action];
  const request: ActionRequest = { action, expectedVersion: version };
  const note = values.note.trim();
  if (note) request.note = note;
  if (fields.includes('specialist') && values.specialistId) request.specialistId = values.specialistId;
  if (fields.includes('items')) request.items = includedItems(values.rows);
  if (fields.includes('amount') && values.amount.trim()) request.amountVnd = Math.trunc(Number(values.amount));
  if (fields.includes('reason')) request.reason = values.reason;
  if (fields.includes('resultNumber') && values.resultNumber.trim()) request.resultNumber = values.resultNumber.trim();
  if (fields.includes('return')) {
    request.returnChannel = values.returnChannel;
    if (values.recipientName.trim()) request.recipientName = values.recipientName.trim();
    if (values.recipientIdNumber.trim()) request.recipientIdNumber = values.recipientIdNumber.trim();
  }
  // Việt Nam keeps UTC+7 all year, so a local date-time gets a fixed offset.
  if ((fields.includes('newDueAt') || fields.includes('approvedDueAt')) && values.newDueAt)
    request.newDueAt = `${values.newDueAt}:00+07:00`;
  if (fields.includes('agency')) {
    request.agencyName = values.agencyName.trim();
    if (values.agencyCode.trim()) request.agencyCode = values.agencyCode.trim();
    if (values.budgetDays.trim()) request.budgetDays = Number(values.budgetDays);
  }
  return request;
}
