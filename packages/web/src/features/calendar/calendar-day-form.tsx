import { CALENDAR_DAY_KINDS, type CalendarDayEntry, type CalendarDayKind } from '@motcua/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';
import { saveCalendarDay } from './calendar-api.js';
import { describeFailure } from './calendar-errors.js';

const DAY_FIELDS = ['date', 'kind', 'name', 'confirmed'] as const;
type DayField = (typeof DAY_FIELDS)[number];

function dayFieldOf(apiField: string): DayField | undefined {
  const name = apiField.replace(/^(body|params)\./, '');
  return DAY_FIELDS.find((field) => field === name);
}

function isKind(value: string): value is CalendarDayKind {
  return (CALENDAR_DAY_KINDS as readonly string[]).includes(value);
}

interface CalendarDayFormProps {
  /** The day being corrected, or null to add one. Remount (key) to switch. */
  editing: CalendarDayEntry | null;
  onSaved: (day: CalendarDayEntry) => void;
  onCancelEdit: () => void;
}

const EMPTY: CalendarDayEntry = { date: '', kind: 'day_off', name: '', confirmed: true };

export function CalendarDayForm({ editing, onSaved, onCancelEdit }: CalendarDayFormProps) {
  const t = useMessages();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const [values, setValues] = useState<CalendarDayEntry>(editing ?? EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<DayField, string>>>({});
  const [summary, setSummary] = useState('');
  const [isSaving, setIsSaving] = useState(false);

  // Editing starts from the row's button: take the user to the first field they can change.
  useEffect(() => {
    if (editing) kindRef.current?.focus();
  }, [editing]);
  // After a refusal, take the user to the first field that needs correcting.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  const update = <K extends keyof CalendarDayEntry>(name: K, value: CalendarDayEntry[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    // The date is part of the address (PUT /api/calendar/days/:date), so it cannot be left to
    // the server to name when it is empty.
    if (!values.date) {
      setFieldErrors({ date: t.calendar.dateRequired });
      setSummary(t.calendar.fixErrors);
      return;
    }
    setIsSaving(true);
    try {
      const day = await saveCalendarDay(values.date, {
        kind: values.kind,
        name: values.name.trim(),
        confirmed: values.confirmed,
      });
      setValues(EMPTY);
      setFieldErrors({});
      setSummary('');
      onSaved(day);
    } catch (error) {
      const failure = describeFailure(error, t.calendar.fixErrors, t.common.networkError, dayFieldOf);
      setFieldErrors(failure.fields);
      setSummary(failure.summary);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{editing ? t.calendar.editHeading(formatDate(editing.date)) : t.calendar.addHeading}</h2>
      <div role="alert">{summary && <p className="alert alert-error">{summary}</p>}</div>
      <form ref={formRef} className="form-grid" noValidate onSubmit={handleSubmit}>
        <FormField label={t.calendar.date} error={fieldErrors.date}>
          {(control) => (
            <input
              {...control}
              type="date"
              name="date"
              required
              readOnly={editing !== null}
              value={values.date}
              onChange={(event) => update('date', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.calendar.kind} hint={t.calendar.kindHint} error={fieldErrors.kind}>
          {(control) => (
            <select
              {...control}
              ref={kindRef}
              name="kind"
              value={values.kind}
              onChange={(event) => {
                if (isKind(event.target.value)) update('kind', event.target.value);
              }}
            >
              {CALENDAR_DAY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t.calendar.kinds[kind]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t.calendar.name} error={fieldErrors.name}>
          {(control) => (
            <input
              {...control}
              name="name"
              autoComplete="off"
              required
              value={values.name}
              onChange={(event) => update('name', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.calendar.confirmed} error={fieldErrors.confirmed}>
          {(control) => (
            <select
              {...control}
              name="confirmed"
              value={values.confirmed ? 'yes' : 'no'}
              onChange={(event) => update('confirmed', event.target.value === 'yes')}
            >
              <option value="yes">{t.calendar.confirmedYes}</option>
              <option value="no">{t.calendar.confirmedNo}</option>
            </select>
          )}
        </FormField>
        <div className="form-actions actions">
          <button type="submit" className="button-primary" aria-disabled={isSaving}>
            {t.calendar.save}
          </button>
          {editing && (
            <button type="button" onClick={onCancelEdit}>
              {t.calendar.cancelEdit}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
