import { addWorkingTime } from '../calendar/deadline.js';
import { HOUR_MS } from '../calendar/local-time.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/**
 * Escalations (vướng mắc, DOMAIN.md §8): a problem the postal staff at the counter raise with the
 * Department's focal officer, about one dossier or about a procedure, answered in a thread.
 */
export const ESCALATION_CATEGORIES = ['documents', 'fees', 'procedure_content', 'system', 'other'] as const;
export type EscalationCategory = (typeof ESCALATION_CATEGORIES)[number];

/** open: waiting for the focal officer · answered: waiting for the counter · resolved: closed. */
export const ESCALATION_STATUSES = ['open', 'answered', 'resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ESCALATION_SUBJECTS = ['dossier', 'procedure'] as const;
export type EscalationSubject = (typeof ESCALATION_SUBJECTS)[number];

/** What a participant does to the thread. */
export type EscalationMove = 'answer' | 'follow_up' | 'resolve' | 'reopen';

/** Default answer time in working hours when neither the agency nor the environment says otherwise. */
export const DEFAULT_ESCALATION_SLA_HOURS = 8;

/** Largest attachment accepted (bytes): scans of a page or two, not whole dossiers. */
export const ESCALATION_MAX_FILE_BYTES = 4 * 1024 * 1024;
export const ESCALATION_MAX_FILES = 3;

/**
 * The status after a move, or null when the move is not allowed in that status. An answer is
 * possible while the question is open or answered (a second answer); the counter's follow-up puts
 * the question back with the focal officer; only a resolved escalation can be reopened.
 */
export function nextEscalationStatus(status: EscalationStatus, move: EscalationMove): EscalationStatus | null {
  switch (move) {
    case 'answer':
      return status === 'resolved' ? null : 'answered';
    case 'follow_up':
      return status === 'resolved' ? null : 'open';
    case 'resolve':
      return status === 'resolved' ? null : 'resolved';
    case 'reopen':
      return status === 'resolved' ? 'open' : null;
  }
}

/** Whether a move hands the question (back) to the focal officer, starting a new SLA period. */
export function startsSlaPeriod(from: EscalationStatus, to: EscalationStatus): boolean {
  return to === 'open' && from !== 'open';
}

/** When the focal officer's answer is due: `slaHours` of working time after `at`. */
export function escalationDueAt(calendar: WorkingCalendar, at: Date, slaHours: number): Date {
  return addWorkingTime(calendar, at, Math.round(slaHours * HOUR_MS));
}

/** Overdue: still waiting for the focal officer after its due time. */
export function isEscalationOverdue(status: EscalationStatus, dueAt: Date, now: Date): boolean {
  return status === 'open' && now.getTime() > dueAt.getTime();
}
