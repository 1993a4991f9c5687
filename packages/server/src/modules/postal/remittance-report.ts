import { AppError, remittance, type MoneyLine, type PaymentKind, type RemittanceReport } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { Actor } from '../auth/actor.js';
import { agencyOffsetMinutes } from '../agencies/agency.repository.js';

const DAY_MS = 86_400_000;

/**
 * Remittance per postal unit (the counter the packages go to) for packages collected between
 * two local dates: collected = the courier's receipts; handed over = the amounts on confirmed
 * post → counter records (after any corrected fee mismatch) confirmed before the period ends;
 * outstanding = the difference. Arithmetic in core/postal/remittance.ts.
 */
export async function remittanceReport(db: Db, actor: Actor, from: string, to: string): Promise<RemittanceReport> {
  if (to < from)
    throw new AppError('VALIDATION_FAILED', [
      { field: 'querystring.to', message: { vi: 'Đến ngày phải sau từ ngày.', en: '"to" must not precede "from".' } },
    ]);
  const agencyId = actor.agencyId;
  const localMidnight = async (date: string) => {
    const utc = new Date(`${date}T00:00:00Z`);
    return new Date(utc.getTime() - (await agencyOffsetMinutes(db, agencyId, utc)) * 60_000);
  };
  const start = await localMidnight(from);
  const end = new Date((await localMidnight(to)).getTime() + DAY_MS);
  const pickups = await db
    .selectFrom('pickup_order as p')
    .innerJoin('counter as c', (j) => j.onRef('c.agency_id', '=', 'p.agency_id').onRef('c.id', '=', 'p.counter_id'))
    .select(['p.id', 'p.counter_id', 'c.name as counter_name'])
    .where('p.agency_id', '=', agencyId)
    .where('p.collected_at', '>=', start)
    .where('p.collected_at', '<', end)
    .orderBy('c.code')
    .orderBy('p.number')
    .execute();
  const ids = pickups.map((p) => p.id);
  const payments = ids.length
    ? await db
        .selectFrom('pickup_payment')
        .select(['pickup_id', 'kind', 'amount_vnd'])
        .where('agency_id', '=', agencyId)
        .where('pickup_id', 'in', ids)
        .execute()
    : [];
  const handed = ids.length
    ? await db
        .selectFrom('handover_item as i')
        .innerJoin('handover_record as r', (j) =>
          j.onRef('r.agency_id', '=', 'i.agency_id').onRef('r.id', '=', 'i.record_id'),
        )
        .select(['i.pickup_id', 'i.fee_vnd', 'i.postal_charge_vnd'])
        .where('i.agency_id', '=', agencyId)
        .where('i.pickup_id', 'in', ids)
        .where('i.removed', '=', false)
        .where('r.direction', '=', 'post_to_counter')
        .where('r.status', '=', 'confirmed')
        .where('r.confirmed_at', '<', end)
        .execute()
    : [];
  const lines: MoneyLine[] = pickups.flatMap((p) =>
    (['fee', 'postal_charge'] as const satisfies readonly PaymentKind[]).map((kind) => {
      const item = handed.find((h) => h.pickup_id === p.id);
      return {
        unitKey: p.counter_id,
        kind,
        collectedVnd: payments
          .filter((x) => x.pickup_id === p.id && x.kind === kind)
          .reduce((s, x) => s + x.amount_vnd, 0),
        handedOverVnd: item ? (kind === 'fee' ? item.fee_vnd : item.postal_charge_vnd) : 0,
      };
    }),
  );
  const { rows, total } = remittance(lines);
  const count = (counterId: string) => pickups.filter((p) => p.counter_id === counterId).length;
  return {
    from,
    to,
    rows: rows.map((r) => ({
      counterId: r.unitKey,
      counterName: pickups.find((p) => p.counter_id === r.unitKey)?.counter_name ?? '',
      pickups: count(r.unitKey),
      fee: r.fee,
      postalCharge: r.postalCharge,
      total: r.total,
    })),
    total: { pickups: pickups.length, fee: total.fee, postalCharge: total.postalCharge, total: total.total },
  };
}
