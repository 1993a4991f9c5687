import { useState, type FormEvent } from 'react';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { escalationHref, type EscalationAnswerItem } from './escalation-api.js';
import './escalations.css';

/** Answers to reuse: resolved escalations searched without regard to diacritics. */
export function AnswersPage() {
  const messages = useMessages();
  const t = messages.escalations;
  const [draft, setDraft] = useState(() => new URLSearchParams(window.location.search).get('q') ?? '');
  const [q, setQ] = useState(draft);
  const result = useResource<{ items: EscalationAnswerItem[] }>(`/api/escalations/answers?q=${encodeURIComponent(q)}`);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQ(draft.trim());
    window.history.replaceState(window.history.state, '', `/vuong-mac/tra-cuu?q=${encodeURIComponent(draft.trim())}`);
  }

  return (
    <>
      <PageTitle>{t.answers.title}</PageTitle>
      <p>{t.answers.intro}</p>
      <form role="search" onSubmit={handleSubmit} className="escalation-filters">
        <FormField label={t.answers.query}>
          {(control) => <input {...control} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />}
        </FormField>
        <button type="submit">{t.answers.search}</button>
      </form>
      <LoadStatus error={result.error} isLoading={result.isLoading && !result.data} />
      {result.data && (
        <div className="escalation-answers" data-testid="answer-results" aria-live="polite">
          {result.data.items.length === 0 && <p>{t.answers.none}</p>}
          {result.data.items.map((a) => (
            <article key={a.id}>
              <h2>
                <Link to={escalationHref(a.id)}>
                  {a.reference} — {a.title}
                </Link>
              </h2>
              <p>
                {t.categories[a.category]}
                {a.procedureCode ? ` · ${t.subjects.procedure(a.procedureCode)}` : ''} · {formatDateTime(a.resolvedAt)}
              </p>
              <p>
                <strong>{t.answers.question}:</strong> {a.question}
              </p>
              <p>
                <strong>{t.answers.answer}:</strong> {a.answer}
              </p>
            </article>
          ))}
        </div>
      )}
    </>
  );
}
