import type { Me, Permission } from '@motcua/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { LoadStatus } from '../components/load-status.js';
import { AgencyPage } from '../features/agency/agency-page.js';
import { AuditPage } from '../features/audit/audit-page.js';
import { CatalogPage } from '../features/catalog/catalog-page.js';
import { DecisionPage } from '../features/catalog/decision-page.js';
import { DecisionsPage } from '../features/catalog/decisions-page.js';
import { FidelityPage } from '../features/catalog/fidelity-page.js';
import { StaffProcedurePage } from '../features/catalog/staff-procedure-page.js';
import { CalendarPage } from '../features/calendar/calendar-page.js';
import { HomePage } from '../features/home/home-page.js';
import { ResultsPage } from '../features/results/results-page.js';
import { SigningPage } from '../features/results/signing-page.js';
import { UsersPage } from '../features/users/users-page.js';
import { FailedDeliveriesPage } from '../features/postal/failed-deliveries-page.js';
import type { Messages } from '../i18n/vi.js';

/*
 * The dossier screens are the largest part of the UI and only staff who handle dossiers need
 * them: they load on first use, in their own chunk.
 */
const dossierPages = () => import('../features/dossiers/dossier-pages.js');
const DossierPage = lazy(() => dossierPages().then((m) => ({ default: m.DossierPage })));
const DossiersPage = lazy(() => dossierPages().then((m) => ({ default: m.DossiersPage })));
const ReceptionPage = lazy(() => dossierPages().then((m) => ({ default: m.ReceptionPage })));
const TrackingBookPage = lazy(() => dossierPages().then((m) => ({ default: m.TrackingBookPage })));

const escalationPages = () => import('../features/escalations/escalation-pages.js');
const EscalationsPage = lazy(() => escalationPages().then((m) => ({ default: m.EscalationsPage })));
const EscalationPage = lazy(() => escalationPages().then((m) => ({ default: m.EscalationPage })));
const NewEscalationPage = lazy(() => escalationPages().then((m) => ({ default: m.NewEscalationPage })));
const AnswersPage = lazy(() => escalationPages().then((m) => ({ default: m.AnswersPage })));
const ChannelFiguresPage = lazy(() =>
  import('../features/reports/channel-figures-page.js').then((m) => ({ default: m.ChannelFiguresPage })),
);
const postalPages = () => import('../features/postal/postal-pages.js');
const HandoversPage = lazy(() => postalPages().then((m) => ({ default: m.HandoversPage })));
const HandoverPage = lazy(() => postalPages().then((m) => ({ default: m.HandoverPage })));
const PickupsPage = lazy(() => postalPages().then((m) => ({ default: m.PickupsPage })));
const PickupPage = lazy(() => postalPages().then((m) => ({ default: m.PickupPage })));
const RemittancePage = lazy(() => postalPages().then((m) => ({ default: m.RemittancePage })));

/** A lazily loaded page: "Loading…" until its chunk has arrived. */
function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadStatus error={undefined} isLoading />}>{children}</Suspense>;
}

/** The values of a path's `:name` segments, e.g. { id: '…' } for /decisions/:id. */
export type RouteParams = Readonly<Record<string, string>>;

export interface AppRoute {
  /** Exact path, or a pattern with `:name` segments. */
  path: string;
  label: (t: Messages) => string;
  /** Needed to see the menu entry and the page; null: every signed-in user. */
  permission: Permission | null;
  /** false: a page reached through links (a record), not listed in the menu. */
  isInMenu?: boolean;
  render: (me: Me, params: RouteParams) => ReactNode;
}

const canManageCatalog = (me: Me) => me.permissions.includes('catalog:manage');

