import { isRole, ROLE_LABELS, type DossierAction, type DossierState, type Language, type Role } from '@motcua/core';
import type { Messages } from '../../i18n/vi.js';
import type { QueueName } from './dossier-api.js';

type DossierMessages = Messages['dossiers'];

/**
 * The queues each role works from (DOMAIN.md §3), as tabs of the dossiers page, most urgent
 * work first; everyone who reads dossiers also has "all".
 */
export const QUEUES_BY_ROLE: Record<Role, readonly QueueName[]> = {
  counter_clerk: ['online', 'to_transfer', 'waiting_supplement', 'to_return', 'all'],
  unit_head: ['to_assign', 'to_check', 'overdue', 'all'],
  specialist: ['mine', 'due_soon', 'overdue', 'all'],
  leader: ['to_approve', 'overdue', 'all'],
  records_officer: ['to_issue', 'all'],
  focal_officer: ['overdue', 'all'],
  inspector: ['overdue', 'all'],
  administrator: [],
  courier: [],
};

export function stateLabel(state: string, t: DossierMessages): string {
  return t.states[state as DossierState] ?? state;
}

export function actionLabel(action: string, t: DossierMessages): string {
  return t.actions[action as DossierAction | 'receive'] ?? action;
}

/** A log entry's role: a staff role, or the national portal for online submissions. */
export function roleLabel(role: string, language: Language, t: DossierMessages): string {
  return isRole(role) ? ROLE_LABELS[role][language] : t.portalRole;
}

/** "4 — Đang xử lý": the national status code with its words. */
export function nationalStatusLabel(code: number, t: DossierMessages): string {
  const words = t.nationalStatuses[code];
  return words ? `${code} — ${words}` : String(code);
}

/**
 * A fresh Idempotency-Key. crypto.randomUUID exists only on HTTPS pages; an agency's intranet
 * may serve the UI over plain HTTP, where getRandomValues still works.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
