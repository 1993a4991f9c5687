import { AppError } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { forgetAgencyCalendar } from './agency-calendar-cache.js';
import { deleteCalendarDayRow, findCalendarDayForUpdate } from './calendar.repository.js';

/** The administrator removes a day off or swapped working day; the day reverts to the weekly rule. */
export async function deleteCalendarDay(db: Db, ctx: RequestContext, date: string): Promise<void> {
  const agencyId = ctx.actor.agencyId;
  await db.transaction().execute(async (tx) => {
    const before = await findCalendarDayForUpdate(tx, agencyId, date);
    if (!before) throw new AppError('NOT_FOUND', undefined, `no calendar day ${date}`);
    await deleteCalendarDayRow(tx, agencyId, date);
    await appendAudit(tx, originOf(ctx), {
      action: 'calendar.day.delete',
      targetType: 'calendar_day',
      targetId: date,
      details: { before },
    });
  });
  forgetAgencyCalendar(agencyId);
}
