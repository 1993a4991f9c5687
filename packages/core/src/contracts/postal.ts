import { z } from 'zod';
import { CARRIER_STATUSES, SHIPMENT_STATUSES } from '../postal/shipment-status.js';

const Phone = z
  .string()
  .trim()
  .regex(/^(\+84|0)\d{9,10}$/, 'Số điện thoại không hợp lệ');

/** Dispatch of a result by post. The tracking number is S10-checked by the use case (400 naming it). */
export const DispatchShipmentRequest = z.object({
  trackingNumber: z
    .string()
    .max(40)
    .nullable()
    .default(null)
    .describe('The S10 number on the label (e.g. EL123456785VN); null: the carrier gives one'),
  recipientName: z.string().trim().min(2).max(200),
  recipientAddress: z.string().trim().min(5).max(500),
  recipientPhone: Phone,
  simulation: z
    .enum(['deliver', 'fail', 'duplicate', 'out_of_order'])
    .optional()
    .describe('Carrier simulator only (CARRIER_SIMULATOR=true): what the simulated carrier does'),
});
export type DispatchShipmentRequest = z.infer<typeof DispatchShipmentRequest>;

export const ShipmentEventView = z.object({
  eventId: z.string(),
  status: z.enum(CARRIER_STATUSES),
  occurredAt: z.string(),
  receivedAt: z.string(),
  applied: z.boolean().describe('false: a late or repeated report kept for the record, which changed nothing'),
  recipientName: z.string().nullable(),
  reason: z.string().nullable(),
  location: z.string().nullable(),
});

export const ShipmentView = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  carrierId: z.string(),
  trackingNumber: z.string(),
  status: z.enum(SHIPMENT_STATUSES),
  statusAt: z.string(),
  recipientName: z.string(),
  recipientAddress: z.string(),
  recipientPhone: z.string(),
  deliveredAt: z.string().nullable(),
  deliveredTo: z.string().nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  events: z.array(ShipmentEventView),
});
export type ShipmentView = z.infer<typeof ShipmentView>;

export const DossierShipments = z.object({
  items: z.array(ShipmentView).describe('Newest first'),
  canDispatch: z
    .boolean()
    .describe('Return by post, result at the counter, no parcel under way, handed to the post on a confirmed record'),
  awaitingHandover: z
    .boolean()
    .describe('Everything but the hand-over: a counter → post record must be made and confirmed by the courier'),
  handover: z
    .object({ id: z.uuid(), number: z.string(), confirmedAt: z.string().nullable() })
    .nullable()
    .describe('The latest confirmed counter → post record that carried the result'),
  defaults: z.object({ recipientName: z.string(), recipientAddress: z.string(), recipientPhone: z.string() }),
  carrier: z.object({
    id: z.string(),
    generatesNumbers: z.boolean(),
    simulator: z.boolean(),
  }),
});
export type DossierShipments = z.infer<typeof DossierShipments>;

/** The body a carrier posts to /api/postal/webhooks/shipment-status (docs/POSTAL-CARRIER.md). */
export const CarrierEventBody = z.object({
  eventId: z.string().trim().min(1).max(200),
  trackingNumber: z.string().trim().min(1).max(40),
  status: z.enum(CARRIER_STATUSES),
  occurredAt: z.iso.datetime({ offset: true }),
  recipientName: z.string().trim().max(200).nullable().optional(),
  reason: z.string().trim().max(500).nullable().optional(),
  location: z.string().trim().max(200).nullable().optional(),
});
export type CarrierEventBody = z.infer<typeof CarrierEventBody>;

/** Failed deliveries waiting at the counter for a re-dispatch or an in-person return. */
export const FailedShipmentList = z.object({
  items: z.array(
    z.object({
      shipmentId: z.uuid(),
      dossierId: z.uuid(),
      dossierCode: z.string().nullable(),
      applicantName: z.string(),
      procedureName: z.string(),
      trackingNumber: z.string(),
      failedAt: z.string(),
      failureReason: z.string().nullable(),
    }),
  ),
});

/** A parcel in the public lookup: no address, no phone, the recipient's name masked. */
export const PublicParcel = z.object({
  trackingNumber: z.string(),
  status: z.enum(SHIPMENT_STATUSES),
  statusText: z.string(),
  statusAt: z.string(),
  deliveredAt: z.string().nullable(),
  deliveredTo: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), status: z.enum(SHIPMENT_STATUSES), statusText: z.string() })),
});
export type PublicParcelView = z.infer<typeof PublicParcel>;
export type FailedShipment = z.infer<typeof FailedShipmentList>['items'][number];
