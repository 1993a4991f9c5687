import type { EscalationSettings } from '@motcua/core';
import { useId, useState, type FormEvent } from 'react';
import { apiRequest } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { useMessages } from '../../i18n/language.js';
import { failureText } from './escalation-api.js';

const PATH = '/api/escalations/settings';

/** On the working calendar page: the escalation answer time, set by whoever maintains the calendar. */
export function EscalationSlaSection({ canManage }: { canManage: boolean }) {
  const t = useMessages().escalations.sla;
  const headingId = useId();
  const settings = useResource<EscalationSettings>(PATH);
  const s = settings.data;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p>{t.intro}</p>
      <LoadStatus error={settings.error} isLoading={settings.isLoading && !s} />
      {s && <p data-testid="escalation-sla">{t.current(s.slaHours, s.source === 'default')}</p>}
      {s && canManage && <SlaForm initial={s.slaHours} onSaved={settings.reload} />}
    </section>
  );
}

function SlaForm({ initial, onSaved }: { initial: number; onSaved: () => void }) {
  const messages = useMessages();
  const t = messages.escalations.sla;
  const [draft, setDraft] = useState(String(initial));
  const [status, setStatus] = useState<{ error?: string; saved?: boolean }>({});

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await apiRequest(PATH, { method: 'PUT', body: { slaHours: Number(draft.replace(',', '.')) } });
      setStatus({ saved: true });
      onSaved();
    } catch (error) {
      setStatus({ error: failureText(error, messages.common.networkError) });
    }
  }

  return (
    <form onSubmit={(e) => void handleSubmit(e)}>
      {status.error && <ErrorAlert message={status.error} />}
      {status.saved && <p role="status">{t.saved}</p>}
      <FormField label={t.label}>
        {(control) => (
          <input {...control} inputMode="decimal" required value={draft} onChange={(e) => setDraft(e.target.value)} />
        )}
      </FormField>
      <button type="submit">{t.save}</button>
    </form>
  );
}
