import type { ProcedureDetail, VersionSummary } from '@motcua/core';
import { useId, type ReactNode } from 'react';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import type { PublicProcedure } from './catalog-api.js';
import { formatAppointment, formatInstantDate } from './catalog-format.js';
import {
  ChannelBadges,
  DocumentsTable,
  FeesSection,
  HistoryTable,
  ProcessingTimeText,
  TextList,
} from './procedure-sections.js';
import './catalog.css';

interface ProcedureDetailViewProps {
  detail: ProcedureDetail & Partial<Pick<PublicProcedure, 'agency' | 'expectedAppointment'>>;
  /** Names the processing unit when the reader may see the agency's units (staff). */
  unitName?: (code: string) => string | undefined;
  decisionHref?: (version: VersionSummary) => string;
  /** Links above the title, e.g. back to the search. */
  navigation?: ReactNode;
}

/** Every published field of a procedure, in the order of the national procedure sheet. */
export function ProcedureDetailView({ detail, unitName, decisionHref, navigation }: ProcedureDetailViewProps) {
  const messages = useMessages();
  const t = messages.catalog.procedure;
  const p = detail.content;
  const upcoming = detail.versions.find((v) => v.versionNo > detail.versionNo);
  const unit = p.implementingUnitCode ? (unitName?.(p.implementingUnitCode) ?? p.implementingUnitCode) : null;
  return (
    <article className="procedure-detail">
      {navigation}
      <div className="toolbar">
        <PageTitle>{p.name}</PageTitle>
        <PrintButton />
      </div>
      <p>
        <span className={`badge status-${detail.status}`} data-testid="procedure-status">
          {t.statuses[detail.status]}
        </span>
      </p>
      {upcoming && (
        <p className="alert" data-testid="upcoming-version">
          {t.upcoming(formatInstantDate(upcoming.effectiveFrom), upcoming.decision.number)}
        </p>
      )}
      {detail.expectedAppointment && <AppointmentBox appointment={detail.expectedAppointment} />}
      <dl className="details procedure-facts">
        <dt>{t.code}</dt>
        <dd data-testid="procedure-code">{p.code}</dd>
        <dt>{t.field}</dt>
        <dd>{p.field}</dd>
        <dt>{t.level}</dt>
        <dd>{t.levels[p.level]}</dd>
        <dt>{t.agency}</dt>
        <dd>{p.implementingAgency}</dd>
        {unit && (
          <>
            <dt>{t.unit}</dt>
            <dd>{unit}</dd>
          </>
        )}
        <dt>{t.applicantTypes}</dt>
        <dd>{p.applicantTypes.map((a) => t.applicants[a]).join(', ')}</dd>
        <dt>{t.dossierSets}</dt>
        <dd>{t.dossierSetsValue(p.dossierSets)}</dd>
      </dl>
      <Section title={t.channels}>
        <ChannelBadges channels={p.channels} />
      </Section>
      <Section title={t.documents}>
        {p.documents.length === 0 ? <p>{t.none}</p> : <DocumentsTable documents={p.documents} />}
      </Section>
      <Section title={t.processingTime}>
        <ProcessingTimeText time={p.processingTime} />
      </Section>
      <Section title={t.fees}>
        <FeesSection fees={p.fees} />
      </Section>
      <Section title={t.result}>
        <p>{p.result}</p>
      </Section>
      <Section title={t.conditions}>
        <p className="preserve-lines">{p.conditions ?? t.none}</p>
      </Section>
      <Section title={t.steps}>
        <TextList items={p.steps} isOrdered />
      </Section>
      <Section title={t.legalBasis}>
        <TextList items={p.legalBasis} />
      </Section>
      <Section title={t.recourse} className="recourse" testId="recourse">
        <p className="preserve-lines">{p.recourse ?? t.notStated}</p>
      </Section>
      <Section title={t.history}>
        <HistoryTable detail={detail} decisionHref={decisionHref} />
      </Section>
    </article>
  );
}

function AppointmentBox({ appointment }: { appointment: NonNullable<PublicProcedure['expectedAppointment']> }) {
  const t = useMessages().catalog.procedure;
  return (
    <div className="appointment-box" data-testid="expected-appointment">
      <p className="appointment-due">{t.appointment(formatAppointment(appointment.dueAt))}</p>
      {appointment.countsFrom !== appointment.receivedAt && (
        <p>{t.appointmentCountsFrom(formatAppointment(appointment.countsFrom))}</p>
      )}
      <p className="appointment-note">{t.appointmentNote}</p>
    </div>
  );
}

interface SectionProps {
  title: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}

function Section({ title, children, className, testId }: SectionProps) {
  const id = useId();
  return (
    <section
      className={['procedure-section', className].filter(Boolean).join(' ')}
      aria-labelledby={id}
      data-testid={testId}
    >
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
