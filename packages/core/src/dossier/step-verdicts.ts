import { addWorkingTime } from '../calendar/deadline.js';
import { finishedVerdict, openVerdict, type Verdict } from '../calendar/verdict.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { workingTimeBetween } from '../calendar/working-time.js';
import type { ProcessingTime } from '../catalog/procedure.js';
import { stateSpans, type DossierEvent, type StateSpan } from './fold.js';
import type { DossierState } from './workflow.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The budgeted steps of processing (DOMAIN.md §5, §7): the counter until transfer, the unit
 * from transfer to the head's check, the leader until approval, and each visit to another agency
 * (liên thông) on the budget that agency was given. Supplement and payment waits belong to no
 * step: the clock is paused.
 */
export type StepName = 'counter' | 'unit' | 'leader' | 'other_agency';

const STEP_OF: Partial<Record<DossierState, Exclude<StepName, 'other_agency'>>> = {
  received: 'counter',
  at_unit: 'unit',
  under_review: 'unit',
  result_proposed: 'unit',
  refusal_proposed: 'unit',
  awaiting_approval: 'leader',
};

export type StepVerdict = {
  step: StepName;
  /** The other agency's name for `other_agency` steps. */
  agencyName: string | null;
  startedAt: Date;
  /** When the step was last left; null while the dossier is in it. */
  finishedAt: Date | null;
  /** Budget in the procedure's time unit; null when the catalog sets none. */
  budgetDays: number | null;
  /** Time spent in the step so far, in milliseconds of working time (clock time for calendar days). */
  usedMs: number;
  /** The instant the budget runs out, counting only time spent in the step. */
  dueAt: Date | null;
  verdict: Verdict | null;
};

/**
 * Each step's verdict against its budget. A step entered more than once (sent back by the head
 * or the leader) adds up its stretches; it is finished while the dossier is elsewhere, and opens
 * again if the dossier comes back. Finished: early / on_time / late by the same rule as the
 * dossier (DOMAIN.md §7); open: within_time / overdue at `now`.
 */
export function stepVerdicts(
  calendar: WorkingCalendar,
  time: ProcessingTime | null,
  events: readonly DossierEvent[],
  now: Date,
): StepVerdict[] {
  const spans = stateSpans(events);
  const calendarDays = time?.unit === 'calendar_days';
  const measure = (a: Date, b: Date) =>
    calendarDays ? Math.max(0, b.getTime() - a.getTime()) : workingTimeBetween(calendar, a, b);
  const advance = (t: Date, ms: number) =>
    calendarDays ? new Date(t.getTime() + ms) : addWorkingTime(calendar, t, ms);
  const dayMs = calendarDays ? DAY_MS : calendar.dailyWorkingMs;

  const groups: { step: StepName; agencyName: string | null; budgetDays: number | null; spans: StateSpan[] }[] = [];
  for (const name of ['counter', 'unit', 'leader'] as const) {
    const own = spans.filter((s) => STEP_OF[s.state] === name);
    if (own.length) groups.push({ step: name, agencyName: null, budgetDays: time?.steps?.[name] ?? null, spans: own });
  }
  for (const visit of spans.filter((s) => s.state === 'at_other_agency')) {
    const data = visit.event.data;
    groups.push({
      step: 'other_agency',
      agencyName: typeof data.agencyName === 'string' ? data.agencyName : null,
      budgetDays: typeof data.budgetDays === 'number' ? data.budgetDays : null,
      spans: [visit],
    });
  }

  return groups
    .map(({ step, agencyName, budgetDays, spans: own }) => {
      const last = own[own.length - 1]!;
      const finishedAt = last.to;
      let usedMs = 0;
      let dueAt: Date | null = null;
      let remaining = budgetDays === null ? null : budgetDays * dayMs;
      for (const span of own) {
        const spent = measure(span.from, span.to ?? now);
        if (remaining !== null && dueAt === null && spent > remaining) dueAt = advance(span.from, remaining);
        else if (remaining !== null && dueAt === null) remaining -= spent;
        usedMs += spent;
      }
      if (remaining !== null && dueAt === null) dueAt = advance(finishedAt ?? now, remaining);
      const verdict =
        dueAt === null ? null : finishedAt ? finishedVerdict(calendar, dueAt, finishedAt) : openVerdict(dueAt, now);
      return { step, agencyName, startedAt: own[0]!.from, finishedAt, budgetDays, usedMs, dueAt, verdict };
    })
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
}
