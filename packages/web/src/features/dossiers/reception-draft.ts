import type { Applicant, ProcedureContent, ReceiveDossierRequest, RequiredDocument } from '@motcua/core';
import type { Messages } from '../../i18n/vi.js';
import type { ReceivedForm, ReturnMethod, SupplementItem } from './dossier-api.js';

/** What the clerk has typed so far: strings as the inputs hold them, turned into a request on submit. */
export interface ApplicantDraft {
  kind: 'person' | 'organisation';
  name: string;
  citizenId: string;
  dateOfBirth: string;
  taxCode: string;
  representative: string;
  phone: string;
  email: string;
  address: string;
}

export interface DocumentDraft {
  received: boolean;
  form: ReceivedForm | '';
  copies: string;
}

export interface ReceptionDraft {
  channel: 'counter' | 'post';
  applicant: ApplicantDraft;
  documents: DocumentDraft[];
  returnMethod: ReturnMethod;
  returnAddress: string;
  /** Received from a pickup package (features/postal): the reception links the two. */
  pickupId?: string | null;
}

/** The form a clerk most likely receives: the one required ("original or copy" is usually a copy). */
function expectedForm(required: RequiredDocument['form']): ReceivedForm | '' {
  if (required === 'original_or_copy') return 'copy';
  return required ?? '';
}

export function emptyDraft(content: ProcedureContent): ReceptionDraft {
  return {
    channel: 'counter',
    applicant: {
      kind: content.applicantTypes.includes('citizen') ? 'person' : 'organisation',
      name: '',
      citizenId: '',
      dateOfBirth: '',
      taxCode: '',
      representative: '',
      phone: '',
      email: '',
      address: '',
    },
    documents: content.documents.map((doc) => ({
      received: false,
      form: expectedForm(doc.form),
      copies: String(doc.copies),
    })),
    returnMethod: 'counter',
    returnAddress: '',
  };
}

export function toApplicant(a: ApplicantDraft): Applicant {
  const email = a.email.trim() || null;
  if (a.kind === 'person') {
    const { name, citizenId, dateOfBirth, phone, address } = a;
    return { kind: 'person', name, citizenId, dateOfBirth, phone, email, address };
  }
  const { name, taxCode, representative, phone, address } = a;
  return { kind: 'organisation', name, taxCode, representative, phone, email, address };
}

export function toRequest(procedureCode: string, draft: ReceptionDraft): ReceiveDossierRequest {
  return {
    procedureCode,
    channel: draft.channel,
    counterId: null,
    applicant: toApplicant(draft.applicant),
    documents: draft.documents.map((doc, ord) => ({
      ord,
      received: doc.received,
      form: doc.received && doc.form ? doc.form : null,
      copies: doc.received ? Math.max(0, Math.trunc(Number(doc.copies) || 0)) : 0,
    })),
    returnMethod: draft.returnMethod,
    returnAddress: draft.returnMethod === 'post' ? draft.returnAddress.trim() || null : null,
    pickupId: draft.pickupId ?? null,
  };
}

/**
 * The supplement slip's items for the gaps the server found (one per checklist item it named),
 * with the reason read from what the clerk ticked: not received, too few copies, wrong form.
 */
export function supplementItemsFor(
  content: ProcedureContent,
  draft: ReceptionDraft,
  gapOrds: readonly number[],
  messages: Messages,
): SupplementItem[] {
  const t = messages.dossiers;
  return gapOrds.flatMap((ord): SupplementItem[] => {
    const required = content.documents[ord];
    const got = draft.documents[ord];
    if (!required || !got) return [];
    const item = { ord, name: required.name };
    if (!got.received) return [{ ...item, reason: 'missing', note: '' }];
    const copies = Number(got.copies) || 0;
    if (copies < required.copies) {
      return [{ ...item, reason: 'missing', note: t.slip.copiesNote(copies, required.copies) }];
    }
    const form = required.form ? messages.catalog.procedure.documentForms[required.form] : '';
    const reason = required.form === 'certified_copy' ? 'not_certified' : 'wrong_form';
    return [{ ...item, reason, note: form ? t.slip.formNote(form) : '' }];
  });
}

/** The checklist items a 422 INCOMPLETE_DOSSIER names ("body.documents.3" → 3). */
export function gapOrdsOf(details: readonly { field: string }[]): number[] {
  return details.flatMap((d) => {
    const match = /^body\.documents\.(\d+)$/.exec(d.field);
    return match ? [Number(match[1])] : [];
  });
}
