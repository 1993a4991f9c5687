import { z } from 'zod';
import {
  ESCALATION_CATEGORIES,
  ESCALATION_MAX_FILES,
  ESCALATION_STATUSES,
  ESCALATION_SUBJECTS,
} from '../escalation/escalation.js';

/** A file sent with a message: its name and its bytes in base64 (PDF, JPEG or PNG, sniffed). */
export const EscalationAttachmentUpload = z.object({
  filename: z.string().trim().min(1).max(200),
  contentBase64: z.base64().min(4),
});

const Body = z.string().trim().min(1).max(10_000);
const Attachments = z.array(EscalationAttachmentUpload).max(ESCALATION_MAX_FILES).default([]);

export const OpenEscalationRequest = z
  .object({
    subject: z.enum(ESCALATION_SUBJECTS),
    dossierCode: z.string().trim().min(1).max(60).nullable().default(null),
    procedureCode: z.string().trim().min(1).max(60).nullable().default(null),
    category: z.enum(ESCALATION_CATEGORIES),
    title: z.string().trim().min(3).max(300),
    body: Body,
    attachments: Attachments,
  })
  .superRefine((v, ctx) => {
    if (v.subject === 'dossier' && !v.dossierCode)
      ctx.addIssue({ code: 'custom', path: ['dossierCode'], message: 'Nhập mã hồ sơ' });
    if (v.subject === 'procedure' && !v.procedureCode)
      ctx.addIssue({ code: 'custom', path: ['procedureCode'], message: 'Chọn thủ tục' });
  });
export type OpenEscalationRequest = z.infer<typeof OpenEscalationRequest>;

export const PostEscalationMessageRequest = z.object({ body: Body, attachments: Attachments });
export type PostEscalationMessageRequest = z.infer<typeof PostEscalationMessageRequest>;

export const EscalationSummary = z.object({
  id: z.uuid(),
  reference: z.string().describe('Human reference, VM-{yyyy}-{NNNN}'),
  subject: z.enum(ESCALATION_SUBJECTS),
  dossierId: z.uuid().nullable(),
  dossierCode: z.string().nullable(),
  procedureCode: z.string().nullable(),
  procedureName: z.string().nullable(),
  category: z.enum(ESCALATION_CATEGORIES),
  title: z.string(),
  status: z.enum(ESCALATION_STATUSES),
  openedBy: z.string(),
  openedAt: z.string(),
  dueAt: z.string(),
  slaHours: z.number(),
  answeredAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  isOverdue: z.boolean(),
});
export type EscalationSummary = z.infer<typeof EscalationSummary>;

export const EscalationList = z.object({
  items: z.array(EscalationSummary),
  total: z.number().int(),
  overdue: z.number().int().describe('Open escalations past their due time (whatever the filters)'),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const EscalationAttachment = z.object({
  id: z.uuid(),
  messageSeq: z.number().int(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});

export const EscalationMessage = z.object({
  seq: z.number().int(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
  postedAt: z.string(),
  kind: z.enum(['question', 'answer', 'follow_up', 'resolve', 'reopen']),
});

export const EscalationDetail = EscalationSummary.extend({
  messages: z.array(EscalationMessage),
  attachments: z.array(EscalationAttachment),
  allowedMoves: z.array(z.enum(['answer', 'follow_up', 'resolve', 'reopen'])),
});
export type EscalationDetail = z.infer<typeof EscalationDetail>;

export const EscalationAnswer = z.object({
  id: z.uuid(),
  reference: z.string(),
  category: z.enum(ESCALATION_CATEGORIES),
  procedureCode: z.string().nullable(),
  procedureName: z.string().nullable(),
  title: z.string(),
  question: z.string(),
  answer: z.string(),
  resolvedAt: z.string(),
});
export const EscalationAnswerList = z.object({ items: z.array(EscalationAnswer), total: z.number().int() });

const ByChannel = z.object({
  counter: z.number().int(),
  post: z.number().int(),
  online: z.number().int(),
  total: z.number().int(),
});
const ByMethod = z.object({
  counter: z.number().int(),
  post: z.number().int(),
  electronic: z.number().int(),
  total: z.number().int(),
});
export const ChannelFiguresReport = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  received: ByChannel,
  returned: ByMethod,
  postalStaff: z.object({ received: z.number().int(), returned: z.number().int(), handled: z.number().int() }),
});
export type ChannelFiguresReport = z.infer<typeof ChannelFiguresReport>;

/** The counter dashboard: named counts, each shown as a card linking to its queue. */
export const CounterDashboard = z.object({
  counts: z.record(z.string(), z.number().int()),
});
export type CounterDashboard = z.infer<typeof CounterDashboard>;

/** The agency's answer time for escalations, in working hours. */
export const EscalationSettings = z.object({
  slaHours: z.number().positive().max(400).multipleOf(0.25),
  source: z.enum(['agency', 'default']).describe('agency: set by the administrator; default: ESCALATION_SLA_HOURS'),
});
export type EscalationSettings = z.infer<typeof EscalationSettings>;
export const SetEscalationSettingsRequest = EscalationSettings.pick({ slaHours: true });
