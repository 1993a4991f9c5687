import { AppError, localDateOf } from '@motcua/core';
import type { Tx } from '../../db/database.js';
import { agencyOffsetMinutes } from '../agencies/agency.repository.js';

/**
 * The next dossier code of a receiving unit: `{unit identifier}-{yyMMdd}-{NNNN}` (DOMAIN.md §5).
 * The daily number comes from one upsert in the caller's transaction: concurrent receptions
 * queue on the counter row, and a rollback returns the number, so codes never skip or repeat.
 */
export async function nextDossierCode(tx: Tx, agencyId: string, counterId: string, at: Date) {
  const day = localDateOf(at, await agencyOffsetMinutes(tx, agencyId, at));
  const counter = await tx
    .selectFrom('counter')
    .select('code')
    .where('agency_id', '=', agencyId)
    .where('id', '=', counterId)
    .executeTakeFirst();
  if (!counter)
    throw new AppError('VALIDATION_FAILED', [
      { field: 'body.counterId', message: { vi: 'Không có bộ phận tiếp nhận này.', en: 'No such counter.' } },
    ]);
  const row = await tx
    .insertInto('dossier_code_counter')
    .values({ agency_id: agencyId, counter_id: counterId, day, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['agency_id', 'counter_id', 'day'])
        .doUpdateSet((eb) => ({ last_number: eb('dossier_code_counter.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  if (row.last_number > 9999) throw new AppError('CONFLICT', undefined, 'daily dossier counter exhausted');
  return `${counter.code}-${day.slice(2).replaceAll('-', '')}-${String(row.last_number).padStart(4, '0')}`;
}

/** The counter a dossier is received at when none is named: the agency's first by code. */
export async function defaultCounter(tx: Tx, agencyId: string): Promise<string> {
  const counter = await tx
    .selectFrom('counter')
    .select('id')
    .where('agency_id', '=', agencyId)
    .orderBy('code')
    .executeTakeFirst();
  if (!counter) throw new AppError('CONFLICT', undefined, 'agency has no counter');
  return counter.id;
}
