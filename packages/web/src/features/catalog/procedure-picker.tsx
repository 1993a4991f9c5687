import type { ProcedureSummary } from '@motcua/core';
import { useEffect, useId, useState } from 'react';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { useMessages } from '../../i18n/language.js';

const PICKER_SIZE = 8;

interface ProcedurePickerProps {
  onPick: (procedure: ProcedureSummary) => void;
}

/** Finds a procedure in force by name or code and hands it back. */
export function ProcedurePicker({ onPick }: ProcedurePickerProps) {
  const t = useMessages().catalog;
  const headingId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const params = new URLSearchParams({ page: '1', pageSize: String(PICKER_SIZE) });
  if (query) params.set('q', query);
  const results = useResource<PageOf<ProcedureSummary>>(`/api/catalog/procedures?${params.toString()}`);
  return (
    <section aria-labelledby={headingId} data-testid="procedure-picker">
      <h3 id={headingId}>{t.addChange.pickHeading}</h3>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(text.trim());
        }}
      >
        <FormField label={t.search.label} hint={t.search.hint}>
          {(control) => (
            <input
              {...control}
              type="search"
              autoComplete="off"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </FormField>
      </form>
      <LoadStatus error={results.error} isLoading={results.isLoading && !results.data} />
      {results.data && (
        <>
          <p role="status">{t.search.resultCount(results.data.total)}</p>
          <ul className="picker-list">
            {results.data.items.map((item) => (
              <li key={item.code}>
                <span>
                  <strong>{item.code}</strong> — {item.name}
                </span>
                <button type="button" aria-label={t.addChange.pickLabel(item.name)} onClick={() => onPick(item)}>
                  {t.addChange.pick}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
