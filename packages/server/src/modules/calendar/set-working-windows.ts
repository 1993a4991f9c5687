import { AppError, createWorkingCalendar, type WorkingHours, type WorkingWindow } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { forgetAgencyCalendar } from './agency-calendar-cache.js';
import { findWorkingWindowsForUpdate, updateWorkingWindows } from './calendar.repository.js';
import { parseStoredWindows } from './load-agency-calendar.js';

/**
 * The administrator sets the agency's daily working windows (DOMAIN.md §7: configurable per
 * agency). The core calendar validates them, so what is saved is exactly what it accepts.
 */
export async function setWorkingWindows(db: Db, ctx: RequestContext, input: WorkingHours): Promise<WorkingHours> {
  const windows = validWindows(input.windows);
  const agencyId = ctx.actor.agencyId;
  const saved = await db.transaction().execute(async (tx) => {
    const row = await findWorkingWindowsForUpdate(tx, agencyId);
    if (!row) throw new AppError('NOT_FOUND', undefined, `no agency ${agencyId}`);
    await updateWorkingWindows(tx, agencyId, windows);
    await appendAudit(tx, originOf(ctx), {
      action: 'calendar.windows.set',
      targetType: 'agency',
      targetId: agencyId,
      details: { before: parseStoredWindows(row.working_windows, agencyId), after: windows },
    });
    return { windows };
  });
  forgetAgencyCalendar(agencyId);
  return saved;
}

/** The windows as the calendar reads them; a refusal names the field as body.windows[i]. */
function validWindows(windows: readonly WorkingWindow[]): WorkingWindow[] {
  try {
    // Only the windows are under test here; the offset does not affect their validity.
    return [...createWorkingCalendar({ offsetMinutes: 0, windows }).windows];
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error;
    const details = error.details?.map((d) => ({ ...d, field: `body.${d.field}` }));
    throw new AppError('VALIDATION_FAILED', details, error.internal);
  }
}
