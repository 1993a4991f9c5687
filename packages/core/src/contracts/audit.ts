import { z } from 'zod';

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    occurredAt: z.iso.datetime({ offset: true }),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    requestId: z.string().nullable(),
    clientIp: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ items: z.array(AuditEntry), total: z.number().int() });