/** One table drives both the menu and the page shown, so they cannot disagree. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    label: (t) => t.nav.home,
    permission: null,
    render: (me) => <HomePage me={me} />,
  },
  // The dossier pages come first in the menu: they are the daily work of most roles.
  {
    path: '/tiep-nhan-ho-so',
    label: (t) => t.dossiers.nav.reception,
    permission: 'dossier:receive',
    render: (me) => (
      <Lazy>
        <ReceptionPage me={me} />
      </Lazy>
    ),
  },
  {
    path: '/ho-so',
    label: (t) => t.dossiers.nav.dossiers,
    permission: 'dossier:read',
    render: (me) => (
      <Lazy>
        <DossiersPage me={me} />
      </Lazy>
    ),
  },
  {
    path: '/ho-so/:id',
    label: (t) => t.dossiers.nav.dossiers,
    permission: 'dossier:read',
    isInMenu: false,
    render: (me, params) => (
      <Lazy>
        <DossierPage key={params.id} id={params.id ?? ''} me={me} />
      </Lazy>
    ),
  },
  {
    path: '/so-theo-doi-ho-so',
    label: (t) => t.dossiers.nav.trackingBook,
    permission: 'dossier:read',
    render: () => (
      <Lazy>
        <TrackingBookPage />
      </Lazy>
    ),
  },
  // The postal channel at the counter (docs/POSTAL.md).
  {
    path: '/ket-qua',
    label: (t) => t.results.nav.results,
    permission: 'dossier:read',
    render: (me) => <ResultsPage me={me} />,
  },
  {
    path: '/ban-giao',
    label: (t) => t.postalCounter.nav.handovers,
    permission: 'handover:read',
    render: (me) => (
      <Lazy>
        <HandoversPage me={me} />
      </Lazy>
    ),
  },
  {
    path: '/ban-giao/:id',
    label: (t) => t.postalCounter.nav.handovers,
    permission: 'handover:read',
    isInMenu: false,
    render: (_, params) => (
      <Lazy>
        <HandoverPage key={params.id} id={params.id ?? ''} />
      </Lazy>
    ),
  },
  {
    path: '/thu-gom',
    label: (t) => t.postalCounter.nav.pickups,
    permission: 'pickup:read',
    render: (me) => (
      <Lazy>
        <PickupsPage me={me} />
      </Lazy>
    ),
  },
  {
    path: '/thu-gom/:id',
    label: (t) => t.postalCounter.nav.pickups,
    permission: 'pickup:read',
    isInMenu: false,
    render: (me, params) => (
      <Lazy>
        <PickupPage key={params.id} id={params.id ?? ''} me={me} />
      </Lazy>
    ),
  },
  {
    path: '/doi-soat',
    label: (t) => t.postalCounter.nav.remittance,
    permission: 'remittance:read',
    render: () => (
      <Lazy>
        <RemittancePage />
      </Lazy>
    ),
  },
  {
    path: '/giao-khong-thanh-cong',
    label: (t) => t.postal.nav.failed,
    permission: 'dossier:receive',
    render: () => <FailedDeliveriesPage />,
  },
  // Escalations (vướng mắc) between the counter and the focal officer; the fixed paths come
  // before '/vuong-mac/:id' so they are not read as an id.
  {
    path: '/vuong-mac',
    label: (t) => t.escalations.nav.escalations,
    permission: 'escalation:read',
    render: (me) => (
      <Lazy>
        <EscalationsPage me={me} />
      </Lazy>
    ),
  },
  {
    path: '/vuong-mac/moi',
    label: (t) => t.escalations.list.newEscalation,
    permission: 'escalation:open',
    isInMenu: false,
    render: () => (
      <Lazy>
        <NewEscalationPage />
      </Lazy>
    ),
  },
  {
    path: '/vuong-mac/tra-cuu',
    label: (t) => t.escalations.list.searchAnswers,
    permission: 'escalation:read',
    isInMenu: false,
    render: () => (
      <Lazy>
        <AnswersPage />
      </Lazy>
    ),
  },
  {
    path: '/vuong-mac/:id',
    label: (t) => t.escalations.nav.escalations,
    permission: 'escalation:read',
    isInMenu: false,
    render: (_, params) => (
      <Lazy>
        <EscalationPage key={params.id} id={params.id ?? ''} />
      </Lazy>
    ),
  },
  {
    path: '/bao-cao/theo-kenh',
    label: (t) => t.escalations.nav.channelFigures,
    permission: 'report:read',
    render: () => (
      <Lazy>
        <ChannelFiguresPage />
      </Lazy>
    ),
  },
  {
    path: '/ky-so',
    label: (t) => t.results.nav.signing,
    permission: 'agency:manage',
    render: () => <SigningPage />,
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
    path: '/procedures',
    label: (t) => t.catalog.nav.procedures,
    permission: 'catalog:read',
    render: (me) => <CatalogPage me={me} />,
  },
  {
    path: '/procedures/:code',
    label: (t) => t.catalog.nav.procedures,
    permission: 'catalog:read',
    isInMenu: false,
    render: (_, params) => <StaffProcedurePage key={params.code} code={params.code ?? ''} />,
  },
  {
    path: '/decisions',
    label: (t) => t.catalog.nav.decisions,
    permission: 'catalog:read',
    render: (me) => <DecisionsPage canManage={canManageCatalog(me)} />,
  },
  {
    path: '/decisions/:id',
    label: (t) => t.catalog.nav.decisions,
    permission: 'catalog:read',
    isInMenu: false,
    render: (me, params) => <DecisionPage key={params.id} id={params.id ?? ''} canManage={canManageCatalog(me)} />,
  },
  {
    path: '/fidelity',
    label: (t) => t.catalog.nav.fidelity,
    permission: 'catalog:read',
    render: () => <FidelityPage />,
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

/** The route for a path and the values of its `:name` segments; undefined when none matches. */
export function matchRoute(path: string): { route: AppRoute; params: RouteParams } | undefined {
  const segments = path.split('/');
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const isMatch = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (!part.startsWith(':')) return part === segment;
      params[part.slice(1)] = safeDecode(segment);
      return segment !== '';
    });
    if (isMatch) return { route, params };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed address then finds no record, like any unknown one
  }
}
