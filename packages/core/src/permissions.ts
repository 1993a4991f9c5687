import type { Role } from './roles.js';

/**
 * Permission names. A route declares exactly one; a role holds a fixed set.
 * Least privilege: each role gets only what its work in DOMAIN.md §3 needs.
 */
export const PERMISSIONS = [
  'agency:read',
  'agency:manage',
  'user:read',
  'user:manage',
  'audit:read',
  'calendar:read',
  'calendar:manage',
  'catalog:read',
  'catalog:manage',
  'dossier:read',
  'dossier:receive',
  'dossier:act',
  'escalation:read',
  'escalation:open',
  'escalation:answer',
  'report:read',
  'result:revoke',
  'result:reissue',
  'handover:read',
  'handover:act',
  'pickup:read',
  'pickup:manage',
  'pickup:collect',
  'remittance:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const EVERY_STAFF: readonly Permission[] = ['agency:read', 'calendar:read', 'catalog:read'];

export const ROLE_PERMISSIONS = {
  administrator: [
    ...EVERY_STAFF,
    'agency:manage',
    'user:read',
    'user:manage',
    'audit:read',
    'calendar:manage',
    'catalog:manage',
  ],
  // Postal staff at the counter raise escalations (vướng mắc) and see the channel figures they produce.
  counter_clerk: [
    ...EVERY_STAFF,
    'dossier:read',
    'dossier:receive',
    'dossier:act',
    'escalation:read',
    'escalation:open',
    'report:read',
    'handover:read',
    'handover:act',
    'pickup:read',
    'pickup:manage',
    'remittance:read',
  ],
  // The courier sees hand-overs and pickups (only their own, see modules/postal) and records collection.
  courier: [...EVERY_STAFF, 'handover:read', 'handover:act', 'pickup:read', 'pickup:collect'],
  specialist: [...EVERY_STAFF, 'dossier:read', 'dossier:act'],
  unit_head: [...EVERY_STAFF, 'user:read', 'dossier:read', 'dossier:act', 'handover:read', 'handover:act'],
  // Revoking or reissuing a signed result is the signer's decision (issue #6).
  leader: [
    ...EVERY_STAFF,
    'user:read',
    'dossier:read',
    'dossier:act',
    'report:read',
    'result:revoke',
    'result:reissue',
  ],
  records_officer: [...EVERY_STAFF, 'dossier:read', 'dossier:act', 'handover:read', 'handover:act'],
  // The focal officer keeps the catalog up to date, answers the counter's escalations and
  // reports (DOMAIN.md §3).
  focal_officer: [
    ...EVERY_STAFF,
    'catalog:manage',
    'dossier:read',
    'escalation:read',
    'escalation:answer',
    'report:read',
  ],
  // Inspectors read everything, including the audit trail, and change nothing.
  inspector: [
    ...EVERY_STAFF,
    'user:read',
    'audit:read',
    'dossier:read',
    'escalation:read',
    'report:read',
    'handover:read',
    'pickup:read',
    'remittance:read',
  ],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
