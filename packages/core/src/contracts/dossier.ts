import { z } from 'zod';
import { ProcedureCode } from '../catalog/procedure.js';
import { DOSSIER_ACTIONS, DOSSIER_STATES } from '../dossier/workflow.js';

/** Căn cước (citizen identity) number: 12 digits; the first three are the province of birth. */
export const CitizenId = z
  .string()
  .trim()
  .regex(/^0\d{11}$/, 'Số căn cước gồm 12 chữ số, bắt đầu bằng 0');
/** Mã số thuế: 10 digits, or 10 + "-" + 3 for a branch. */
export const TaxCode = z
  .string()
  .trim()
  .regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (hoặc 10-3)');
const Phone = z
  .string()
  .trim()
  .regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại không hợp lệ');

export const PersonApplicant = z.object({
  kind: z.literal('person'),
  name: z.string().trim().min(2).max(200),
  citizenId: CitizenId,
  dateOfBirth: z.iso.date(),
  phone: Phone,
  email: z.email().nullable().default(null),
  address: z.string().trim().min(5).max(500),
});
export const OrganisationApplicant = z.object({
  kind: z.literal('organisation'),
  name: z.string().trim().min(2).max(300),
  taxCode: TaxCode,
  representative: z.string().trim().min(2).max(200),
  phone: Phone,
  email: z.email().nullable().default(null),
  address: z.string().trim().min(5).max(500),
});
export const Applicant = z.discriminatedUnion('kind', [PersonApplicant, OrganisationApplicant]);
export type Applicant = z.infer<typeof Applicant>;

export const RECEIVED_FORMS = ['original', 'copy', 'certified_copy'] as const;
export const RETURN_METHODS = ['counter', 'post', 'electronic'] as const;

export const DocumentCheck = z.object({
  ord: z.number().int().min(0),
  received: z.boolean(),
  form: z.enum(RECEIVED_FORMS).nullable(),
  copies: z.number().int().min(0).max(50),
});

export const ReceiveDossierRequest = z
  .object({
    procedureCode: ProcedureCode,
    channel: z.enum(['counter', 'post', 'online']),
    counterId: z.uuid().nullable().default(null),
    applicant: Applicant,
    documents: z.array(DocumentCheck),
    returnMethod: z.enum(RETURN_METHODS),
    returnAddress: z.string().trim().min(5).max(500).nullable().default(null),
    /** A dossier collected by the post (pickup order): reception links them (modules/postal). */
    pickupId: z.uuid().nullable().default(null),
  })
  .refine((r) => r.returnMethod !== 'post' || r.returnAddress !== null, {
    path: ['returnAddress'],
    message: 'Cần địa chỉ nhận kết quả qua bưu chính',
  });
export type ReceiveDossierRequest = z.infer<typeof ReceiveDossierRequest>;

export const SUPPLEMENT_REASONS = [
  'missing',
  'wrong_form',
  'expired',
  'illegible',
  'not_certified',
  'incorrect_content',
  'other',
] as const;
export const REFUSAL_REASONS = [
  'wrong_agency',
  'procedure_abolished',
  'not_eligible',
  'outside_scope',
  'other',
] as const;

export const SupplementItem = z.object({
  ord: z.number().int().min(0).nullable(),
  name: z.string().trim().min(1).max(500),
  reason: z.enum(SUPPLEMENT_REASONS),
  note: z.string().trim().max(1000).default(''),
});

export const ReceptionSlipRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('supplement'),
    procedureCode: ProcedureCode,
    applicant: Applicant,
    items: z.array(SupplementItem).min(1),
  }),
  z.object({
    kind: z.literal('refusal'),
    procedureCode: z.string().trim().min(1).max(50),
    applicant: Applicant,
    reason: z.enum(REFUSAL_REASONS),
    note: z.string().trim().min(1).max(1000),
  }),
]);
export type ReceptionSlipRequest = z.infer<typeof ReceptionSlipRequest>;

/** The data each action needs; actions not listed need none. */
export const ActionRequest = z.object({
  action: z.enum(DOSSIER_ACTIONS),
  expectedVersion: z.number().int().min(1),
  specialistId: z.uuid().optional(),
  items: z.array(SupplementItem).optional(),
  amountVnd: z.number().int().min(0).optional(),
  reason: z.string().trim().max(100).optional(),
  note: z.string().trim().max(2000).optional(),
  resultNumber: z.string().trim().max(100).optional(),
  recipientName: z.string().trim().max(200).optional(),
  recipientIdNumber: z.string().trim().max(20).optional(),
  returnChannel: z.enum(['in_person', 'electronic', 'post']).optional(),
  newDueAt: z.iso.datetime({ offset: true }).optional(),
  agencyName: z.string().trim().min(1).max(300).optional().describe('send_to_agency: the other agency (liên thông)'),
  agencyCode: z.string().trim().max(50).optional(),
  budgetDays: z.number().min(0.5).max(365).optional().describe("send_to_agency: that agency's time budget"),
});
export type ActionRequest = z.infer<typeof ActionRequest>;

export const DossierSummary = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  channel: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  state: z.enum(DOSSIER_STATES),
  nationalStatus: z.number().int(),
  version: z.number().int(),
  receivedAt: z.iso.datetime({ offset: true }).nullable(),
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  isPaused: z.boolean(),
  timing: z.enum(['early', 'on_time', 'late', 'within_time', 'overdue', 'due_soon']).nullable(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DossierList = z.object({ items: z.array(DossierSummary), total: z.number().int() });
