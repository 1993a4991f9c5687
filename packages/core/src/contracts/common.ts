import { z } from 'zod';

export const ErrorDetail = z.object({
  field: z.string().describe('Path of the offending field, e.g. "body.username"'),
  message: z.string(),
  reason: z
    .string()
    .optional()
    .describe('A machine-readable reason where the rule has one, e.g. "procedure_abolished" (REFUSAL_REASONS)'),
});
export type ErrorDetail = z.infer<typeof ErrorDetail>;

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(ErrorDetail).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Uuid = z.uuid();

export const Page = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
