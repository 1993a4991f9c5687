import {
  AppError,
  HANDOVER_DIRECTIONS,
  HANDOVER_RULES,
  ROLE_LABELS,
  type HandoverDirection,
  type LocalisedText,
} from '@motcua/core';
import type { Actor } from '../auth/actor.js';

type RecordRow = { direction: HandoverDirection; unit_id: string | null; sender_id: string };

/** The receiver of a record: the role the direction names, and for counter → unit, of that unit. */
export function isReceiver(actor: Actor, record: RecordRow): boolean {
  const rule = HANDOVER_RULES[record.direction];
  if (actor.role !== rule.receiver) return false;
  return record.direction !== 'counter_to_unit' || actor.unitId === record.unit_id;
}

export function requireReceiver(actor: Actor, record: RecordRow): void {
  if (!isReceiver(actor, record)) throw forbidden(NOT_RECEIVER(record.direction));
}

export function requireSender(actor: Actor, record: RecordRow): void {
  if (actor.userId !== record.sender_id) throw forbidden(NOT_SENDER);
}

/**
 * The records a role sees. The courier, who is not Department staff, sees only the exchanges
 * with the post, and of those only their own (`courierSees`); the Department's staff with
 * `handover:read` see every record of the agency.
 */
export function visibleDirections(actor: Actor): HandoverDirection[] {
  if (actor.role === 'courier')
    return HANDOVER_DIRECTIONS.filter(
      (d) => HANDOVER_RULES[d].sender === 'courier' || HANDOVER_RULES[d].receiver === 'courier',
    );
  return [...HANDOVER_DIRECTIONS];
}

/**
 * Of the post's records, a courier sees those they made (post → counter) and those the counter
 * sent to the post that are still open to any courier or that they took (counter → post: the
 * receiver is recorded on confirmation). Least privilege: not another courier's rounds.
 */
export function courierSees(
  actor: Actor,
  record: { direction: HandoverDirection; sender_id: string; receiver_id: string | null },
): boolean {
  if (actor.role !== 'courier') return true;
  if (record.direction === 'post_to_counter') return record.sender_id === actor.userId;
  return record.direction === 'counter_to_post' && (record.receiver_id === null || record.receiver_id === actor.userId);
}

export const forbidden = (message: LocalisedText) => new AppError('FORBIDDEN', [{ field: 'handover', message }]);
export { conflictField as conflict, invalidField as invalid } from '@motcua/core';

const NOT_RECEIVER = (d: HandoverDirection): LocalisedText => {
  const role = ROLE_LABELS[HANDOVER_RULES[d].receiver];
  return {
    vi: `Chỉ bên nhận (${role.vi}${d === 'counter_to_unit' ? ' của phòng nhận' : ''}) mới xác nhận hoặc báo sai lệch.`,
    en: `Only the receiver (${role.en}${d === 'counter_to_unit' ? ' of the receiving unit' : ''}) confirms or flags a discrepancy.`,
  };
};
const NOT_SENDER = {
  vi: 'Chỉ người lập biên bản (bên giao) mới giải quyết sai lệch.',
  en: 'Only the sender who made the record resolves a discrepancy.',
};
