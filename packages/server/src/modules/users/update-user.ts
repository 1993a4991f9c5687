import { AppError, type UpdateUserRequest } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { requireOwnAgency, type RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { forgetUserSessions } from '../auth/session-cache.js';
import { findUser, toUser, unitExists } from './users.repository.js';

/**
 * The administrator changes a user of their own agency: name, role, unit, active flag, or
 * lifts a lock-out. Deactivating ends the user's sessions at once.
 */
export async function updateUser(db: Db, ctx: RequestContext, userId: string, input: UpdateUserRequest) {
  requireOwnAgency(ctx.actor, await findUser(db, ctx.actor.agencyId, userId));
  if (input.unitId && !(await unitExists(db, ctx.actor.agencyId, input.unitId))) {
    throw new AppError('VALIDATION_FAILED', [
      {
        field: 'body.unitId',
        message: { vi: 'Đơn vị không tồn tại trong cơ quan.', en: 'The unit does not exist in this agency.' },
      },
    ]);
  }
  if (userId === ctx.actor.userId && (input.isActive === false || (input.role && input.role !== ctx.actor.role))) {
    // Guards against an agency locking itself out of administration by accident.
    throw new AppError('CONFLICT', [
      {
        field: 'body',
        message: {
          vi: 'Không thể tự khóa hoặc đổi vai trò của chính mình.',
          en: 'You cannot disable yourself or change your own role.',
        },
      },
    ]);
  }
  const row = await db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('app_user')
      .set({
        ...(input.fullName !== undefined ? { full_name: input.fullName } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.unitId !== undefined ? { unit_id: input.unitId } : {}),
        ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
        ...(input.unlock ? { failed_logins: 0, locked_until: null } : {}),
      })
      .where('agency_id', '=', ctx.actor.agencyId)
      .where('id', '=', userId)
      .returning(['id', 'agency_id', 'username', 'full_name', 'role', 'unit_id', 'is_active', 'created_at'])
      .executeTakeFirstOrThrow();
    if (input.isActive === false) {
      await tx
        .deleteFrom('session')
        .where('agency_id', '=', ctx.actor.agencyId)
        .where('user_id', '=', userId)
        .execute();
    }
    await appendAudit(tx, originOf(ctx), {
      action: 'user.update',
      targetType: 'user',
      targetId: userId,
      details: { ...input },
    });
    return updated;
  });
  forgetUserSessions(ctx.actor.agencyId, userId); // in this process at once; others within seconds
  return toUser(row);
}
