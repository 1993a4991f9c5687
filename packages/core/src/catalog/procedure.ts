import { z } from 'zod';

/**
 * One version of a procedure's published content (DOMAIN.md §4). Versions are whole documents:
 * an amendment publishes a new complete version, so the version in force at any instant is
 * one row, and a dossier can pin it.
 */

/** National code `d.dddddd` (e.g. 2.000635) or an older provincial code `T-LDG-xxxxxx-TT`. */
export const ProcedureCode = z
  .string()
  .trim()
  .regex(/^(\d\.\d{6}|T-[A-Z]{2,4}-\d{3,6}-TT)$/);

export const PROCEDURE_LEVELS = ['central', 'province', 'commune'] as const;
export const APPLICANT_TYPES = ['citizen', 'organisation', 'enterprise'] as const;
export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;
/** Bản chính / bản sao / bản sao chứng thực / bản chính hoặc bản sao. */
export const DOCUMENT_FORMS = ['original', 'copy', 'certified_copy', 'original_or_copy'] as const;
export const TIME_UNITS = ['working_days', 'calendar_days'] as const;

export const Channels = z.object({
  counter: z.boolean().describe('Received and returned at the one-stop counter'),
  postReceipt: z.boolean().describe('Dossier may be sent by public post (BCCI)'),
  postReturn: z.boolean().describe('Result may be returned by public post'),
  online: z.enum(ONLINE_LEVELS).describe('Online service: none, partly (một phần) or fully (toàn trình)'),
  personalPresence: z.boolean().describe('The applicant must come in person (e.g. to sign or be identified)'),
});
export type Channels = z.infer<typeof Channels>;

export const RequiredDocument = z.object({
  name: z.string().trim().min(1).max(1000),
  form: z.enum(DOCUMENT_FORMS).nullable().describe('Original or copy; null = not stated (a fidelity problem)'),
  copies: z.number().int().min(1).max(20),
  formTemplate: z.string().trim().max(300).nullable().describe('Name of the form template (mẫu đơn, tờ khai)'),
  reusableFromNationalData: z.boolean().describe('May be taken from national databases instead of paper'),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

export const ProcessingTime = z.object({
  unit: z.enum(TIME_UNITS),
  total: z.number().min(0).max(365).describe('0 = resolved on receipt (trong ngày / ngay khi nhận)'),
  steps: z
    .object({
      counter: z.number().min(0),
      unit: z.number().min(0),
      leader: z.number().min(0),
    })
    .nullable()
    .describe('Budget per step, in the same unit; their sum must not exceed the total'),
  note: z.string().trim().max(500).nullable(),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

export const FeeItem = z.object({
  kind: z.enum(['fee', 'charge']).describe('phí (fee) or lệ phí (charge)'),
  name: z.string().trim().min(1).max(300),
  amountVnd: z.number().int().min(0).nullable().describe('null when the amount follows a price list'),
  note: z.string().trim().max(300).nullable(),
});

export const Fees = z.object({
  items: z.array(FeeItem),
  noFee: z.boolean().describe('The law sets no fee or charge (không quy định)'),
  exemptions: z.string().trim().max(1000).nullable().describe('Who is exempt'),
});
export type Fees = z.infer<typeof Fees>;

export const ProcedureContent = z
  .object({
    code: ProcedureCode,
    name: z.string().trim().min(1).max(500),
    field: z.string().trim().min(1).max(200).describe('Lĩnh vực, e.g. Dược phẩm'),
    level: z.enum(PROCEDURE_LEVELS),
    implementingAgency: z.string().trim().min(1).max(300),
    implementingUnitCode: z.string().trim().max(50).nullable().describe('Unit that processes it (routing)'),
    applicantTypes: z.array(z.enum(APPLICANT_TYPES)).min(1),
    channels: Channels,
    documents: z.array(RequiredDocument),
    dossierSets: z.number().int().min(1).max(10).describe('Số lượng hồ sơ (bộ)'),
    processingTime: ProcessingTime.nullable(),
    fees: Fees.nullable(),
    result: z.string().trim().min(1).max(500),
    conditions: z.string().trim().max(5000).nullable(),
    steps: z.array(z.string().trim().min(1).max(2000)),
    legalBasis: z.array(z.string().trim().min(1).max(500)),
    recourse: z.string().trim().max(2000).nullable().describe('Where and how to complain (khiếu nại, phản ánh)'),
  })
  .superRefine((p, ctx) => {
    const t = p.processingTime;
    if (t?.steps && t.steps.counter + t.steps.unit + t.steps.leader > t.total + 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['processingTime', 'steps'],
        message: 'Tổng thời gian các bước vượt thời hạn giải quyết / step budgets exceed the total',
      });
    }
  })
  .meta({ id: 'ProcedureContent' });
export type ProcedureContent = z.infer<typeof ProcedureContent>;
