import { createHash, randomBytes } from 'node:crypto';
import type { Queryable, Tx } from '../../db/database.js';

export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function insertSession(
  tx: Tx,
  s: { tokenHash: string; agencyId: string; userId: string; expiresAt: Date; clientIp: string | null },
): Promise<void> {
  await tx
    .insertInto('session')
    .values({
      token_hash: s.tokenHash,
      agency_id: s.agencyId,
      user_id: s.userId,
      expires_at: s.expiresAt,
      client_ip: s.clientIp,
    })
    .execute();
}

/** The live session's user, or undefined when the token is unknown, expired or the user disabled. */
export async function findSessionUser(db: Queryable, tokenHash: string) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', (j) =>
      j.onRef('app_user.agency_id', '=', 'session.agency_id').onRef('app_user.id', '=', 'session.user_id'),
    )
    .select([
      'app_user.id',
      'app_user.agency_id',
      'app_user.username',
      'app_user.full_name',
      'app_user.role',
      'app_user.unit_id',
      'session.expires_at',
    ])
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', new Date())
    .where('app_user.is_active', '=', true)
    .executeTakeFirst();
}

export async function deleteSession(tx: Tx, agencyId: string, tokenHash: string): Promise<number> {
  const r = await tx
    .deleteFrom('session')
    .where('agency_id', '=', agencyId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
