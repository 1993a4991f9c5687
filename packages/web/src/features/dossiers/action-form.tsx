import type { DossierAction } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { useMessages } from '../../i18n/language.js';
import { describeFailure, NO_FAILURE, type FormFailure } from '../catalog/form-errors.js';
import { ActionFields } from './action-fields.js';
import { ACTION_FIELDS, initialValues, IRREVERSIBLE_ACTIONS, toActionRequest } from './action-values.js';
import { takeAction, type DossierDetail } from './dossier-api.js';
import { actionLabel } from './dossier-format.js';
import { useFocusOnMount } from './use-focus-on-mount.js';

/** 409s that mean the dossier moved on under the user: reload it rather than show a form error. */
const CONFLICTS = new Set(['STALE_VERSION', 'ACTION_NOT_ALLOWED']);

interface ActionFormProps {
  action: DossierAction;
  dossier: DossierDetail;
  onDone: (dossier: DossierDetail) => void;
  onConflict: (code: string) => void;
  onCancel: () => void;
}

/** The small form of one action: its data, a confirmation when it cannot be undone, then the call. */
export function ActionForm({ action, dossier, onDone, onConflict, onCancel }: ActionFormProps) {
  const messages = useMessages();
  const t = messages.dossiers.actionForm;
  const label = actionLabel(action, messages.dossiers);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [values, setValues] = useState(() => initialValues(dossier));
  const [failure, setFailure] = useState<FormFailure>(NO_FAILURE);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const isIrreversible = IRREVERSIBLE_ACTIONS.has(action);

  async function send() {
    setIsConfirming(false);
    if (isSending) return;
    setIsSending(true);
    setFailure(NO_FAILURE);
    try {
      onDone(await takeAction(dossier.id, toActionRequest(action, values, dossier.version)));
    } catch (error) {
      setIsSending(false);
      if (error instanceof ApiError && CONFLICTS.has(error.code)) onConflict(error.code);
      else setFailure(describeFailure(error, messages, 'body.'));
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isIrreversible) setIsConfirming(true);
    else void send();
  }

  return (
    <form className="action-form" onSubmit={handleSubmit} data-testid="action-form">
      <h3 ref={heading} tabIndex={-1}>
        {label}
      </h3>
      <div role="alert">{failure.summary && <p className="alert alert-error">{failure.summary}</p>}</div>
      <ActionFields
        fields={ACTION_FIELDS[action]}
        values={values}
        onChange={setValues}
        errors={failure.fields}
        dossier={dossier}
      />
      <div className="form-buttons">
        <button type="submit" className="button-primary">
          {isSending ? t.submitting : t.submit(label)}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t.confirmTitle(label)}
        confirmLabel={messages.common.confirm}
        cancelLabel={messages.common.cancel}
        onConfirm={() => void send()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{t.confirmBody(label, dossier.code ?? messages.dossiers.fields.noCode)}</p>
      </ConfirmDialog>
    </form>
  );
}
