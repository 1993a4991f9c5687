import type { CounterDashboard as Dashboard } from '@motcua/core';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { LoadStatus } from '../../components/load-status.js';
import { useMessages } from '../../i18n/language.js';
import type { Messages } from '../../i18n/vi.js';
import '../escalations/escalations.css';

type Card = {
  /** The name of the count in GET /api/dashboard/counter. */
  name: string;
  label: (t: Messages) => string;
  /** The queue the card opens. */
  href: string;
  /** A non-zero count asks for attention (shown in the error colour, with its word). */
  isAlert?: boolean;
};

/**
 * The counter's cards, in order; one line per card. Its count comes from the server's
 * COUNTER_CARDS (modules/dashboard/counter-cards.ts) under the same name.
 */
export const COUNTER_CARDS: readonly Card[] = [
  { name: 'receivedToday', label: (t) => t.escalations.dashboard.cards.receivedToday, href: '/so-theo-doi-ho-so' },
  { name: 'onlineQueue', label: (t) => t.escalations.dashboard.cards.onlineQueue, href: '/ho-so?queue=online' },
  { name: 'toTransfer', label: (t) => t.escalations.dashboard.cards.toTransfer, href: '/ho-so?queue=to_transfer' },
  {
    name: 'resultsToReturn',
    label: (t) => t.escalations.dashboard.cards.resultsToReturn,
    href: '/ho-so?queue=to_return',
  },
  { name: 'pickupsToCollect', label: (t) => t.escalations.dashboard.cards.pickupsToCollect, href: '/thu-gom' },
  {
    name: 'handoversToConfirm',
    label: (t) => t.escalations.dashboard.cards.handoversToConfirm,
    href: '/ban-giao',
    isAlert: true,
  },
  {
    name: 'failedDeliveries',
    label: (t) => t.escalations.dashboard.cards.failedDeliveries,
    href: '/giao-khong-thanh-cong',
    isAlert: true,
  },
  {
    name: 'escalationsOpen',
    label: (t) => t.escalations.dashboard.cards.escalationsOpen,
    href: '/vuong-mac?status=open',
  },
  {
    name: 'escalationsOverdue',
    label: (t) => t.escalations.dashboard.cards.escalationsOverdue,
    href: '/vuong-mac?overdue=true',
    isAlert: true,
  },
  {
    name: 'escalationsAnswered',
    label: (t) => t.escalations.dashboard.cards.escalationsAnswered,
    href: '/vuong-mac?status=answered',
  },
];

/** The postal staff's home: one card per named count, each linking to its queue. */
export function CounterDashboard() {
  const t = useMessages();
  const dashboard = useResource<Dashboard>('/api/dashboard/counter');
  const counts = dashboard.data?.counts;
  return (
    <section aria-labelledby="counter-dashboard-heading">
      <h2 id="counter-dashboard-heading">{t.escalations.dashboard.heading}</h2>
      <LoadStatus error={dashboard.error} isLoading={dashboard.isLoading && !counts} />
      {counts && (
        <ul className="dashboard-cards" data-testid="counter-dashboard">
          {COUNTER_CARDS.filter((card) => card.name in counts).map((card) => {
            const n = counts[card.name] ?? 0;
            return (
              <li key={card.name}>
                <Link
                  to={card.href}
                  className={card.isAlert && n > 0 ? 'dashboard-alert' : undefined}
                  data-card={card.name}
                >
                  <span className="dashboard-count">{n.toLocaleString('vi-VN')}</span>
                  {card.label(t)}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
