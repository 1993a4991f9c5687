import { AppError, type CreateUserRequest } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { appendAudit, type AuditOrigin } from '../audit/audit.repository.js';
import { hashPassword } from '../auth/password.js';
import { insertUser, isUsernameTaken, toUser, unitExists } from './users.repository.js';

/**
 * Creates a staff user in the given agency. Used by the administrator's screen (agency = the
 * administrator's own) and by the CLI; the audit origin says which.
 */
export async function createUser(db: Db, agencyId: string, input: CreateUserRequest, origin: AuditOrigin) {
  const username = input.username.toLowerCase();
  if (input.unitId && !(await unitExists(db, agencyId, input.unitId))) {
    throw new AppError('VALIDATION_FAILED', [{ field: 'body.unitId', message: unitMessage }]);
  }
  if (await isUsernameTaken(db, username)) {
    throw new AppError('CONFLICT', [{ field: 'body.username', message: takenMessage }]);
  }
  const passwordHash = await hashPassword(input.password);
  // The unique constraint still guards the race between the check above and this insert.
  const row = await db.transaction().execute(async (tx) => {
    const created = await insertUser(tx, {
      agency_id: agencyId,
      username,
      full_name: input.fullName,
      role: input.role,
      unit_id: input.unitId,
      password_hash: passwordHash,
    });
    await appendAudit(tx, origin, {
      action: 'user.create',
      targetType: 'user',
      targetId: created.id,
      details: { username, role: input.role, unitId: input.unitId },
    });
    return created;
  });
  return toUser(row);
}

const unitMessage = { vi: 'Đơn vị không tồn tại trong cơ quan.', en: 'The unit does not exist in this agency.' };
const takenMessage = { vi: 'Tên đăng nhập đã được dùng.', en: 'The username is already taken.' };
