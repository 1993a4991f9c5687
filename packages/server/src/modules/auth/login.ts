import { AppError, type LoginRequest } from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { appendAudit } from '../audit/audit.repository.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { insertSession, newSessionToken } from './session.repository.js';

export type LoginPolicy = { maxFailures: number; lockMinutes: number; sessionTtlHours: number };
export type LoginOrigin = { requestId: string; clientIp: string | null };

/**
 * Signs a staff user in. After `maxFailures` wrong passwords in a row the account is locked
 * for `lockMinutes`; while locked even the right password is refused, so guessing gains nothing.
 * Failures are committed (not rolled back with the refusal) so the count survives.
 */
export async function login(db: Db, policy: LoginPolicy, input: LoginRequest, origin: LoginOrigin) {
  const user = await db
    .selectFrom('app_user')
    .selectAll()
    .where('username', '=', input.username.toLowerCase())
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new AppError('INVALID_CREDENTIALS', undefined, `unknown username ${input.username}`);
  }
  const auditOrigin = { agencyId: user.agency_id, actorId: user.id, actorName: user.username, ...origin };
  if (user.locked_until && user.locked_until > new Date()) throw new AppError('ACCOUNT_LOCKED');
  const passwordOk = await verifyPassword(user.password_hash, input.password);
  if (passwordOk && !user.is_active) throw new AppError('ACCOUNT_DISABLED');

  if (!passwordOk) {
    const locked = await db.transaction().execute(async (tx) => {
      // One atomic UPDATE: concurrent wrong guesses cannot both read the same old count.
      const row = await tx
        .updateTable('app_user')
        .set({
          failed_logins: sql`CASE WHEN failed_logins + 1 >= ${policy.maxFailures} THEN 0 ELSE failed_logins + 1 END`,
          locked_until: sql`CASE WHEN failed_logins + 1 >= ${policy.maxFailures}
            THEN now() + make_interval(mins => ${policy.lockMinutes}) ELSE locked_until END`,
        })
        .where('agency_id', '=', user.agency_id)
        .where('id', '=', user.id)
        .returning(['locked_until'])
        .executeTakeFirstOrThrow();
      const isLocked = row.locked_until !== null && row.locked_until > new Date();
      await appendAudit(tx, auditOrigin, {
        action: isLocked ? 'auth.locked' : 'auth.login_failed',
        targetType: 'user',
        targetId: user.id,
      });
      return isLocked;
    });
    throw new AppError(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
  }

  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(Date.now() + policy.sessionTtlHours * 3600_000);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('app_user')
      .set({ failed_logins: 0, locked_until: null })
      .where('agency_id', '=', user.agency_id)
      .where('id', '=', user.id)
      .execute();
    await insertSession(tx, {
      tokenHash,
      agencyId: user.agency_id,
      userId: user.id,
      expiresAt,
      clientIp: origin.clientIp,
    });
    await appendAudit(tx, auditOrigin, { action: 'auth.login', targetType: 'user', targetId: user.id });
  });
  return { token, expiresAt, userId: user.id, agencyId: user.agency_id };
}
