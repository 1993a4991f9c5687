import type { CHANGE_KINDS } from '@motcua/core';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { importXlsx } from './catalog-api.js';
import { CatalogTable } from './catalog-table.js';

/** The import endpoint's answer (CatalogImportResult in the API docs). */
export interface ImportResult {
  valid: boolean;
  dryRun: boolean;
  /** `field` is the Excel reference (Thủ tục!B7); the message already names sheet, row and column. */
  problems: { field: string; message: string }[];
  changes: { kind: (typeof CHANGE_KINDS)[number]; code: string; name: string }[];
  unchanged: number;
  alreadyInDecision: string[];
  notInWorkbook: string[];
}

/** Nhập từ Excel: check the file first (dry run, writes nothing), then import it into the draft. */
export function ImportBox({ decisionId, onImported }: { decisionId: string; onImported: () => void }) {
  const messages = useMessages();
  const t = messages.catalog.importBox;
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [problems, setProblems] = useState<ImportResult['problems']>([]);
  const [error, setError] = useState('');
  const [success, setSuccess] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function send(isDryRun: boolean) {
    if (!file) return setError(t.chooseFile);
    setIsBusy(true);
    setError('');
    setSuccess('');
    try {
      const result = (await importXlsx(decisionId, file, isDryRun)) as ImportResult;
      setProblems(result.problems);
      setChecked(isDryRun ? result : null);
      if (!isDryRun) {
        setSuccess(t.imported);
        onImported();
      }
    } catch (failure) {
      setChecked(null);
      setError(failure instanceof ApiError ? failure.message : messages.common.networkError);
      setProblems(failure instanceof ApiError ? failure.details.map(({ field, message }) => ({ field, message })) : []);
    } finally {
      setIsBusy(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isBusy) void send(true);
  }

  const canImport = checked !== null && checked.valid && checked.changes.length > 0;
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="import-box">
      <h2 id={headingId}>{t.heading}</h2>
      <p>{t.intro}</p>
      <div role="status">{success && <p className="alert alert-success">{success}</p>}</div>
      <div role="alert">{error && <p className="alert alert-error">{error}</p>}</div>
      <form noValidate onSubmit={handleSubmit}>
        <FormField label={t.file}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setChecked(null);
                setProblems([]);
              }}
            />
          )}
        </FormField>
        <div className="actions">
          <button type="submit" aria-disabled={isBusy}>
            {isBusy ? t.checking : t.check}
          </button>
          {canImport && (
            <button type="button" className="button-primary" onClick={() => void send(false)}>
              {t.confirm}
            </button>
          )}
        </div>
      </form>
      {problems.length > 0 && (
        <CatalogTable
          caption={t.problemsCaption}
          rows={problems}
          rowKey={(_, index) => index}
          rowTestId="import-problem"
          columns={[
            { header: t.location, cell: (p) => p.field },
            { header: t.message, cell: (p) => p.message },
          ]}
        />
      )}
      {checked && <CheckedSummary result={checked} />}
    </section>
  );
}

function CheckedSummary({ result }: { result: ImportResult }) {
  const messages = useMessages();
  const t = messages.catalog.importBox;
  return (
    <div data-testid="import-summary">
      {result.valid && <p>{result.changes.length === 0 ? t.noChanges : t.noProblems}</p>}
      {result.changes.length > 0 && (
        <>
          <h3>{t.changesCaption}</h3>
          <ul>
            {result.changes.map((change) => (
              <li key={change.code}>
                {messages.catalog.changeKinds[change.kind]}: {change.code} — {change.name}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t.unchanged(result.unchanged)}</p>
      {result.alreadyInDecision.length > 0 && <p>{t.alreadyInDecision(result.alreadyInDecision.join(', '))}</p>}
      {result.notInWorkbook.length > 0 && <p>{t.notInWorkbook(result.notInWorkbook.join(', '))}</p>}
    </div>
  );
}
