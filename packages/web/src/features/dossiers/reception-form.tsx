import { RETURN_METHODS, type ErrorDetail, type ProcedureContent } from '@motcua/core';
import { useId, type FormEvent } from 'react';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { ApplicantFields, Choice } from './applicant-fields.js';
import { ChecklistTable } from './checklist-table.js';
import type { ReceptionDraft } from './reception-draft.js';

/** A refused submission: the server's words, its field errors, and which slip it calls for. */
export interface ReceptionFailure {
  code: string;
  summary: string;
  fields: Record<string, string>;
  details: readonly ErrorDetail[];
}

interface ReceptionFormProps {
  content: ProcedureContent;
  draft: ReceptionDraft;
  onChange: (draft: ReceptionDraft) => void;
  failure: ReceptionFailure | null;
  isSubmitting: boolean;
  onSubmit: () => void;
  onMakeSlip: (kind: 'supplement' | 'refusal') => void;
}

/** Channel, applicant, checklist and return: what the counter checks before receiving. */
export function ReceptionForm(props: ReceptionFormProps) {
  const { content, draft, onChange, failure, isSubmitting, onSubmit, onMakeSlip } = props;
  const messages = useMessages();
  const t = messages.dossiers.reception;
  const id = useId();
  const errors = failure?.fields ?? {};
  const isChannelAllowed = draft.channel === 'counter' ? content.channels.counter : content.channels.postReceipt;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isSubmitting) onSubmit();
  }

  return (
    <form onSubmit={handleSubmit} className="reception-form">
      <fieldset className={errors.channel ? 'choice-group field-invalid' : 'choice-group'}>
        <legend>{t.channel}</legend>
        {errors.channel && <p className="field-error">{errors.channel}</p>}
        {(['counter', 'post'] as const).map((channel) => (
          <Choice
            key={channel}
            name={`${id}-channel`}
            checked={draft.channel === channel}
            onSelect={() => onChange({ ...draft, channel })}
          >
            {t.channels[channel]}
          </Choice>
        ))}
        {!isChannelAllowed && <p className="field-hint">{t.channelNotAllowed}</p>}
      </fieldset>

      <h2>{t.applicantHeading}</h2>
      <ApplicantFields
        value={draft.applicant}
        onChange={(applicant) => onChange({ ...draft, applicant })}
        errors={errors}
      />

      <h2>{t.checklistHeading}</h2>
      <ChecklistTable
        required={content.documents}
        value={draft.documents}
        onChange={(documents) => onChange({ ...draft, documents })}
        errors={errors}
      />

      <h2>{t.returnHeading}</h2>
      <fieldset className="choice-group">
        <legend>{t.returnMethod}</legend>
        {RETURN_METHODS.map((method) => (
          <Choice
            key={method}
            name={`${id}-return`}
            checked={draft.returnMethod === method}
            onSelect={() =>
              onChange({
                ...draft,
                returnMethod: method,
                // Most results by post go to the applicant's own address.
                returnAddress: draft.returnAddress || draft.applicant.address,
              })
            }
          >
            {messages.dossiers.returnMethods[method]}
          </Choice>
        ))}
      </fieldset>
      {draft.returnMethod === 'post' && (
        <FormField label={t.returnAddress} error={errors.returnAddress}>
          {(control) => (
            <input
              {...control}
              required
              value={draft.returnAddress}
              onChange={(event) => onChange({ ...draft, returnAddress: event.target.value })}
            />
          )}
        </FormField>
      )}

      <FailurePanel failure={failure} onMakeSlip={onMakeSlip} />
      <button type="submit" className="button-primary">
        {isSubmitting ? t.submitting : t.submit}
      </button>
    </form>
  );
}

/** Every reason the dossier was not received, and the slip that answers it. */
function FailurePanel({
  failure,
  onMakeSlip,
}: {
  failure: ReceptionFailure | null;
  onMakeSlip: (kind: 'supplement' | 'refusal') => void;
}) {
  const t = useMessages().dossiers.reception;
  const slip =
    failure?.code === 'INCOMPLETE_DOSSIER'
      ? { kind: 'supplement' as const, heading: t.incompleteHeading, button: t.makeSupplementSlip }
      : failure?.code === 'INELIGIBLE_DOSSIER'
        ? { kind: 'refusal' as const, heading: t.ineligibleHeading, button: t.makeRefusalSlip }
        : null;
  return (
    <div role="alert" data-testid="reception-failure">
      {failure && !slip && <p className="alert alert-error">{failure.summary}</p>}
      {failure && slip && (
        <div className="alert alert-error">
          <h3>{slip.heading}</h3>
          {slip.kind === 'supplement' && <p>{t.incompleteIntro}</p>}
          <ul>
            {failure.details.map((detail) => (
              <li key={`${detail.field}:${detail.message}`}>{detail.message}</li>
            ))}
          </ul>
          <button type="button" className="button-primary" onClick={() => onMakeSlip(slip.kind)}>
            {slip.button}
          </button>
        </div>
      )}
    </div>
  );
}
