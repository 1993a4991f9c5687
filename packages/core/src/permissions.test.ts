import { describe, expect, it } from 'vitest';
import { hasPermission, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS } from './permissions.js';
import { isRole, ROLE_LABELS, ROLES } from './roles.js';

describe('roles and permissions', () => {
  it('gives every staff role the reading it needs for daily work', () => {
    for (const role of ROLES) {
      expect(hasPermission(role, 'agency:read'), role).toBe(true);
      expect(hasPermission(role, 'calendar:read'), role).toBe(true);
    }
  });

  it('keeps user management and the calendar with the administrator alone', () => {
    for (const permission of ['user:manage', 'agency:manage', 'calendar:manage'] as const) {
      expect(ROLES.filter((r) => hasPermission(r, permission))).toEqual(['administrator']);
    }
  });

  it('lets the focal officer and the administrator, and nobody else, change the catalog', () => {
    expect(ROLES.filter((r) => hasPermission(r, 'catalog:manage'))).toEqual(['administrator', 'focal_officer']);
  });

  it('lets the inspector read the audit trail but change nothing', () => {
    expect(hasPermission('inspector', 'audit:read')).toBe(true);
    expect(permissionsOf('inspector').filter((p) => p.endsWith(':manage'))).toEqual([]);
  });

  it('does not let counter clerks or couriers read the audit trail or user list', () => {
    for (const role of ['counter_clerk', 'courier'] as const) {
      expect(hasPermission(role, 'audit:read')).toBe(false);
      expect(hasPermission(role, 'user:read')).toBe(false);
    }
  });

  it('lets the counter open escalations, the focal officer alone answer them, and nobody else write', () => {
    expect(ROLES.filter((r) => hasPermission(r, 'escalation:open'))).toEqual(['counter_clerk']);
    expect(ROLES.filter((r) => hasPermission(r, 'escalation:answer'))).toEqual(['focal_officer']);
    expect(ROLES.filter((r) => hasPermission(r, 'escalation:read'))).toEqual([
      'counter_clerk',
      'focal_officer',
      'inspector',
    ]);
    expect(ROLES.filter((r) => hasPermission(r, 'report:read'))).toEqual([
      'counter_clerk',
      'leader',
      'focal_officer',
      'inspector',
    ]);
  });

  it('uses only declared permission names, each held by someone', () => {
    const held = new Set(Object.values(ROLE_PERMISSIONS).flat());
    for (const p of held) expect(PERMISSIONS).toContain(p);
    for (const p of PERMISSIONS) expect(held.has(p), p).toBe(true);
  });

  it('labels every role in Vietnamese and English and recognises role names', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].vi.length).toBeGreaterThan(0);
      expect(ROLE_LABELS[role].en.length).toBeGreaterThan(0);
      expect(isRole(role)).toBe(true);
    }
    expect(isRole('superuser')).toBe(false);
  });
});
