/**
 * What MotCua needs from a postal carrier to send a result (docs/POSTAL-CARRIER.md). A real
 * carrier integration implements this over the carrier's API; the carrier then reports status
 * to our signed webhook. Two implementations ship: `ManualCarrierAdapter` (the counter sticks
 * the carrier's label and types its number) and the simulator (carrier-simulator.ts).
 */
export type DispatchOrder = {
  shipmentId: string;
  /** The S10 number typed at the counter (already validated), or null to let the carrier give one. */
  trackingNumber: string | null;
  dossierCode: string | null;
  recipientName: string;
  recipientAddress: string;
  recipientPhone: string;
  /** Simulator only: what the simulated carrier should do with the parcel. */
  simulation?: SimulationScenario;
};

export type SimulationScenario = 'deliver' | 'fail' | 'duplicate' | 'out_of_order';

export type Acceptance = { trackingNumber: string };

export interface CarrierAdapter {
  /** The carrier id: its key in POSTAL_CARRIERS and the `X-Carrier-Id` of its webhooks. */
  readonly id: string;
  /** True when `dispatch` can give a tracking number itself. */
  readonly generatesNumbers: boolean;
  readonly simulator: boolean;
  /** Hands the parcel to the carrier; returns the tracking number it travels under. */
  dispatch(order: DispatchOrder): Promise<Acceptance>;
  /** Stops background work (timers, connections) when the server closes. */
  close(): void;
}

/** The label is printed by the post office; the counter types its number. */
export class ManualCarrierAdapter implements CarrierAdapter {
  readonly generatesNumbers = false;
  readonly simulator = false;
  constructor(readonly id: string) {}

  async dispatch(order: DispatchOrder): Promise<Acceptance> {
    if (!order.trackingNumber) throw new Error('ManualCarrierAdapter needs the tracking number from the label');
    return { trackingNumber: order.trackingNumber };
  }

  close(): void {}
}
