import type { DueDate } from '@motcua/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { fetchDueDate } from './calendar-api.js';
import { describeFailure } from './calendar-errors.js';
import { VIETNAM_OFFSET, vietnamNowLocal } from './calendar-format.js';

type ToolField = 'from' | 'workingDays';

function toolFieldOf(apiField: string): ToolField | undefined {
  if (apiField === 'querystring.from') return 'from';
  if (apiField === 'querystring.workingDays') return 'workingDays';
  return undefined;
}

/** "Tính hạn giải quyết": when a dossier received at a given time is due, on this agency's calendar. */
export function DueDateTool() {
  const t = useMessages();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [receivedAt, setReceivedAt] = useState(vietnamNowLocal);
  const [workingDays, setWorkingDays] = useState('');
  const [result, setResult] = useState<DueDate | null>(null);
  const [errors, setErrors] = useState<Partial<Record<ToolField, string>>>({});
  const [summary, setSummary] = useState('');

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The field holds Vietnam wall-clock time; the API wants an instant, so the offset is added.
    // An empty field is sent empty, and the server's message appears by it.
    const from = receivedAt ? `${receivedAt}${VIETNAM_OFFSET}` : '';
    // People write 0,5 in Vietnamese.
    const days = workingDays.trim().replace(',', '.');
    try {
      setResult(await fetchDueDate(from, days));
      setErrors({});
      setSummary('');
    } catch (error) {
      const failure = describeFailure(error, t.calendar.fixErrors, t.common.networkError, toolFieldOf);
      setResult(null);
      setErrors(failure.fields);
      setSummary(failure.summary);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.calendar.toolHeading}</h2>
      <p>{t.calendar.toolIntro}</p>
      <div role="alert">{summary && <p className="alert alert-error">{summary}</p>}</div>
      <form ref={formRef} className="form-grid" noValidate onSubmit={handleSubmit}>
        <FormField label={t.calendar.receivedAt} error={errors.from}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              name="receivedAt"
              value={receivedAt}
              onChange={(event) => setReceivedAt(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.calendar.workingDays} hint={t.calendar.workingDaysHint} error={errors.workingDays}>
          {(control) => (
            <input
              {...control}
              name="workingDays"
              inputMode="decimal"
              autoComplete="off"
              value={workingDays}
              onChange={(event) => setWorkingDays(event.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button-primary">
            {t.calendar.compute}
          </button>
        </div>
      </form>
      <div role="status">
        {result && (
          <dl className="details" data-testid="due-date-result">
            <dt>{t.calendar.countsFrom}</dt>
            <dd>
              <time dateTime={result.countsFrom}>{formatDateTime(result.countsFrom)}</time>
            </dd>
            <dt>{t.calendar.dueAt}</dt>
            <dd>
              <time dateTime={result.dueAt}>{formatDateTime(result.dueAt)}</time>
            </dd>
          </dl>
        )}
      </div>
    </section>
  );
}
