import { RECEIVED_FORMS, type RequiredDocument } from '@motcua/core';
import { useId } from 'react';
import { useMessages } from '../../i18n/language.js';
import type { ReceivedForm } from './dossier-api.js';
import type { DocumentDraft } from './reception-draft.js';

interface ChecklistTableProps {
  required: readonly RequiredDocument[];
  value: readonly DocumentDraft[];
  onChange: (value: DocumentDraft[]) => void;
  /** Server errors keyed "documents.<ord>". */
  errors: Record<string, string>;
}

/** The procedure's published document list, checked off as the clerk receives each document. */
export function ChecklistTable({ required, value, onChange, errors }: ChecklistTableProps) {
  const messages = useMessages();
  const t = messages.dossiers.reception;
  const id = useId();
  const update = (ord: number, change: Partial<DocumentDraft>) =>
    onChange(value.map((doc, i) => (i === ord ? { ...doc, ...change } : doc)));
  const requiredForm = (doc: RequiredDocument) =>
    doc.form ? messages.catalog.procedure.documentForms[doc.form] : messages.catalog.procedure.notStated;
  return (
    <>
      <button
        type="button"
        className="no-print"
        onClick={() => onChange(value.map((doc) => ({ ...doc, received: true })))}
      >
        {t.markAll}
      </button>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="checklist">
          <caption id={`${id}-caption`}>{t.checklistCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.checklistColumns.no}</th>
              <th scope="col">{t.checklistColumns.name}</th>
              <th scope="col">{t.checklistColumns.required}</th>
              <th scope="col">{t.checklistColumns.received}</th>
              <th scope="col">{t.checklistColumns.form}</th>
              <th scope="col">{t.checklistColumns.copies}</th>
            </tr>
          </thead>
          <tbody>
            {required.map((doc, ord) => {
              const draft = value[ord];
              if (!draft) return null;
              const error = errors[`documents.${ord}`];
              const errorId = `${id}-error-${ord}`;
              return (
                <tr key={ord} className={error ? 'row-invalid' : undefined} data-testid="checklist-row">
                  <td>{ord + 1}</td>
                  <td>
                    {doc.name}
                    {error && (
                      <p id={errorId} className="field-error">
                        {error}
                      </p>
                    )}
                  </td>
                  <td>{t.requiredValue(requiredForm(doc), doc.copies)}</td>
                  <td>
                    <input
                      type="checkbox"
                      className="checkbox"
                      aria-label={t.receivedLabel(doc.name)}
                      aria-invalid={Boolean(error)}
                      aria-describedby={error ? errorId : undefined}
                      checked={draft.received}
                      onChange={(event) => update(ord, { received: event.target.checked })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t.formLabel(doc.name)}
                      value={draft.form}
                      disabled={!draft.received}
                      onChange={(event) => update(ord, { form: event.target.value as ReceivedForm | '' })}
                    >
                      <option value="">{t.noForm}</option>
                      {RECEIVED_FORMS.map((form) => (
                        <option key={form} value={form}>
                          {messages.dossiers.receivedForms[form]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="number"
                      className="copies"
                      min={0}
                      max={50}
                      aria-label={t.copiesLabel(doc.name)}
                      value={draft.copies}
                      disabled={!draft.received}
                      onChange={(event) => update(ord, { copies: event.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
