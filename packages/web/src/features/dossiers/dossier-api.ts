import type {
  ActionRequest,
  Applicant,
  DossierAction,
  DossierSummary,
  ReceiveDossierRequest,
  ReceptionSlipRequest,
  RECEIVED_FORMS,
  RETURN_METHODS,
  SUPPLEMENT_REASONS,
} from '@motcua/core';
import { postBytes, postJson } from '../../api/client.js';
import type { PublicParcelView } from '../postal/postal-api.js';

/** How a dossier stands against its appointment (DOMAIN.md §7), as the server works it out. */
export type Timing = NonNullable<DossierSummary['timing']>;
export type ReceivedForm = (typeof RECEIVED_FORMS)[number];
export type ReturnMethod = (typeof RETURN_METHODS)[number];
export type SupplementReason = (typeof SUPPLEMENT_REASONS)[number];
export type SupplementItem = { ord: number | null; name: string; reason: SupplementReason; note: string };
export type Digitisation = 'not_digitised' | 'digitised' | 'reused_dossier' | 'reused_result';

/** The work queues of `GET /api/dossiers?queue=` (the server's list-dossiers QUEUES). */
export const QUEUE_NAMES = [
  'online',
  'to_transfer',
  'waiting_supplement',
  'to_return',
  'to_assign',
  'to_check',
  'mine',
  'due_soon',
  'overdue',
  'to_approve',
  'to_issue',
  'all',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export function isQueueName(value: string): value is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(value);
}

/** A reception answer: the new dossier, and the applicant's other open dossiers of the procedure. */
export interface ReceivedDossier extends DossierSummary {
  duplicates: { id: string; code: string | null; state: string }[];
}

export interface DossierFile {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  pages: number | null;
}

export interface DossierDocument {
  ord: number;
  name: string;
  requiredForm: string | null;
  requiredCopies: number;
  received: boolean;
  form: ReceivedForm | null;
  copies: number;
  digitisation: Digitisation;
  files: DossierFile[];
}

/** One row of the log: the process control slip is made of these. */
export interface DossierEventView {
  seq: number;
  action: string;
  at: string;
  actorName: string | null;
  actorRole: string;
  /** Whom the event names (the specialist assigned), by name. */
  subjectName?: string | null;
  data: Record<string, unknown>;
}

export type StepName = 'counter' | 'unit' | 'leader' | 'other_agency';

/** One budgeted step of processing and how it stands against its budget. */
export interface StepVerdictView {
  step: StepName;
  agencyName: string | null;
  startedAt: string;
  finishedAt: string | null;
  budgetDays: number | null;
  usedMs: number;
  dueAt: string | null;
  verdict: Timing | null;
}

export interface DossierDetail extends DossierSummary {
  applicant: Applicant;
  returnMethod: ReturnMethod;
  returnAddress: string | null;
  unitId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  submittedAt: string;
  finishedAt: string | null;
  /** Exactly what the workflow table lets the caller's role do now: the only buttons shown. */
  allowedActions: DossierAction[];
  /** What the table allows too but, the dossier having paper, a confirmed hand-over record does. */
  handoverActions: DossierAction[];
  /** An apology drafted by the unit, waiting for the leader's approval. */
  pendingApology: { newDueAt: string; note: string; draftedAt: string; draftedByName: string | null } | null;
  /** While the dossier is with another agency (liên thông). */
  otherAgency: { agencyName: string; agencyCode: string | null; budgetDays: number; sentAt: string } | null;
  steps: StepVerdictView[];
  /** Messages to the applicant (the approved apology), from the outbox. */
  notifications: {
    kind: string;
    channel: 'email';
    recipient: string;
    status: 'pending' | 'sent' | 'failed';
    createdAt: string;
    sentAt: string | null;
  }[];
  documents: DossierDocument[];
  events: DossierEventView[];
}

export interface ReceptionSlip {
  id: string;
  kind: 'supplement' | 'refusal';
  createdAt: string;
  items: unknown[];
}

export interface PublicDossier {
  code: string;
  procedure: { code: string; name: string };
  applicantName: string;
  nationalStatus: number;
  state: string;
  statusText: string;
  receivedAt: string | null;
  dueAt: string | null;
  isPaused: boolean;
  finishedAt: string | null;
  timeline: { at: string; step: string; note?: string | null; newDueAt?: string }[];
  /** The result sent by post, if it is. */
  parcel?: PublicParcelView | null;
}

export interface TrackingBookRow {
  no: number;
  id: string;
  code: string | null;
  procedureName: string;
  sets: number;
  applicantName: string;
  addressAndPhone: string;
  competentUnit: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  transferredAt: string | null;
  resultAt: string | null;
  returnedAt: string | null;
  state: string;
}

export const dossierPath = (id: string) => `/api/dossiers/${encodeURIComponent(id)}`;
export const fileHref = (dossierId: string, fileId: string) =>
  `${dossierPath(dossierId)}/files/${encodeURIComponent(fileId)}`;

/** The key makes a retried submission (a double click, a lost answer) receive the dossier once. */
export function receiveDossier(input: ReceiveDossierRequest, idempotencyKey: string): Promise<ReceivedDossier> {
  return postJson<ReceivedDossier>('/api/dossiers', input, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function issueReceptionSlip(input: ReceptionSlipRequest): Promise<ReceptionSlip> {
  return postJson<ReceptionSlip>('/api/reception-slips', input);
}

export function uploadDossierFile(dossierId: string, ord: number, file: File): Promise<DossierFile> {
  const query = new URLSearchParams({ filename: file.name || 'tai-lieu' });
  return postBytes<DossierFile & { ord: number }>(`${dossierPath(dossierId)}/documents/${ord}/files?${query}`, file);
}

export function takeAction(dossierId: string, input: ActionRequest): Promise<DossierDetail> {
  return postJson<DossierDetail>(`${dossierPath(dossierId)}/actions`, input);
}
