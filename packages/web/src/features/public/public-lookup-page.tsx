import { useId, useState, type FormEvent } from 'react';
import { useResource } from '../../api/use-resource.js';
import { navigate } from '../../app/router.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import type { PublicDossier } from '../dossiers/dossier-api.js';
import { PublicParcel } from '../postal/public-parcel.js';
import '../dossiers/dossiers.css';

export const LOOKUP_PREFIX = '/tra-cuu-ho-so';

/** /tra-cuu-ho-so[/:code]: anyone holding a receipt follows the dossier by its code. */
export function PublicLookupPage({ code }: { code: string | null }) {
  const t = useMessages().dossiers.lookup;
  const [text, setText] = useState(code ?? '');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = text.trim();
    if (wanted) navigate(`${LOOKUP_PREFIX}/${encodeURIComponent(wanted)}`);
  }

  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <p className="lead">{t.intro}</p>
      <form role="search" className="lookup-form" onSubmit={handleSubmit}>
        <FormField label={t.codeLabel} hint={t.codeHint}>
          {(control) => (
            <input
              {...control}
              type="search"
              required
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button-primary">
          {t.submit}
        </button>
      </form>
      {code && <LookupResult key={code} code={code} />}
    </>
  );
}

function LookupResult({ code }: { code: string }) {
  const messages = useMessages();
  const language = useLanguage();
  const t = messages.dossiers.lookup;
  const headingId = useId();
  const result = useResource<PublicDossier>(`/api/public/dossiers/${encodeURIComponent(code)}`);
  // A code too short to be valid (400) is as unknown as one never issued (404).
  if (result.error?.status === 404 || result.error?.status === 400) {
    return (
      <div role="alert" className="alert alert-error" data-testid="lookup-not-found">
        <p>
          <strong>{t.notFound}</strong>
        </p>
        <p>{t.notFoundHint}</p>
      </div>
    );
  }
  const dossier = result.data;
  if (!dossier) return <LoadStatus error={result.error} isLoading={result.isLoading} />;
  // The server words the status in Vietnamese; other languages word the national code themselves.
  const status =
    language === 'vi' ? dossier.statusText : (messages.dossiers.nationalStatuses[dossier.nationalStatus] ?? '');
  const due =
    dossier.isPaused && !dossier.finishedAt ? t.paused : dossier.dueAt ? formatDateTime(dossier.dueAt) : t.notYet;
  return (
    <section aria-labelledby={headingId} className="lookup-result" data-testid="lookup-result">
      <h2 id={headingId}>{t.resultHeading(dossier.code)}</h2>
      <dl className="details">
        <dt>{t.procedure}</dt>
        <dd>
          {dossier.procedure.code} — {dossier.procedure.name}
        </dd>
        <dt>{t.applicant}</dt>
        <dd data-testid="lookup-applicant">{dossier.applicantName}</dd>
        <dt>{t.status}</dt>
        <dd data-testid="lookup-status">
          <strong>{status}</strong>
        </dd>
        <dt>{t.receivedAt}</dt>
        <dd>{dossier.receivedAt ? formatDateTime(dossier.receivedAt) : t.notYet}</dd>
        <dt>{t.dueAt}</dt>
        <dd data-testid="lookup-appointment">{due}</dd>
        {dossier.finishedAt && (
          <>
            <dt>{t.finishedAt}</dt>
            <dd>{formatDateTime(dossier.finishedAt)}</dd>
          </>
        )}
      </dl>
      {dossier.parcel && <PublicParcel parcel={dossier.parcel} />}
      <h3>{t.timelineHeading}</h3>
      <ol className="timeline" data-testid="lookup-timeline">
        {dossier.timeline.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {entry.step}
            {entry.newDueAt && <p>{t.newAppointment(formatDateTime(entry.newDueAt))}</p>}
            {entry.note && <blockquote>{entry.note}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
