import {
  allowedActions,
  directionPerforming,
  finishedVerdict,
  hasPaper,
  type DossierState,
  type DossierSummary,
  type Role,
} from '@motcua/core';
import type { TimingContext } from './timing-context.js';

type Row = {
  id: string;
  code: string | null;
  channel: string;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  state: string;
  national_status: number;
  version: number;
  received_at: Date | null;
  due_at: Date | null;
  finished_at: Date | null;
  is_paused: boolean;
};

/**
 * Timing of a dossier (DOMAIN.md §7): finished ones early / on time / late against the
 * appointment on the agency's calendar (core's `finishedVerdict`); open ones overdue, due soon
 * (due within the configured WORKING hours, see `TimingContext`), or within time. A paused
 * dossier is within time: its appointment will move.
 */
export function timingOf(row: Row, tc: TimingContext): DossierSummary['timing'] {
  if (!row.due_at) return null;
  if (row.finished_at) return finishedVerdict(tc.calendar, row.due_at, row.finished_at);
  if (row.is_paused) return 'within_time';
  if (tc.now > row.due_at) return 'overdue';
  return row.due_at <= tc.dueSoonBefore ? 'due_soon' : 'within_time';
}

export function toSummary(row: Row, tc: TimingContext): DossierSummary {
  return {
    id: row.id,
    code: row.code,
    channel: row.channel,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    applicantName: row.applicant_name,
    state: row.state as DossierState,
    nationalStatus: row.national_status,
    version: row.version,
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    isPaused: row.is_paused,
    timing: timingOf(row, tc),
  };
}

export function actionsFor(state: string, role: Role) {
  return allowedActions(state as DossierState, role);
}

/**
 * What a user may do now on a dossier, split as the hand-over rule splits it (DOMAIN.md §8):
 * `direct`, the buttons; `byHandover`, the actions that for a dossier with paper are taken by
 * confirming a hand-over record, never by a button (`transfer_to_unit`, `issue`).
 */
export function actionsOn(row: { state: string; channel: string }, role: Role) {
  const all = actionsFor(row.state, role);
  if (!hasPaper(row.channel)) return { direct: all, byHandover: [] };
  return {
    direct: all.filter((a) => !directionPerforming(a)),
    byHandover: all.filter((a) => directionPerforming(a)),
  };
}
