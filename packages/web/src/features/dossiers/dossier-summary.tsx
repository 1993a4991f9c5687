import { maskCitizenId } from '@motcua/core';
import { useState } from 'react';
import { useMessages } from '../../i18n/language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import type { DossierDetail } from './dossier-api.js';
import { nationalStatusLabel, stateLabel } from './dossier-format.js';
import { TimingBadge } from './timing-badge.js';

/** Where the dossier stands: code, procedure, status, dates, who holds it. */
export function DossierFacts({ dossier }: { dossier: DossierDetail }) {
  const messages = useMessages();
  const t = messages.dossiers;
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : messages.common.empty);
  return (
    <dl className="details">
      <dt>{t.fields.code}</dt>
      <dd data-testid="dossier-code">{dossier.code ?? t.fields.noCode}</dd>
      <dt>{t.fields.procedure}</dt>
      <dd>
        {dossier.procedureCode} — {dossier.procedureName}
      </dd>
      <dt>{t.fields.state}</dt>
      <dd data-testid="dossier-state">{stateLabel(dossier.state, t)}</dd>
      <dt>{t.fields.nationalStatus}</dt>
      <dd data-testid="national-status">{nationalStatusLabel(dossier.nationalStatus, t)}</dd>
      <dt>{t.fields.receivedAt}</dt>
      <dd>{when(dossier.receivedAt)}</dd>
      <dt>{t.fields.dueAt}</dt>
      <dd data-testid="appointment">
        {dossier.isPaused && !dossier.finishedAt ? t.fields.pausedDue : when(dossier.dueAt)}
      </dd>
      <dt>{t.fields.timing}</dt>
      <dd>
        <TimingBadge timing={dossier.timing} isPaused={dossier.isPaused} />
        {!dossier.timing && !dossier.isPaused && messages.common.empty}
      </dd>
      <dt>{t.fields.assignee}</dt>
      <dd data-testid="assignee">{dossier.assigneeName ?? messages.common.empty}</dd>
      <dt>{t.fields.returnMethod}</dt>
      <dd>
        {t.returnMethods[dossier.returnMethod]}
        {dossier.returnAddress ? `: ${dossier.returnAddress}` : ''}
      </dd>
      {dossier.finishedAt && (
        <>
          <dt>{t.fields.finishedAt}</dt>
          <dd>{formatDateTime(dossier.finishedAt)}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * The applicant's personal data (Decree 13/2023): the ID number is masked until the reader asks
 * to see it, so it is not left on screen for anyone passing the counter.
 */
export function ApplicantFacts({ dossier }: { dossier: DossierDetail }) {
  const messages = useMessages();
  const t = messages.dossiers;
  const r = t.reception;
  const [isIdShown, setIsIdShown] = useState(false);
  const a = dossier.applicant;
  return (
    <dl className="details">
      <dt>{a.kind === 'person' ? r.personName : r.organisationName}</dt>
      <dd>{a.name}</dd>
      {a.kind === 'person' ? (
        <>
          <dt>{r.citizenId}</dt>
          <dd>
            <span data-testid="citizen-id">{isIdShown ? a.citizenId : maskCitizenId(a.citizenId)}</span>{' '}
            <button
              type="button"
              className="button-small no-print"
              aria-pressed={isIdShown}
              onClick={() => setIsIdShown((shown) => !shown)}
            >
              {t.detail.showId}
              <span className="visually-hidden"> {r.citizenId.toLowerCase()}</span>
            </button>
          </dd>
          <dt>{r.dateOfBirth}</dt>
          <dd>{formatDate(a.dateOfBirth)}</dd>
        </>
      ) : (
        <>
          <dt>{r.taxCode}</dt>
          <dd>{a.taxCode}</dd>
          <dt>{r.representative}</dt>
          <dd>{a.representative}</dd>
        </>
      )}
      <dt>{r.phone}</dt>
      <dd>{a.phone}</dd>
      {a.email && (
        <>
          <dt>{messages.dossiers.receipt.email}</dt>
          <dd>{a.email}</dd>
        </>
      )}
      <dt>{r.address}</dt>
      <dd>{a.address}</dd>
    </dl>
  );
}
