import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import type { DossierDetail, StepVerdictView } from './dossier-api.js';
import { TimingBadge } from './timing-badge.js';

const HOUR_MS = 3600_000;

/**
 * Where the dossier stands against its clock beyond the appointment: an apology waiting for the
 * leader, a visit to another agency, and each budgeted step against its budget (DOMAIN.md §7).
 */
export function DossierClock({ dossier }: { dossier: DossierDetail }) {
  const t = useMessages().dossiers.clock;
  const { pendingApology, otherAgency, steps, notifications } = dossier;
  if (!pendingApology && !otherAgency && steps.length === 0 && notifications.length === 0) return null;
  return (
    <section aria-labelledby="dossier-clock-heading">
      <h2 id="dossier-clock-heading">{t.heading}</h2>
      {pendingApology && (
        <div className="alert" data-testid="pending-apology">
          <p>
            <strong>{t.pendingApology}</strong>{' '}
            {t.proposedDate(formatDateTime(pendingApology.newDueAt), pendingApology.draftedByName ?? '')}
          </p>
          <blockquote>{pendingApology.note}</blockquote>
        </div>
      )}
      {otherAgency && (
        <p className="alert" data-testid="other-agency">
          {t.atOtherAgency(otherAgency.agencyName, formatDateTime(otherAgency.sentAt), otherAgency.budgetDays)}
        </p>
      )}
      {notifications.length > 0 && (
        <ul data-testid="notifications">
          {notifications.map((n) => (
            <li key={n.createdAt}>
              {t.notification(n.recipient, t.notificationStatus[n.status], formatDateTime(n.sentAt ?? n.createdAt))}
            </li>
          ))}
        </ul>
      )}
      {steps.length > 0 && (
        <table className="data-table">
          <caption>{t.stepsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.step}</th>
              <th scope="col">{t.columns.budget}</th>
              <th scope="col">{t.columns.used}</th>
              <th scope="col">{t.columns.due}</th>
              <th scope="col">{t.columns.verdict}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <StepRow key={`${step.step}-${step.startedAt}`} step={step} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function StepRow({ step }: { step: StepVerdictView }) {
  const t = useMessages().dossiers.clock;
  const name = step.step === 'other_agency' ? t.otherAgencyStep(step.agencyName ?? '') : t.steps[step.step];
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{step.budgetDays === null ? t.noBudget : t.days(step.budgetDays)}</td>
      <td>{t.hours(Math.round((step.usedMs / HOUR_MS) * 10) / 10)}</td>
      <td>{step.dueAt ? formatDateTime(step.dueAt) : '—'}</td>
      <td>{step.verdict ? <TimingBadge timing={step.verdict} isPaused={false} testId="step-timing-badge" /> : '—'}</td>
    </tr>
  );
}
