import type { WorkingHours } from '@motcua/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useResource } from '../../api/use-resource.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { saveWorkingHours, WINDOWS_PATH } from './calendar-api.js';
import { describeFailure } from './calendar-errors.js';
import { clockMinutes } from './calendar-format.js';

type Window = WorkingHours['windows'][number];

/** Must match the contract's maximum (WorkingHours in core). */
const MAX_WINDOWS = 12;

/**
 * The server names a window as body.windows[1] (the calendar's own check) or
 * body.windows.1.start (the request schema); both land on the same window here.
 */
function windowFieldOf(apiField: string): string | undefined {
  const match = /^body\.windows(?:\[(\d+)\]|\.(\d+))?(?:\.(start|end))?$/.exec(apiField);
  if (!match) return undefined;
  const index = match[1] ?? match[2];
  if (index === undefined) return 'all';
  return match[3] ? `${index}.${match[3]}` : index;
}

function useDailyTotal(windows: readonly Window[]): string {
  const language = useLanguage();
  const minutes = windows.reduce((sum, w) => sum + clockMinutes(w.end) - clockMinutes(w.start), 0);
  if (Number.isNaN(minutes)) return '';
  const format = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  return format.format(minutes / 60);
}

export function WorkingWindowsSection({ canManage }: { canManage: boolean }) {
  const t = useMessages();
  const headingId = useId();
  const hours = useResource<WorkingHours>(WINDOWS_PATH);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.calendar.windowsHeading}</h2>
      <LoadStatus error={hours.error} isLoading={hours.isLoading} />
      {hours.data &&
        (canManage ? (
          <WorkingWindowsForm initial={hours.data.windows} />
        ) : (
          <WorkingWindowsList windows={hours.data.windows} />
        ))}
    </section>
  );
}

function WorkingWindowsList({ windows }: { windows: readonly Window[] }) {
  const t = useMessages();
  const total = useDailyTotal(windows);
  return (
    <>
      <ul aria-label={t.calendar.windowsCaption}>
        {windows.map((w) => (
          <li key={`${w.start}-${w.end}`}>
            {w.start}–{w.end}
          </li>
        ))}
      </ul>
      {total && <p>{t.calendar.dailyTotal(total)}</p>}
    </>
  );
}

function WorkingWindowsForm({ initial }: { initial: readonly Window[] }) {
  const t = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const [windows, setWindows] = useState<Window[]>([...initial]);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [summary, setSummary] = useState('');
  const [success, setSuccess] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const total = useDailyTotal(windows);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const update = (index: number, part: keyof Window, value: string) =>
    setWindows((previous) => previous.map((w, i) => (i === index ? { ...w, [part]: value } : w)));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    setIsSaving(true);
    setSuccess('');
    try {
      const saved = await saveWorkingHours({ windows });
      setWindows(saved.windows);
      setErrors({});
      setSummary('');
      setSuccess(t.calendar.windowsSaved);
    } catch (error) {
      const failure = describeFailure(error, t.calendar.fixErrors, t.common.networkError, windowFieldOf);
      setErrors(failure.fields);
      setSummary([failure.summary, failure.fields.all].filter(Boolean).join(' '));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <>
      <div role="status">{success && <p className="alert alert-success">{success}</p>}</div>
      <div role="alert">{summary && <p className="alert alert-error">{summary}</p>}</div>
      <form ref={formRef} noValidate onSubmit={handleSubmit}>
        {windows.map((w, index) => (
          <WindowFields
            key={index}
            index={index}
            window={w}
            errors={errors}
            canRemove={windows.length > 1}
            onChange={(part, value) => update(index, part, value)}
            onRemove={() => setWindows((previous) => previous.filter((_, i) => i !== index))}
          />
        ))}
        {total && <p>{t.calendar.dailyTotal(total)}</p>}
        <div className="actions">
          <button type="submit" className="button-primary" aria-disabled={isSaving}>
            {t.calendar.saveWindows}
          </button>
          {windows.length < MAX_WINDOWS && (
            <button type="button" onClick={() => setWindows((previous) => [...previous, { start: '', end: '' }])}>
              {t.calendar.addWindow}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

interface WindowFieldsProps {
  index: number;
  window: Window;
  errors: Partial<Record<string, string>>;
  canRemove: boolean;
  onChange: (part: keyof Window, value: string) => void;
  onRemove: () => void;
}

function WindowFields({ index, window, errors, canRemove, onChange, onRemove }: WindowFieldsProps) {
  const t = useMessages();
  const errorId = useId();
  const windowError = errors[String(index)];
  const time = (part: keyof Window, label: string) => (
    <FormField label={label} error={errors[`${index}.${part}`]}>
      {(control) => (
        <input
          {...control}
          type="time"
          name={`windows.${index}.${part}`}
          aria-invalid={control['aria-invalid'] || Boolean(windowError)}
          aria-describedby={
            [control['aria-describedby'], windowError ? errorId : undefined].filter(Boolean).join(' ') || undefined
          }
          value={window[part]}
          onChange={(event) => onChange(part, event.target.value)}
        />
      )}
    </FormField>
  );
  return (
    <fieldset className="form-grid">
      <legend>{t.calendar.window(index + 1)}</legend>
      {windowError && (
        <p id={errorId} className="field-error form-actions">
          {windowError}
        </p>
      )}
      {time('start', t.calendar.windowStart)}
      {time('end', t.calendar.windowEnd)}
      {canRemove && (
        <div className="form-actions">
          <button type="button" onClick={onRemove}>
            {t.calendar.removeWindow(index + 1)}
          </button>
        </div>
      )}
    </fieldset>
  );
}
