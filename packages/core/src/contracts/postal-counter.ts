import { z } from 'zod';
import { ProcedureCode } from '../catalog/procedure.js';
import { DISCREPANCY_KINDS, HANDOVER_DIRECTIONS, HANDOVER_STATUSES } from '../postal/handover.js';
import { PAYMENT_KINDS, PICKUP_STATUSES } from '../postal/pickup.js';
import { RECEIVED_FORMS } from './dossier.js';

const Instant = z.iso.datetime({ offset: true });
const Note = z.string().trim().max(1000);
const Phone = z
  .string()
  .trim()
  .regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại không hợp lệ');
const Money = z.number().int().min(0).max(1_000_000_000);

// ——— Hand-over records ———

export const CreateHandoverRequest = z.object({
  direction: z.enum(HANDOVER_DIRECTIONS),
  /** Dossier ids, or pickup ids for post → counter; a result number per dossier for unit → counter. */
  items: z
    .array(z.object({ id: z.uuid(), resultNumber: z.string().trim().min(1).max(100).optional() }))
    .min(1)
    .max(200),
  note: Note.default(''),
});
export type CreateHandoverRequest = z.infer<typeof CreateHandoverRequest>;

export const FlagDiscrepancyRequest = z.object({
  kind: z.enum(DISCREPANCY_KINDS),
  note: z.string().trim().min(1, 'Cần ghi rõ sai lệch').max(1000),
});
export type FlagDiscrepancyRequest = z.infer<typeof FlagDiscrepancyRequest>;

export const ResolveDiscrepancyRequest = z.object({
  note: z.string().trim().min(1, 'Cần ghi rõ cách giải quyết').max(1000),
  /** Take the item off the record (e.g. a dossier that did not travel): it stays where it is. */
  remove: z.boolean().default(false),
  /** Corrected amounts handed over, after a fee mismatch. */
  feeVnd: Money.optional(),
  postalChargeVnd: Money.optional(),
});
export type ResolveDiscrepancyRequest = z.infer<typeof ResolveDiscrepancyRequest>;

export const HandoverDocument = z.object({ name: z.string(), form: z.string().nullable(), copies: z.number().int() });

export const HandoverItemView = z.object({
  ord: z.number().int(),
  dossierId: z.uuid().nullable(),
  dossierCode: z.string().nullable(),
  pickupId: z.uuid().nullable(),
  pickupNumber: z.string().nullable(),
  procedureName: z.string(),
  applicantName: z.string(),
  sealNumber: z.string().nullable(),
  documents: z.array(HandoverDocument),
  feeVnd: z.number().int(),
  postalChargeVnd: z.number().int(),
  resultNumber: z.string().nullable(),
  removed: z.boolean(),
  discrepancy: z
    .object({ kind: z.enum(DISCREPANCY_KINDS), note: z.string(), at: Instant, byName: z.string().nullable() })
    .nullable(),
  resolution: z.object({ note: z.string(), at: Instant, byName: z.string().nullable() }).nullable(),
});
export type HandoverItemView = z.infer<typeof HandoverItemView>;

export const HandoverSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  direction: z.enum(HANDOVER_DIRECTIONS),
  status: z.enum(HANDOVER_STATUSES),
  unitName: z.string().nullable(),
  senderName: z.string().nullable(),
  receiverName: z.string().nullable(),
  createdAt: Instant,
  confirmedAt: Instant.nullable(),
  itemCount: z.number().int(),
  openDiscrepancies: z.number().int(),
});
export type HandoverSummary = z.infer<typeof HandoverSummary>;

export const HandoverView = HandoverSummary.extend({
  note: z.string(),
  items: z.array(HandoverItemView),
  totals: z.object({ feeVnd: z.number().int(), postalChargeVnd: z.number().int() }),
  /** What the caller may do on it now. */
  can: z.object({ confirm: z.boolean(), flag: z.boolean(), resolve: z.boolean() }),
});
export type HandoverView = z.infer<typeof HandoverView>;

