import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { importXlsx } from './catalog-api.js';
import { CatalogTable } from './catalog-table.js';

interface Problem {
  where: string;
  message: string;
}

interface Checked {
  problems: Problem[];
  changes: string[];
}

/**
 * Reads the import endpoint's answer without depending on its exact shape (it is developed
 * separately): lists named problems/errors/issues, and changes, whatever their fields are called.
 */
function readResult(body: unknown): Checked {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const list = (...names: string[]) => names.flatMap((n) => (Array.isArray(record[n]) ? (record[n] as unknown[]) : []));
  const text = (item: unknown, ...names: string[]) => {
    const r = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return names
      .map((n) => r[n])
      .filter((v) => typeof v === 'string' || typeof v === 'number')
      .join(' · ');
  };
  return {
    problems: list('problems', 'errors', 'issues').map((item) => ({
      where: text(item, 'sheet', 'row', 'column', 'field', 'path', 'code'),
      message: typeof item === 'string' ? item : text(item, 'message'),
    })),
    changes: list('changes').map((item) =>
      typeof item === 'string' ? item : text(item, 'kind', 'procedureCode', 'code', 'name'),
    ),
  };
}

/** Nhập từ Excel: check the file first (dry run), then import it into the draft. */
export function ImportBox({ decisionId, onImported }: { decisionId: string; onImported: () => void }) {
  const messages = useMessages();
  const t = messages.catalog.importBox;
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState('');
  const [success, setSuccess] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function send(isDryRun: boolean) {
    if (!file) return setError(t.chooseFile);
    setIsBusy(true);
    setError('');
    setSuccess('');
    try {
      const body = await importXlsx(decisionId, file, isDryRun);
      if (isDryRun) {
        setChecked(readResult(body));
      } else {
        setChecked(null);
        setSuccess(t.imported);
        onImported();
      }
    } catch (failure) {
      setChecked(null);
      if (failure instanceof ApiError && failure.code === 'ROUTE_NOT_FOUND') setError(t.unavailable);
      else if (failure instanceof ApiError) {
        setError(failure.message);
        setChecked({ problems: failure.details.map((d) => ({ where: d.field, message: d.message })), changes: [] });
      } else setError(messages.common.networkError);
    } finally {
      setIsBusy(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(true);
  }

  const canConfirm = checked !== null && checked.problems.length === 0 && !error;
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
              }}
            />
          )}
        </FormField>
        <div className="actions">
          <button type="submit">{isBusy ? t.checking : t.check}</button>
          {canConfirm && (
            <button type="button" className="button-primary" onClick={() => void send(false)}>
              {t.confirm}
            </button>
          )}
        </div>
      </form>
      {checked && checked.problems.length === 0 && !error && <p>{t.noProblems}</p>}
      {checked && checked.problems.length > 0 && (
        <CatalogTable
          caption={t.problemsCaption}
          rows={checked.problems}
          rowKey={(_, index) => index}
          columns={[
            { header: t.location, cell: (p) => p.where || messages.common.empty },
            { header: t.message, cell: (p) => p.message },
          ]}
        />
      )}
      {checked && checked.changes.length > 0 && (
        <>
          <h3>{t.changesCaption}</h3>
          <ul>
            {checked.changes.map((change, index) => (
              <li key={index}>{change}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
