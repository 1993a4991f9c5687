import { allowedActions, type DossierState, type DossierSummary, type Role } from '@motcua/core';

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
 * appointment (early = before the appointment's day); open ones overdue, due soon (within the
 * configured working hours, approximated here in clock hours), or within time.
 */
export function timingOf(row: Row, now: Date, dueSoonMs: number): DossierSummary['timing'] {
  if (!row.due_at) return null;
  const due = row.due_at.getTime();
  if (row.finished_at) {
    const done = row.finished_at.getTime();
    if (done > due) return 'late';
    return sameLocalDay(row.finished_at, row.due_at) ? 'on_time' : 'early';
  }
  if (row.is_paused) return 'within_time';
  if (now.getTime() > due) return 'overdue';
  return due - now.getTime() <= dueSoonMs ? 'due_soon' : 'within_time';
}

function sameLocalDay(a: Date, b: Date): boolean {
  // Việt Nam is UTC+7 without daylight saving; dossiers carry the agency's days.
  const day = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return day(a) === day(b);
}

export function toSummary(row: Row, now: Date, dueSoonMs: number): DossierSummary {
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
    timing: timingOf(row, now, dueSoonMs),
  };
}

export function actionsFor(state: string, role: Role) {
  return allowedActions(state as DossierState, role);
}