export const HandoverList = z.object({ items: z.array(HandoverSummary), total: z.number().int() });

export const HandoverCandidate = z.object({
  id: z.uuid(),
  label: z.string().describe('Dossier code or pickup number'),
  procedureName: z.string(),
  applicantName: z.string(),
  unitName: z.string().nullable(),
});
export type HandoverCandidate = z.infer<typeof HandoverCandidate>;

// ——— Pickup orders ———

const PickupRequestFields = {
  procedureCode: ProcedureCode,
  applicantName: z.string().trim().min(2).max(200),
  phone: Phone,
  address: z.string().trim().min(5).max(500),
  preferredTime: z.string().trim().min(1).max(200),
  note: Note.default(''),
};
/** The citizen's request on the public page. */
export const PublicPickupRequest = z.object(PickupRequestFields);
export type PublicPickupRequest = z.infer<typeof PublicPickupRequest>;
/** The counter's order, taken on the phone. */
export const CreatePickupRequest = z.object(PickupRequestFields);
export type CreatePickupRequest = z.infer<typeof CreatePickupRequest>;

export const AssignPickupRequest = z.object({ courierId: z.uuid() });

export const PickupDocumentCheck = z.object({
  ord: z.number().int().min(0),
  received: z.boolean(),
  form: z.enum(RECEIVED_FORMS).nullable(),
  copies: z.number().int().min(0).max(50),
});
export const PickupPayment = z.object({
  kind: z.enum(PAYMENT_KINDS),
  amountVnd: Money,
  receiptNumber: z.string().trim().min(1).max(50),
});
export type PickupPayment = z.infer<typeof PickupPayment>;

export const CollectPickupRequest = z.object({
  documents: z.array(PickupDocumentCheck).min(1),
  sealNumber: z.string().trim().min(3).max(50),
  payments: z.array(PickupPayment).max(4),
  note: Note.default(''),
});
export type CollectPickupRequest = z.infer<typeof CollectPickupRequest>;

export const CancelPickupRequest = z.object({ reason: z.string().trim().min(1).max(500) });

export const PickupView = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(PICKUP_STATUSES),
  source: z.enum(['public', 'counter']),
  procedureCode: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  phone: z.string(),
  address: z.string(),
  preferredTime: z.string(),
  note: z.string(),
  courierId: z.uuid().nullable(),
  courierName: z.string().nullable(),
  counterName: z.string().nullable(),
  createdAt: Instant,
  assignedAt: Instant.nullable(),
  collectedAt: Instant.nullable(),
  handedOverAt: Instant.nullable(),
  receivedAt: Instant.nullable(),
  sealNumber: z.string().nullable(),
  /** The procedure's document list, with what the courier found at pickup. */
  documents: z.array(
    PickupDocumentCheck.extend({
      name: z.string(),
      requiredForm: z.string().nullable(),
      requiredCopies: z.number().int(),
    }),
  ),
  payments: z.array(PickupPayment),
  dossierId: z.uuid().nullable(),
  dossierCode: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type PickupView = z.infer<typeof PickupView>;

export const PickupList = z.object({ items: z.array(PickupView), total: z.number().int() });

export const Courier = z.object({ id: z.uuid(), fullName: z.string(), username: z.string() });

// ——— Remittance ———

const Amounts = z.object({
  collectedVnd: z.number().int(),
  handedOverVnd: z.number().int(),
  outstandingVnd: z.number().int(),
});
export const RemittanceReport = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  rows: z.array(
    z.object({
      counterId: z.uuid(),
      counterName: z.string(),
      pickups: z.number().int(),
      fee: Amounts,
      postalCharge: Amounts,
      total: Amounts,
    }),
  ),
  total: z.object({ pickups: z.number().int(), fee: Amounts, postalCharge: Amounts, total: Amounts }),
});
export type RemittanceReport = z.infer<typeof RemittanceReport>;
