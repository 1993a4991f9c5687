import {
  hasPermission,
  isEscalationOverdue,
  nextEscalationStatus,
  type EscalationDetail,
  type EscalationMove,
  type EscalationSummary,
  type Role,
} from '@motcua/core';
import type { EscalationRow } from './escalations.repository.js';

export function toEscalationSummary(row: EscalationRow, now: Date): EscalationSummary {
  return {
    id: row.id,
    reference: row.reference,
    subject: row.subject,
    dossierId: row.dossier_id,
    dossierCode: row.dossier_code,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    category: row.category,
    title: row.title,
    status: row.status,
    openedBy: row.opened_by_name,
    openedAt: row.opened_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    slaHours: Number(row.sla_hours),
    answeredAt: row.answered_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    isOverdue: isEscalationOverdue(row.status, row.due_at, now),
  };
}

/** Who may make which move: the focal officer answers; the counter follows up, resolves, reopens. */
export const MOVE_PERMISSION = {
  answer: 'escalation:answer',
  follow_up: 'escalation:open',
  resolve: 'escalation:open',
  reopen: 'escalation:open',
} as const satisfies Record<EscalationMove, string>;

export function allowedMoves(status: EscalationDetail['status'], role: Role): EscalationMove[] {
  return (Object.keys(MOVE_PERMISSION) as EscalationMove[]).filter(
    (move) => nextEscalationStatus(status, move) !== null && hasPermission(role, MOVE_PERMISSION[move]),
  );
}
