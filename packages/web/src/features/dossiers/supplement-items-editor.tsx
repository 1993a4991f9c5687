import { SUPPLEMENT_REASONS } from '@motcua/core';
import { useId } from 'react';
import { useMessages } from '../../i18n/language.js';
import type { SupplementItem, SupplementReason } from './dossier-api.js';

/** An item of a supplement request being drafted; unticked rows are left out of the request. */
export interface SupplementRow extends SupplementItem {
  isIncluded: boolean;
}

export function includedItems(rows: readonly SupplementRow[]): SupplementItem[] {
  return rows
    .filter((row) => row.isIncluded && row.name.trim())
    .map(({ ord, name, reason, note }) => ({ ord, name: name.trim(), reason, note: note.trim() }));
}

interface SupplementItemsEditorProps {
  rows: readonly SupplementRow[];
  onChange: (rows: SupplementRow[]) => void;
  error?: string;
}

/**
 * Everything the applicant must supplement, in one list (Decree 118: one request, listing all):
 * checklist items with a reason each, and free items for anything else.
 */
export function SupplementItemsEditor({ rows, onChange, error }: SupplementItemsEditorProps) {
  const t = useMessages().dossiers;
  const id = useId();
  const update = (index: number, change: Partial<SupplementRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const nameOf = (row: SupplementRow, index: number) => row.name || t.slip.item(index + 1);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="supplement-items">
          <caption id={`${id}-caption`}>{t.slip.itemsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.slip.columns.no}</th>
              <th scope="col">{t.slip.columns.name}</th>
              <th scope="col">{t.slip.columns.reason}</th>
              <th scope="col">{t.slip.columns.note}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} data-testid="supplement-row">
                <td>
                  <input
                    type="checkbox"
                    className="checkbox"
                    aria-label={t.slip.includeLabel(nameOf(row, index))}
                    checked={row.isIncluded}
                    onChange={(event) => update(index, { isIncluded: event.target.checked })}
                  />{' '}
                  {index + 1}
                </td>
                <td>
                  {row.ord === null ? (
                    <input
                      type="text"
                      aria-label={t.slip.itemName}
                      value={row.name}
                      onChange={(event) => update(index, { name: event.target.value })}
                    />
                  ) : (
                    row.name
                  )}
                </td>
                <td>
                  <select
                    aria-label={t.slip.reasonLabel(nameOf(row, index))}
                    value={row.reason}
                    onChange={(event) => update(index, { reason: event.target.value as SupplementReason })}
                  >
                    {SUPPLEMENT_REASONS.map((reason) => (
                      <option key={reason} value={reason}>
                        {t.supplementReasons[reason]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={t.slip.noteLabel(nameOf(row, index))}
                    value={row.note}
                    onChange={(event) => update(index, { note: event.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() => onChange([...rows, { ord: null, name: '', reason: 'other', note: '', isIncluded: true }])}
      >
        {t.slip.addItem}
      </button>
    </div>
  );
}
