import type { Me, Permission } from '@motcua/core';
import type { ReactNode } from 'react';
import { AgencyPage } from '../features/agency/agency-page.js';
import { AuditPage } from '../features/audit/audit-page.js';
import { CalendarPage } from '../features/calendar/calendar-page.js';
import { HomePage } from '../features/home/home-page.js';
import { UsersPage } from '../features/users/users-page.js';
import type { Messages } from '../i18n/vi.js';

export interface AppRoute {
  path: string;
  label: (t: Messages) => string;
  /** Needed to see the menu entry and the page; null: every signed-in user. */
  permission: Permission | null;
  render: (me: Me) => ReactNode;
}

/** One table drives both the menu and the page shown, so they cannot disagree. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    label: (t) => t.nav.home,
    permission: null,
    render: (me) => <HomePage me={me} />,
  },
  {
    path: '/agency',
    label: (t) => t.nav.agency,
    permission: 'agency:read',
    render: () => <AgencyPage />,
  },
  {
    path: '/calendar',
    label: (t) => t.nav.calendar,
    permission: 'calendar:read',
    render: (me) => <CalendarPage canManage={me.permissions.includes('calendar:manage')} />,
  },
  {
    path: '/users',
    label: (t) => t.nav.users,
    permission: 'user:read',
    render: (me) => <UsersPage canManage={me.permissions.includes('user:manage')} />,
  },
  {
    path: '/audit',
    label: (t) => t.nav.audit,
    permission: 'audit:read',
    render: () => <AuditPage />,
  },
];

export function isAllowed(route: AppRoute, me: Me): boolean {
  return route.permission === null || me.permissions.includes(route.permission);
}
