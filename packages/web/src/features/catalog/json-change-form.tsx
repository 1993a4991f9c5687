import type { ChangeInput } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { describeFailure, FailureSummary, NO_FAILURE, type FormFailure } from './form-errors.js';

interface JsonChangeFormProps {
  onSubmit: (change: ChangeInput) => Promise<void>;
  onCancel: () => void;
}

/**
 * The advanced way in: a whole procedure as JSON (a new one), or a whole change with its
 * `kind`. The server validates it like any other change.
 */
export function JsonChangeForm({ onSubmit, onCancel }: JsonChangeFormProps) {
  const messages = useMessages();
  const t = messages.catalog.addChange;
  const [text, setText] = useState('');
  const [jsonError, setJsonError] = useState('');
  const [failure, setFailure] = useState<FormFailure>(NO_FAILURE);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setJsonError(t.jsonInvalid);
      return;
    }
    setJsonError('');
    const isChange = typeof parsed === 'object' && parsed !== null && 'kind' in parsed;
    // The server checks the shape; the client only decides which of the two forms was pasted.
    const change = (isChange ? parsed : { kind: 'new', content: parsed }) as ChangeInput;
    try {
      await onSubmit(change);
    } catch (error) {
      setFailure(describeFailure(error, messages, 'body.'));
    }
  }

  const serverErrors = Object.entries(failure.fields).map(([path, message]) => `${path}: ${message}`);
  return (
    <form className="json-form" noValidate onSubmit={handleSubmit}>
      <FailureSummary
        failure={{ fields: {}, summary: [failure.summary, ...serverErrors].filter(Boolean).join(' ') }}
        labelsFor="none"
      />
      <FormField label={t.jsonLabel} hint={t.jsonHint} error={jsonError}>
        {(control) => (
          <textarea
            {...control}
            rows={12}
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {messages.common.cancel}
        </button>
      </div>
    </form>
  );
}
