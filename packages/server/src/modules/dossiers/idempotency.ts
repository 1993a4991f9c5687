import { AppError } from '@motcua/core';
import { createHash } from 'node:crypto';
import type { Tx } from '../../db/database.js';

export type StoredResponse = { status: number; body: unknown };

/**
 * Runs `work` once per Idempotency-Key. The key row is inserted in the caller's transaction:
 * a concurrent retry waits on it and, once the first commits, gets the stored response; if the
 * first rolled back, the retry runs for real. Reusing a key for a different request is refused.
 */
export async function once(
  tx: Tx,
  agencyId: string,
  key: string | undefined,
  request: unknown,
  work: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!key) return work();
  const fingerprint = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  const inserted = await tx
    .insertInto('idempotency_key')
    .values({ agency_id: agencyId, key, request: fingerprint, status: null, response: null })
    .onConflict((oc) => oc.columns(['agency_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!inserted) {
    const stored = await tx
      .selectFrom('idempotency_key')
      .select(['request', 'status', 'response'])
      .where('agency_id', '=', agencyId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (stored.request !== fingerprint || stored.status === null) {
      throw new AppError('CONFLICT', [
        {
          field: 'headers.idempotency-key',
          message: {
            vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác.',
            en: 'The Idempotency-Key was used for another request.',
          },
        },
      ]);
    }
    return { status: stored.status, body: stored.response };
  }
  const result = await work();
  await tx
    .updateTable('idempotency_key')
    .set({ status: result.status, response: JSON.stringify(result.body) })
    .where('agency_id', '=', agencyId)
    .where('key', '=', key)
    .execute();
  return result;
}
