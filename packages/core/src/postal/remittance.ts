import type { PaymentKind } from './pickup.js';

/**
 * Remittance (đối soát): money the post collected on the agency's behalf (fees) and for itself
 * (postal charges), per postal unit and period. Handed over = on confirmed post → counter
 * records; outstanding = collected − handed over (never hidden when negative: that is an error
 * someone must look at).
 */
export type MoneyLine = { unitKey: string; kind: PaymentKind; collectedVnd: number; handedOverVnd: number };

export type Amounts = { collectedVnd: number; handedOverVnd: number; outstandingVnd: number };
export type RemittanceRow = { unitKey: string; fee: Amounts; postalCharge: Amounts; total: Amounts };

const zero = (): Amounts => ({ collectedVnd: 0, handedOverVnd: 0, outstandingVnd: 0 });

function add(a: Amounts, collected: number, handedOver: number): void {
  a.collectedVnd += collected;
  a.handedOverVnd += handedOver;
  a.outstandingVnd = a.collectedVnd - a.handedOverVnd;
}

/** Sums lines per unit (in first-seen order) and adds a grand total row keyed ''. */
export function remittance(lines: readonly MoneyLine[]): { rows: RemittanceRow[]; total: RemittanceRow } {
  const rows = new Map<string, RemittanceRow>();
  const total: RemittanceRow = { unitKey: '', fee: zero(), postalCharge: zero(), total: zero() };
  for (const line of lines) {
    if (!Number.isSafeInteger(line.collectedVnd) || !Number.isSafeInteger(line.handedOverVnd))
      throw new Error('amounts are whole đồng');
    let row = rows.get(line.unitKey);
    if (!row) {
      row = { unitKey: line.unitKey, fee: zero(), postalCharge: zero(), total: zero() };
      rows.set(line.unitKey, row);
    }
    for (const r of [row, total]) {
      add(line.kind === 'fee' ? r.fee : r.postalCharge, line.collectedVnd, line.handedOverVnd);
      add(r.total, line.collectedVnd, line.handedOverVnd);
    }
  }
  return { rows: [...rows.values()], total };
}
