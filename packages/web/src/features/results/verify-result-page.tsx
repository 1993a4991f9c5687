import type { FileCheckResult, PublicResult } from '@motcua/core';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, postBytes } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import './results.css';

export const VERIFY_PREFIX = '/verify';

/** /verify/:id — the page a result's QR code opens: its details, and a check of a file. */
export function VerifyResultPage({ id }: { id: string | null }) {
  const t = useMessages().results.verify;
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <p className="lead">{t.intro}</p>
      {id ? <ResultDetails key={id} id={id} /> : <p role="alert">{t.notFound}</p>}
    </>
  );
}

function ResultDetails({ id }: { id: string }) {
  const messages = useMessages();
  const t = messages.results.verify;
  const result = useResource<PublicResult>(`/api/public/results/${encodeURIComponent(id)}`);
  if (result.error?.status === 404 || result.error?.status === 400)
    return (
      <p role="alert" className="alert alert-error" data-testid="verify-not-found">
        {t.notFound}
      </p>
    );
  const r = result.data;
  if (!r) return <LoadStatus error={result.error} isLoading={result.isLoading} />;
  return (
    <>
      <dl className="details" data-testid="verify-details">
        <dt>{t.issuer}</dt>
        <dd>{r.issuer}</dd>
        <dt>{t.documentType}</dt>
        <dd>{r.title}</dd>
        <dt>{t.number}</dt>
        <dd data-testid="verify-number">{r.number}</dd>
        <dt>{t.issuedAt}</dt>
        <dd>{formatDateTime(r.issuedAt)}</dd>
        <dt>{t.holder}</dt>
        <dd data-testid="verify-holder">{r.holderName}</dd>
        <dt>{t.procedure}</dt>
        <dd>{r.procedureName}</dd>
        <dt>{t.status}</dt>
        <dd data-testid="verify-status">
          <strong className={`result-status result-status-${r.status}`}>{messages.results.statuses[r.status]}</strong>
        </dd>
        {r.revokeReason && (
          <>
            <dt>{t.revokeReason}</dt>
            <dd>{r.revokeReason}</dd>
          </>
        )}
        {r.supersededBy && (
          <>
            <dt>{t.supersededBy}</dt>
            <dd>
              <a href={`${VERIFY_PREFIX}/${r.supersededBy}`}>{r.supersededBy}</a>
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/public/results/${r.id}/pdf`} download>
          {t.download}
        </a>
      </p>
      <FileCheck id={r.id} />
    </>
  );
}

function FileCheck({ id }: { id: string }) {
  const t = useMessages().results.verify;
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<FileCheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setIsBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await postBytes<FileCheckResult>(`/api/public/results/${id}/check`, file));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="file-check">
      <h2 id={headingId}>{t.checkHeading}</h2>
      <p>{t.checkIntro}</p>
      <form onSubmit={handleSubmit}>
        <FormField label={t.file}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept="application/pdf,.pdf"
              required
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <button type="submit" className="button-primary" disabled={isBusy}>
          {t.check}
        </button>
      </form>
      {error && <ErrorAlert message={error} />}
      {outcome && (
        <p
          role="status"
          className={outcome.match ? 'alert alert-success' : 'alert alert-error'}
          data-testid={outcome.match ? 'check-match' : 'check-mismatch'}
        >
          {outcome.match ? t.match : t.mismatch}
        </p>
      )}
    </section>
  );
}
