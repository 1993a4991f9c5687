import { invalidCalendarInput } from './calendar-error.js';
import { assertInstant } from './local-time.js';
import type { WorkingCalendar } from './working-calendar.js';
import { advanceMs, workingTimeBetweenMs } from './working-time.js';

/**
 * A stretch during which the clock stops (supplement requested, awaiting payment; DOMAIN.md §7).
 * `to` undefined: still paused.
 */
export type Pause = { from: Date; to?: Date | undefined };

type PauseMs = { from: number; to: number };

/** Validated, sorted and merged pauses; an open pause runs to +Infinity. */
export function normalisePauses(pauses: readonly Pause[], notBeforeMs = -Infinity): PauseMs[] {
  const spans = pauses
    .map((pause, i): PauseMs => {
      const from = assertInstant(pause.from, `pauses[${i}].from`);
      const to = pause.to === undefined ? Infinity : assertInstant(pause.to, `pauses[${i}].to`);
      if (to < from) {
        throw invalidCalendarInput(
          `pauses[${i}]`,
          'A pause must end after it starts.',
          'Thời gian tạm dừng phải kết thúc sau khi bắt đầu.',
        );
      }
      // Time paused before the clock started was never going to count anyway.
      return { from: Math.max(from, notBeforeMs), to };
    })
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from);
  const merged: PauseMs[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/** `extendByPauses` on validated input, in ms; null while a pause that matters is open. */
export function extendByPausesMs(calendar: WorkingCalendar, dueMs: number, pauses: readonly PauseMs[]): number | null {
  let due = dueMs;
  for (const pause of pauses) {
    // A pause that begins at or after the appointment cannot rescue it: the dossier was already
    // due (or overdue) when the clock stopped, so requesting a supplement late hides no lateness.
    if (pause.from >= due) break;
    if (pause.to === Infinity) return null;
    due = advanceMs(calendar, due, workingTimeBetweenMs(calendar, pause.from, pause.to));
  }
  return due;
}

/**
 * Moves an appointment later by the working time of each pause that began before it (DOMAIN.md
 * §7: "on resume the appointment moves later by the paused working time"). Pauses are merged
 * first, and taken in order, so one that starts inside the added time also counts.
 *
 * Returns null while a pause that began before the appointment is still open: no due date
 * exists until the applicant supplements or pays. Null rather than an error because a paused
 * dossier is a normal state that lists and reports meet every day.
 */
export function extendByPauses(calendar: WorkingCalendar, dueAt: Date, pauses: readonly Pause[]): Date | null {
  const due = extendByPausesMs(calendar, assertInstant(dueAt, 'dueAt'), normalisePauses(pauses));
  return due === null ? null : new Date(due);
}
