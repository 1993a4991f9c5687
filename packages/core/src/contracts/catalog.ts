import { z } from 'zod';
import { ProcedureCode, ProcedureContent } from '../catalog/procedure.js';

export const CHANGE_KINDS = ['new', 'amend', 'replace', 'abolish'] as const;
export const DECISION_STATUSES = ['draft', 'published'] as const;

const DecisionNumber = z.string().trim().min(1).max(100).describe('e.g. 1234/QĐ-UBND');

export const DecisionInput = z.object({
  number: DecisionNumber,
  title: z.string().trim().min(1).max(500),
  signedOn: z.iso.date(),
  signer: z.string().trim().min(1).max(200),
  effectiveFrom: z.iso.date(),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export const FieldChange = z.object({
  path: z.string(),
  before: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  after: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
});

export const DecisionChange = z
  .object({
    id: z.uuid(),
    kind: z.enum(CHANGE_KINDS),
    procedureCode: z.string(),
    replacementCode: z.string().nullable(),
    name: z.string().describe('Name of the procedure after the change (or the abolished one)'),
    diff: z.array(FieldChange).describe('Field-level before/after against the version in force'),
  })
  .meta({ id: 'DecisionChange' });
export type DecisionChange = z.infer<typeof DecisionChange>;

export const Decision = z
  .object({
    id: z.uuid(),
    number: z.string(),
    title: z.string(),
    signedOn: z.iso.date(),
    signer: z.string(),
    effectiveFrom: z.iso.date(),
    status: z.enum(DECISION_STATUSES),
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
    changeCount: z.number().int(),
  })
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof Decision>;

export const DecisionDetail = Decision.extend({ changes: z.array(DecisionChange) }).meta({ id: 'DecisionDetail' });
export type DecisionDetail = z.infer<typeof DecisionDetail>;

/** A change added to a draft. new/amend carry the complete new content; replace also names the old code. */
export const ChangeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), content: ProcedureContent }),
  z.object({ kind: z.literal('amend'), content: ProcedureContent }),
  z.object({ kind: z.literal('replace'), procedureCode: ProcedureCode, content: ProcedureContent }),
  z.object({ kind: z.literal('abolish'), procedureCode: ProcedureCode }),
]);
export type ChangeInput = z.infer<typeof ChangeInput>;

export const VersionSummary = z.object({
  versionNo: z.number().int(),
  changeKind: z.enum(CHANGE_KINDS),
  effectiveFrom: z.iso.datetime({ offset: true }),
  effectiveTo: z.iso.datetime({ offset: true }).nullable(),
  isAbolished: z.boolean(),
  decision: z.object({ id: z.uuid(), number: z.string(), signedOn: z.iso.date(), title: z.string() }),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const ProcedureSummary = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: z.string(),
  channels: ProcedureContent.shape.channels,
  processingTime: ProcedureContent.shape.processingTime,
  isAbolished: z.boolean(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcedureList = z.object({ items: z.array(ProcedureSummary), total: z.number().int() });

export const PROCEDURE_STATUSES = ['in_force', 'abolished', 'not_yet_in_force'] as const;

export const ProcedureDetail = z
  .object({
    code: z.string(),
    status: z.enum(PROCEDURE_STATUSES),
    versionNo: z.number().int().describe('The version shown: the one in force, else the latest'),
    content: ProcedureContent,
    versions: z.array(VersionSummary),
  })
  .meta({ id: 'ProcedureDetail' });
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

export const FidelityReport = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      problems: z.array(z.object({ problem: z.string(), path: z.string(), message: z.string() })),
    }),
  ),
  checked: z.number().int(),
});
