import { REFUSAL_REASONS, type Applicant, type ReceptionSlipRequest } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { issueReceptionSlip, type ReceptionSlip } from './dossier-api.js';
import { useFocusOnMount } from './use-focus-on-mount.js';
import { includedItems, SupplementItemsEditor, type SupplementRow } from './supplement-items-editor.js';

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** What the slip starts from: the gaps the server found, or the reason it refused. */
export type SlipDraft =
  { kind: 'supplement'; rows: SupplementRow[] } | { kind: 'refusal'; reason: RefusalReason; note: string };

interface ReceptionSlipFormProps {
  procedureCode: string;
  applicant: Applicant;
  initial: SlipDraft;
  onIssued: (slip: ReceptionSlip, request: ReceptionSlipRequest) => void;
  onBack: () => void;
}

/** The slip the counter hands over instead of receiving: a supplement request or a refusal. */
export function ReceptionSlipForm({ procedureCode, applicant, initial, onIssued, onBack }: ReceptionSlipFormProps) {
  const messages = useMessages();
  const t = messages.dossiers.slip;
  const [draft, setDraft] = useState<SlipDraft>(initial);
  const [error, setError] = useState('');
  const [isIssuing, setIsIssuing] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isIssuing) return;
    const request: ReceptionSlipRequest =
      draft.kind === 'supplement'
        ? { kind: 'supplement', procedureCode, applicant, items: includedItems(draft.rows) }
        : { kind: 'refusal', procedureCode, applicant, reason: draft.reason, note: draft.note.trim() };
    setIsIssuing(true);
    setError('');
    try {
      onIssued(await issueReceptionSlip(request), request);
    } catch (failure) {
      const details = failure instanceof ApiError ? failure.details.map((d) => d.message) : [];
      setError([failure instanceof ApiError ? failure.message : messages.common.networkError, ...details].join(' '));
      setIsIssuing(false);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <h2 ref={heading} tabIndex={-1}>
        {draft.kind === 'supplement' ? t.supplementTitle : t.refusalTitle}
      </h2>
      <div role="alert">{error && <ErrorAlert message={error} />}</div>
      {draft.kind === 'supplement' ? (
        <>
          <p>{t.supplementIntro}</p>
          <SupplementItemsEditor rows={draft.rows} onChange={(rows) => setDraft({ kind: 'supplement', rows })} />
        </>
      ) : (
        <>
          <FormField label={t.refusalReason}>
            {(control) => (
              <select
                {...control}
                value={draft.reason}
                onChange={(event) => setDraft({ ...draft, reason: event.target.value as RefusalReason })}
              >
                {REFUSAL_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {messages.dossiers.refusalReasons[reason]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t.refusalNote}>
            {(control) => (
              <textarea
                {...control}
                required
                value={draft.note}
                onChange={(event) => setDraft({ ...draft, note: event.target.value })}
              />
            )}
          </FormField>
        </>
      )}
      <div className="form-buttons">
        <button type="submit" className="button-primary">
          {isIssuing ? t.issuing : t.issue}
        </button>
        <button type="button" onClick={onBack}>
          {t.back}
        </button>
      </div>
    </form>
  );
}
