import { useState, type FormEvent, type ReactNode } from 'react';
import { FormField } from './form-field.js';

export type DateRange = { from: string; to: string };

/** Today in Việt Nam as yyyy-MM-dd, and the first day of its month: the usual default period. */
export function thisMonth(): DateRange {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return { from: `${today.slice(0, 8)}01`, to: today };
}

type Labels = { from: string; to: string; invalidRange: string; show: string };

/**
 * "From – to" dates of a report or a book, applied on submit: the page keeps the range it shows,
 * this form keeps what is being typed, and an end before the start is named on the end field.
 */
export function DateRangeForm({
  value,
  onSubmit,
  labels,
  children,
}: {
  value: DateRange;
  onSubmit: (range: DateRange) => void;
  labels: Labels;
  /** Extra controls after the submit button (an export link…). */
  children?: ReactNode;
}) {
  const [draft, setDraft] = useState(value);
  const isValid = draft.from !== '' && draft.to !== '' && draft.from <= draft.to;
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isValid) onSubmit(draft);
  }
  return (
    <form className="range-form no-print" onSubmit={handleSubmit}>
      <FormField label={labels.from}>
        {(control) => (
          <input
            {...control}
            type="date"
            required
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        )}
      </FormField>
      <FormField label={labels.to} error={isValid || !draft.from || !draft.to ? undefined : labels.invalidRange}>
        {(control) => (
          <input
            {...control}
            type="date"
            required
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        )}
      </FormField>
      <button type="submit" className="button-primary">
        {labels.show}
      </button>
      {children}
    </form>
  );
}
