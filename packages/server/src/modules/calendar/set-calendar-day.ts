import { AppError, type CalendarDayEntry, type LocalisedText, type SetCalendarDayRequest } from '@motcua/core';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { appendAudit, originOf } from '../audit/audit.repository.js';
import { forgetAgencyCalendar } from './agency-calendar-cache.js';
import { findCalendarDayForUpdate, upsertCalendarDay } from './calendar.repository.js';

/**
 * The administrator records a day off or a swapped working day for their agency, or corrects
 * one (e.g. confirms a day once the government announces it). Deadlines computed afterwards
 * follow the change; the audit row keeps what the day was before.
 */
export async function setCalendarDay(
  db: Db,
  ctx: RequestContext,
  date: string,
  input: SetCalendarDayRequest,
): Promise<{ day: CalendarDayEntry; isNew: boolean }> {
  const problem = kindProblem(date, input.kind);
  if (problem) throw new AppError('VALIDATION_FAILED', [{ field: 'body.kind', message: problem }]);
  const agencyId = ctx.actor.agencyId;
  const result = await db.transaction().execute(async (tx) => {
    const before = await findCalendarDayForUpdate(tx, agencyId, date);
    const day = await upsertCalendarDay(tx, agencyId, { date, ...input });
    await appendAudit(tx, originOf(ctx), {
      action: 'calendar.day.set',
      targetType: 'calendar_day',
      targetId: date,
      details: { before: before ?? null, after: day },
    });
    return { day, isNew: before === undefined };
  });
  forgetAgencyCalendar(agencyId);
  return result;
}

const WEEKDAYS = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/**
 * The week already makes Saturday and Sunday days off and Monday to Friday working days, so an
 * exception that repeats the rule is a mistake (usually a wrong date): a swapped working day
 * falls on a weekend, a day off on a weekday.
 */
function kindProblem(date: string, kind: SetCalendarDayRequest['kind']): LocalisedText | undefined {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const isWeekend = weekday === 0 || weekday === 6;
  const [year, month, day] = date.split('-');
  const shown = `${day}/${month}/${year}`;
  const vi = WEEKDAYS.vi[weekday] ?? '';
  const en = WEEKDAYS.en[weekday] ?? '';
  if (kind === 'working_day' && !isWeekend) {
    return {
      vi: `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày ${shown} là ${vi}.`,
      en: `A swapped working day must be a Saturday or Sunday; ${shown} is a ${en}.`,
    };
  }
  if (kind === 'day_off' && isWeekend) {
    return {
      vi: `Ngày ${shown} là ${vi}, vốn đã là ngày nghỉ; ngày nghỉ chỉ ghi cho thứ Hai đến thứ Sáu.`,
      en: `${shown} is a ${en}, already a day off; record days off only for Monday to Friday.`,
    };
  }
  return undefined;
}
