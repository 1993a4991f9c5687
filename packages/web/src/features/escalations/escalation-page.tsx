import { ESCALATION_MAX_FILES, ROLE_LABELS, isRole, type EscalationMove } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { postJson } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { failureText, readAttachments, type EscalationDetail } from './escalation-api.js';
import './escalations.css';

const MOVE_PATH: Record<EscalationMove, string> = {
  answer: 'answers',
  follow_up: 'messages',
  resolve: 'resolve',
  reopen: 'reopen',
};

/** One escalation: its facts, the thread, the files, and the caller's next moves. */
export function EscalationPage({ id }: { id: string }) {
  const messages = useMessages();
  const language = useLanguage();
  const t = messages.escalations;
  const resource = useResource<EscalationDetail>(`/api/escalations/${id}`);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<FileList | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [error, setError] = useState('');
  const [isSending, setIsSending] = useState(false);
  const e = resource.data;

  async function send(move: EscalationMove) {
    const needsText = move === 'answer' || move === 'follow_up';
    if (needsText && !text.trim()) {
      setError(`${t.detail.message}: ${messages.common.empty}`);
      return;
    }
    if ((files?.length ?? 0) > ESCALATION_MAX_FILES) {
      setError(t.form.tooManyFiles);
      return;
    }
    setIsSending(true);
    setError('');
    try {
      const attachments = await readAttachments(files);
      await postJson(`/api/escalations/${id}/${MOVE_PATH[move]}`, {
        body: text.trim() || t.detail.kinds[move],
        attachments,
      });
      setText('');
      setFiles(null);
      setFileInputKey((k) => k + 1);
      resource.reload();
    } catch (err) {
      setError(failureText(err, messages.common.networkError));
    } finally {
      setIsSending(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send((submitter?.value ?? e?.allowedMoves[0]) as EscalationMove);
  }

  const roleName = (role: string) => (isRole(role) ? ROLE_LABELS[role][language] : role);
  return (
    <>
      <PageTitle>{e ? `${e.reference} — ${e.title}` : t.list.title}</PageTitle>
      <p className="no-print">
        <Link to="/vuong-mac">{t.detail.back}</Link>
      </p>
      <LoadStatus error={resource.error} isLoading={resource.isLoading && !e} />
      {e && (
        <>
          <dl className="details">
            <dt>{t.list.columns.status}</dt>
            <dd data-testid="escalation-status">
              {t.statuses[e.status]}
              {e.isOverdue && <span className="escalation-overdue">{t.list.overdue}</span>}
            </dd>
            <dt>{t.list.columns.subject}</dt>
            <dd>
              {e.subject === 'dossier' ? (
                <>
                  {t.subjects.dossier(e.dossierCode ?? '')}
                  {e.dossierId && (
                    <>
                      {' — '}
                      <Link to={`/ho-so/${e.dossierId}`}>{t.detail.dossierLink}</Link>
                    </>
                  )}
                </>
              ) : (
                t.subjects.procedure(e.procedureCode ?? '')
              )}
              {e.procedureName ? ` · ${e.procedureName}` : ''}
            </dd>
            <dt>{t.list.columns.category}</dt>
            <dd>{t.categories[e.category]}</dd>
            <dt>{t.list.columns.openedAt}</dt>
            <dd>{t.detail.openedBy(e.openedBy, formatDateTime(e.openedAt))}</dd>
            <dt>{t.detail.dueAt}</dt>
            <dd>
              {formatDateTime(e.dueAt)} ({t.detail.slaHours(e.slaHours)})
            </dd>
            {e.answeredAt && (
              <>
                <dt>{t.detail.answeredAt}</dt>
                <dd>{formatDateTime(e.answeredAt)}</dd>
              </>
            )}
            {e.resolvedAt && (
              <>
                <dt>{t.detail.resolvedAt}</dt>
                <dd>{formatDateTime(e.resolvedAt)}</dd>
              </>
            )}
          </dl>
          <h2>{t.detail.thread}</h2>
          <ol className="escalation-thread" data-testid="escalation-thread">
            {e.messages.map((m) => (
              <li key={m.seq} className={m.kind === 'answer' ? 'escalation-answer' : undefined}>
                <strong>{t.detail.kinds[m.kind]}</strong> — {m.authorName} ({roleName(m.authorRole)}),{' '}
                {formatDateTime(m.postedAt)}
                <p>{m.body}</p>
                {e.attachments
                  .filter((a) => a.messageSeq === m.seq)
                  .map((a) => (
                    <p key={a.id}>
                      📎{' '}
                      <a href={`/api/escalations/${e.id}/attachments/${a.id}`} download={a.filename}>
                        {a.filename}
                      </a>{' '}
                      ({Math.ceil(a.sizeBytes / 1024)} KB)
                    </p>
                  ))}
              </li>
            ))}
          </ol>
          {e.allowedMoves.length > 0 && (
            <form className="no-print" onSubmit={handleSubmit}>
              {error && <ErrorAlert message={error} />}
              <FormField label={t.detail.message}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={4}
                    maxLength={10000}
                    value={text}
                    onChange={(ev) => setText(ev.target.value)}
                  />
                )}
              </FormField>
              <FormField label={t.form.attachments}>
                {(control) => (
                  <input
                    {...control}
                    key={fileInputKey}
                    type="file"
                    multiple
                    accept="application/pdf,image/jpeg,image/png"
                    onChange={(ev) => setFiles(ev.target.files)}
                  />
                )}
              </FormField>
              <div className="escalation-filters">
                {e.allowedMoves.map((move) => (
                  <button key={move} type="submit" name="move" value={move} disabled={isSending}>
                    {t.detail.moves[move]}
                  </button>
                ))}
              </div>
            </form>
          )}
        </>
      )}
    </>
  );
}
