import { describe, expect, it } from 'vitest';
import { hasPermission } from '../permissions.js';
import {
  confirmBlocker,
  directionPerforming,
  directionsSentBy,
  handoverNumber,
  hasPaper,
  statusAfterReview,
} from './handover.js';
import { nextPickupStatus, pickupEventsIn, pickupNumber, PICKUP_STATUSES } from './pickup.js';
import { remittance } from './remittance.js';

const clean = { kind: null, resolvedAt: null, removed: false };
const open = { kind: 'missing' as const, resolvedAt: null, removed: false };
const resolved = { kind: 'damaged' as const, resolvedAt: '2026-01-12T02:00:00Z', removed: false };

describe('hand-over rules', () => {
  it('blocks confirmation while a discrepancy is open, and after it', () => {
    expect(confirmBlocker('sent', [clean, clean])).toBeNull();
    expect(confirmBlocker('disputed', [clean, open])).toBe('open_discrepancy');
    expect(confirmBlocker('sent', [clean, resolved])).toBeNull();
    expect(confirmBlocker('confirmed', [clean])).toBe('already_confirmed');
    expect(confirmBlocker('sent', [{ ...resolved, removed: true }])).toBe('empty');
  });

  it('is disputed exactly while an item is open', () => {
    expect(statusAfterReview([clean, open])).toBe('disputed');
    expect(statusAfterReview([clean, resolved])).toBe('sent');
  });

  it('names who sends what, and which confirmation moves the dossier', () => {
    expect(directionsSentBy('counter_clerk')).toEqual(['counter_to_unit', 'counter_to_post']);
    expect(directionsSentBy('courier')).toEqual(['post_to_counter']);
    expect(directionsSentBy('records_officer')).toEqual(['unit_to_counter']);
    expect(directionsSentBy('specialist')).toEqual([]);
    expect(directionPerforming('transfer_to_unit')).toBe('counter_to_unit');
    expect(directionPerforming('issue')).toBe('unit_to_counter');
    expect(directionPerforming('assign')).toBeUndefined();
  });

  it('moves paper only for counter and postal dossiers', () => {
    expect([hasPaper('counter'), hasPaper('post'), hasPaper('online')]).toEqual([true, true, false]);
  });

  it('gives every sender and receiver role the hand-over permission', () => {
    for (const role of ['courier', 'counter_clerk', 'unit_head', 'records_officer'] as const)
      expect(hasPermission(role, 'handover:act'), role).toBe(true);
    expect(hasPermission('specialist', 'handover:act')).toBe(false);
  });

  it('prints numbers with a fixed width', () => {
    expect(handoverNumber(42)).toBe('BG-000042');
    expect(pickupNumber(7)).toBe('TG-000007');
  });
});

describe('pickup status transitions', () => {
  it('runs requested → assigned → collected → handed_over → received', () => {
    expect(nextPickupStatus('requested', 'assign')).toBe('assigned');
    expect(nextPickupStatus('assigned', 'assign')).toBe('assigned'); // another courier
    expect(nextPickupStatus('assigned', 'collect')).toBe('collected');
    expect(nextPickupStatus('collected', 'hand_over')).toBe('handed_over');
    expect(nextPickupStatus('handed_over', 'receive')).toBe('received');
  });

  it('refuses skipped steps and cancelling a collected package', () => {
    expect(nextPickupStatus('requested', 'collect')).toBeNull();
    expect(nextPickupStatus('assigned', 'receive')).toBeNull();
    expect(nextPickupStatus('collected', 'cancel')).toBeNull();
    expect(nextPickupStatus('cancelled', 'assign')).toBeNull();
    expect(nextPickupStatus('received', 'cancel')).toBeNull();
  });

  it('leaves nothing to do on a received or cancelled order', () => {
    expect(pickupEventsIn('received')).toEqual([]);
    expect(pickupEventsIn('cancelled')).toEqual([]);
    expect(pickupEventsIn('requested')).toEqual(['assign', 'cancel']);
    for (const s of PICKUP_STATUSES) expect(Array.isArray(pickupEventsIn(s))).toBe(true);
  });
});

describe('remittance arithmetic', () => {
  it('sums per unit and overall, outstanding = collected − handed over', () => {
    const { rows, total } = remittance([
      { unitKey: 'a', kind: 'fee', collectedVnd: 500_000, handedOverVnd: 500_000 },
      { unitKey: 'a', kind: 'postal_charge', collectedVnd: 30_000, handedOverVnd: 0 },
      { unitKey: 'b', kind: 'fee', collectedVnd: 200_000, handedOverVnd: 150_000 },
    ]);
    expect(rows.map((r) => r.unitKey)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({
      fee: { collectedVnd: 500_000, handedOverVnd: 500_000, outstandingVnd: 0 },
      postalCharge: { collectedVnd: 30_000, handedOverVnd: 0, outstandingVnd: 30_000 },
      total: { collectedVnd: 530_000, handedOverVnd: 500_000, outstandingVnd: 30_000 },
    });
    expect(total.fee).toEqual({ collectedVnd: 700_000, handedOverVnd: 650_000, outstandingVnd: 50_000 });
    expect(total.total.outstandingVnd).toBe(80_000);
  });

  it('shows an over-remittance as a negative outstanding, and refuses fractions', () => {
    expect(
      remittance([{ unitKey: 'a', kind: 'fee', collectedVnd: 0, handedOverVnd: 10 }]).total.fee.outstandingVnd,
    ).toBe(-10);
    expect(() => remittance([{ unitKey: 'a', kind: 'fee', collectedVnd: 0.5, handedOverVnd: 0 }])).toThrow();
  });
});
