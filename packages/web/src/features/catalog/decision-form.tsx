import type { DecisionInput } from '@motcua/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { describeFailure, FailureSummary, NO_FAILURE, type FormFailure } from './form-errors.js';

export const EMPTY_DECISION: DecisionInput = { number: '', title: '', signedOn: '', signer: '', effectiveFrom: '' };

interface DecisionFormProps {
  initial: DecisionInput;
  submitLabel: string;
  onSubmit: (input: DecisionInput) => Promise<unknown>;
  onCancel?: () => void;
}

/** The header of an announcement decision: number, title, signature and effective date. */
export function DecisionForm({ initial, submitLabel, onSubmit, onCancel }: DecisionFormProps) {
  const messages = useMessages();
  const t = messages.catalog.decisions;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<FormFailure>(NO_FAILURE);
  const [isSaving, setIsSaving] = useState(false);
  const errors = failure.fields;

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failure]);

  const update = (name: keyof DecisionInput, value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    setIsSaving(true);
    try {
      await onSubmit(values);
      setFailure(NO_FAILURE);
    } catch (error) {
      setFailure(describeFailure(error, messages, 'body.'));
    } finally {
      setIsSaving(false);
    }
  }

  const text = (name: keyof DecisionInput, label: string, type = 'text', hint?: string) => (
    <FormField label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          autoComplete="off"
          value={values[name]}
          onChange={(event) => update(name, event.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form ref={formRef} className="form-grid" noValidate onSubmit={handleSubmit}>
      <div className="form-actions">
        <FailureSummary failure={failure} labelsFor="none" />
      </div>
      {text('number', t.number, 'text', t.numberHint)}
      {text('signer', t.signer)}
      {text('signedOn', t.signedOn, 'date')}
      {text('effectiveFrom', t.effectiveFrom, 'date')}
      <div className="form-actions">
        <FormField label={t.titleField} error={errors.title}>
          {(control) => (
            <textarea
              {...control}
              name="title"
              rows={2}
              value={values.title}
              onChange={(event) => update('title', event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions actions">
        <button type="submit" className="button-primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {messages.common.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
