import type { Agency, ChangeInput, ProcedureContent, ProcedureDetail, ProcedureSummary } from '@motcua/core';
import { useState } from 'react';
import { useResource } from '../../api/use-resource.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { LoadStatus } from '../../components/load-status.js';
import { useMessages } from '../../i18n/language.js';
import { addChange } from './catalog-api.js';
import { describeFailure, FailureSummary, NO_FAILURE } from './form-errors.js';
import { JsonChangeForm } from './json-change-form.js';
import { ProcedureForm } from './procedure-form.js';
import { ProcedurePicker } from './procedure-picker.js';

type Mode = 'amend' | 'abolish' | 'new' | 'json';
const MODES: readonly Mode[] = ['amend', 'abolish', 'new', 'json'];

interface AddChangePanelProps {
  decisionId: string;
  agency: Agency | undefined;
  fields: readonly string[];
  onAdded: () => void;
}

/** Adds a change to a draft: amend or abolish a procedure in force, or announce a new one. */
export function AddChangePanel({ decisionId, agency, fields, onAdded }: AddChangePanelProps) {
  const messages = useMessages();
  const t = messages.catalog.addChange;
  const [mode, setMode] = useState<Mode | null>(null);
  const [picked, setPicked] = useState<ProcedureSummary | null>(null);
  const [success, setSuccess] = useState('');
  const [abolishFailure, setAbolishFailure] = useState(NO_FAILURE);
  const [isConfirmingAbolish, setIsConfirmingAbolish] = useState(false);

  function choose(next: Mode | null) {
    setMode(next);
    setPicked(null);
    setSuccess('');
    setAbolishFailure(NO_FAILURE);
  }

  async function submit(change: ChangeInput) {
    await addChange(decisionId, change);
    choose(null);
    setSuccess(t.added);
    onAdded();
  }

  async function abolish() {
    setIsConfirmingAbolish(false);
    if (!picked) return;
    try {
      await submit({ kind: 'abolish', procedureCode: picked.code });
    } catch (error) {
      setAbolishFailure(describeFailure(error, messages, 'body.'));
    }
  }

  const formProps = { fields, units: agency?.units ?? [], onCancel: () => choose(null) };
  return (
    <section className="panel" aria-labelledby="add-change-heading">
      <h2 id="add-change-heading">{t.heading}</h2>
      <div role="status">{success && <p className="alert alert-success">{success}</p>}</div>
      <div className="kind-buttons" role="group" aria-label={t.kindGroup}>
        {MODES.map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => choose(mode === m ? null : m)}>
            {t[m]}
          </button>
        ))}
      </div>
      {(mode === 'amend' || mode === 'abolish') && !picked && <ProcedurePicker onPick={setPicked} />}
      {(mode === 'amend' || mode === 'abolish') && picked && (
        <p>
          {t.chosen(picked.code, picked.name)}{' '}
          <button type="button" onClick={() => setPicked(null)}>
            {t.chooseAnother}
          </button>
        </p>
      )}
      {mode === 'amend' && picked && (
        <AmendForm
          key={picked.code}
          code={picked.code}
          {...formProps}
          onSubmit={(content) => submit({ kind: 'amend', content })}
        />
      )}
      {mode === 'abolish' && picked && (
        <>
          <FailureSummary failure={abolishFailure} labelsFor="none" />
          <button type="button" className="button-danger" onClick={() => setIsConfirmingAbolish(true)}>
            {t.abolishSubmit}
          </button>
          <ConfirmDialog
            isOpen={isConfirmingAbolish}
            title={t.abolishTitle}
            confirmLabel={messages.common.confirm}
            cancelLabel={messages.common.cancel}
            onConfirm={abolish}
            onCancel={() => setIsConfirmingAbolish(false)}
          >
            <p>{t.abolishBody(picked.code, picked.name)}</p>
          </ConfirmDialog>
        </>
      )}
      {mode === 'new' && (
        <ProcedureForm
          heading={t.newHeading}
          initial={emptyContent(agency?.name ?? '')}
          isCodeFixed={false}
          {...formProps}
          onSubmit={(content) => submit({ kind: 'new', content })}
        />
      )}
      {mode === 'json' && <JsonChangeForm onSubmit={submit} onCancel={() => choose(null)} />}
    </section>
  );
}

interface AmendFormProps {
  code: string;
  fields: readonly string[];
  units: Agency['units'];
  onSubmit: (content: ProcedureContent) => Promise<unknown>;
  onCancel: () => void;
}

/** The amendment form, prefilled with the content in force; only what the user edits changes. */
function AmendForm({ code, ...rest }: AmendFormProps) {
  const t = useMessages().catalog.addChange;
  const current = useResource<ProcedureDetail>(`/api/catalog/procedures/${encodeURIComponent(code)}`);
  if (!current.data) return <LoadStatus error={current.error} isLoading={current.isLoading} />;
  return <ProcedureForm heading={t.amendHeading(code)} initial={current.data.content} isCodeFixed {...rest} />;
}

function emptyContent(agencyName: string): ProcedureContent {
  return {
    code: '',
    name: '',
    field: '',
    level: 'province',
    implementingAgency: agencyName,
    implementingUnitCode: null,
    applicantTypes: ['citizen'],
    channels: { counter: true, postReceipt: true, postReturn: true, online: 'none', personalPresence: false },
    documents: [{ name: '', form: 'original', copies: 1, formTemplate: null, reusableFromNationalData: false }],
    dossierSets: 1,
    processingTime: { unit: 'working_days', total: Number.NaN, steps: null, note: null },
    fees: { items: [], noFee: false, exemptions: null },
    result: '',
    conditions: null,
    steps: [],
    legalBasis: [],
    recourse: null,
  };
}
