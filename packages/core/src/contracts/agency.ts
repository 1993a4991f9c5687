import { z } from 'zod';

export const UNIT_KINDS = ['office', 'professional', 'inspection', 'finance', 'counter'] as const;

export const Unit = z.object({
  id: z.uuid(),
  code: z.string().describe('National agency code (QCVN 102:2016) of the unit, e.g. 000.00.31.H36.01'),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
});

export const Counter = z.object({
  id: z.uuid(),
  code: z.string().describe('Receiving-unit identifier used in dossier codes'),
  name: z.string(),
  location: z.string(),
});

export const Agency = z
  .object({
    id: z.uuid(),
    code: z.string().describe('National agency identifier (QCVN 102:2016), e.g. 000.00.31.H36'),
    name: z.string(),
    validFrom: z.iso.date(),
    validTo: z.iso.date().nullable(),
    successor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    timezone: z.string(),
    units: z.array(Unit),
    counters: z.array(Counter),
  })
  .meta({ id: 'Agency' });
export type Agency = z.infer<typeof Agency>;
