import { describe, expect, it } from 'vitest';
import { advancesShipment, SHIPMENT_STATUSES } from './shipment-status.js';

describe('advancesShipment', () => {
  it('moves forward along accepted < in_transit < out_for_delivery < delivered | failed', () => {
    expect(advancesShipment('dispatched', 'accepted')).toBe(true);
    expect(advancesShipment('accepted', 'out_for_delivery')).toBe(true);
    expect(advancesShipment('in_transit', 'delivered')).toBe(true);
    expect(advancesShipment('out_for_delivery', 'failed')).toBe(true);
  });

  it('never moves backwards or sideways', () => {
    expect(advancesShipment('out_for_delivery', 'in_transit')).toBe(false);
    expect(advancesShipment('in_transit', 'in_transit')).toBe(false);
    expect(advancesShipment('accepted', 'dispatched')).toBe(false);
  });

  it('treats delivered and failed as final', () => {
    for (const s of SHIPMENT_STATUSES) {
      expect(advancesShipment('delivered', s)).toBe(false);
      expect(advancesShipment('failed', s)).toBe(false);
    }
  });
});
