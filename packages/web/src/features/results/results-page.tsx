import type { Me, ResultDocument, ResultDocumentList } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { ApiError, postJson } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import './results.css';

const PAGE_SIZE = 50;

/** The records office's register of issued results; the leader revokes from here. */
export function ResultsPage({ me }: { me: Me }) {
  const messages = useMessages();
  const t = messages.results.list;
  const [page, setPage] = useState(1);
  const [revoking, setRevoking] = useState<ResultDocument | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useResource<ResultDocumentList>(`/api/results?page=${page}&pageSize=${PAGE_SIZE}`);
  const canRevoke = me.permissions.includes('result:revoke');
  const canReissue = me.permissions.includes('result:reissue');
  const [error, setError] = useState<string | null>(null);

  async function reissue(r: ResultDocument) {
    setError(null);
    try {
      const fresh = await postJson<ResultDocument>(`/api/results/${r.id}/reissue`, undefined);
      setNotice(t.reissued(r.number, fresh.number));
      list.reload();
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].join(' ') : String(e));
    }
  }
  const columns: Column<ResultDocument>[] = [
    { header: t.number, cell: (r) => <strong>{r.number}</strong> },
    { header: t.title_, cell: (r) => r.title },
    { header: t.holder, cell: (r) => r.holderName },
    { header: t.dossier, cell: (r) => <a href={`/ho-so/${r.dossierId}`}>{r.dossierCode}</a> },
    { header: t.issuedAt, cell: (r) => formatDateTime(r.issuedAt) },
    {
      header: t.status,
      cell: (r) => (
        <span className={`result-status result-status-${r.status}`}>{messages.results.statuses[r.status]}</span>
      ),
    },
    {
      header: t.actions,
      cell: (r) => (
        <>
          <a href={`/api/results/${r.id}/pdf`} download>
            {t.download}
          </a>{' '}
          · <a href={`/verify/${r.id}`}>{t.verify}</a>
          {canReissue && r.status === 'valid' && (
            <>
              {' '}
              ·{' '}
              <button type="button" className="results-link-button" onClick={() => void reissue(r)}>
                {t.reissue}
              </button>
            </>
          )}
          {canRevoke && r.status === 'valid' && (
            <>
              {' '}
              ·{' '}
              <button type="button" className="results-link-button" onClick={() => setRevoking(r)}>
                {t.revoke}
              </button>
            </>
          )}
        </>
      ),
    },
  ];
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <p className="lead">{t.intro}</p>
      {notice && (
        <p role="status" className="alert alert-success">
          {notice}
        </p>
      )}
      {error && <ErrorAlert message={error} />}
      {revoking && (
        <RevokeForm
          result={revoking}
          onDone={(message) => {
            setRevoking(null);
            setNotice(message);
            list.reload();
          }}
          onCancel={() => setRevoking(null)}
        />
      )}
      <LoadStatus error={list.error} isLoading={list.isLoading && !list.data} />
      {list.data && (
        <>
          <DataTable caption={t.caption} columns={columns} rows={list.data.items} rowKey={(r) => r.id} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPageChange={setPage} />
        </>
      )}
    </>
  );
}

function RevokeForm(props: { result: ResultDocument; onDone: (message: string) => void; onCancel: () => void }) {
  const messages = useMessages();
  const t = messages.results.list;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await postJson(`/api/results/${props.result.id}/revoke`, { reason });
      props.onDone(t.revoked(props.result.number));
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].join(' ') : String(e));
    }
  }
  return (
    <form className="panel" onSubmit={handleSubmit}>
      <h2>{t.revokeHeading(props.result.number)}</h2>
      <FormField label={t.revokeReason} hint={t.revokeHint}>
        {(control) => (
          <textarea {...control} required minLength={5} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      {error && <ErrorAlert message={error} />}
      <button type="submit" className="button-primary">
        {t.revokeSubmit}
      </button>{' '}
      <button type="button" onClick={props.onCancel}>
        {messages.common.cancel}
      </button>
    </form>
  );
}
