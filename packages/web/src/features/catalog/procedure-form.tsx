import { APPLICANT_TYPES, PROCEDURE_LEVELS, type Agency, type ProcedureContent } from '@motcua/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { ChannelsEditor, TimeEditor } from './channels-time-editors.js';
import { DocumentsEditor } from './documents-editor.js';
import { FeesEditor } from './fees-editor.js';
import { describeFailure, FailureSummary, NO_FAILURE, type FormFailure } from './form-errors.js';
import { NumberInput } from './number-input.js';

interface ProcedureFormProps {
  heading: string;
  initial: ProcedureContent;
  /** An amendment keeps the procedure's code. */
  isCodeFixed: boolean;
  fields: readonly string[];
  units: Agency['units'];
  onSubmit: (content: ProcedureContent) => Promise<unknown>;
  onCancel: () => void;
}

const toLines = (items: readonly string[]) => items.join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The whole content of a procedure version, for a new procedure or an amendment. */
export function ProcedureForm({
  heading,
  initial,
  isCodeFixed,
  fields,
  units,
  onSubmit,
  onCancel,
}: ProcedureFormProps) {
  const messages = useMessages();
  const t = messages.catalog;
  const headingId = useId();
  const datalistId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [content, setContent] = useState(initial);
  // Lists are edited as lines; turned into items only on submit, so Enter can start a new line.
  const [stepsText, setStepsText] = useState(toLines(initial.steps));
  const [legalText, setLegalText] = useState(toLines(initial.legalBasis));
  const [failure, setFailure] = useState<FormFailure>(NO_FAILURE);
  const [isSaving, setIsSaving] = useState(false);
  const errors = failure.fields;

  useEffect(() => {
    if (!failure.summary) return;
    // Take the user to the first field to correct; the alert above lists them all.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failure]);

  const update = <K extends keyof ProcedureContent>(name: K, value: ProcedureContent[K]) =>
    setContent((previous) => ({ ...previous, [name]: value }));
  const unitOptions =
    units.some((u) => u.code === content.implementingUnitCode) || !content.implementingUnitCode
      ? units
      : [
          ...units,
          {
            id: 'current',
            code: content.implementingUnitCode,
            name: content.implementingUnitCode,
            kind: 'professional' as const,
          },
        ];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    // NaN would travel as null, which some fields accept (an amount "per price list"): stop here.
    const unreadable = unreadableNumbers(content);
    if (unreadable.length > 0) {
      const fields = Object.fromEntries(unreadable.map((path) => [path, t.form.notANumber]));
      setFailure({ fields, summary: t.decisions.fixErrors });
      return;
    }
    setIsSaving(true);
    try {
      await onSubmit({ ...content, steps: fromLines(stepsText), legalBasis: fromLines(legalText) });
    } catch (error) {
      setFailure(describeFailure(error, messages, 'body.content.'));
      setIsSaving(false);
    }
  }

  return (
    <section className="panel procedure-form-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <form ref={formRef} className="procedure-form" noValidate onSubmit={handleSubmit}>
        <FailureSummary failure={failure} labelsFor="content" />
        <fieldset className="item-grid">
          <legend>{t.form.general}</legend>
          <FormField label={t.procedure.code} hint={isCodeFixed ? undefined : t.form.codeHint} error={errors.code}>
            {(control) => (
              <input
                {...control}
                value={content.code}
                readOnly={isCodeFixed}
                onChange={(event) => update('code', event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t.procedure.field} error={errors.field}>
            {(control) => (
              <>
                <input
                  {...control}
                  list={datalistId}
                  value={content.field}
                  onChange={(event) => update('field', event.target.value)}
                />
                <datalist id={datalistId}>
                  {fields.map((field) => (
                    <option key={field} value={field} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
          <div className="wide">
            <FormField label={t.procedure.name} error={errors.name}>
              {(control) => (
                <textarea {...control} rows={2} value={content.name} onChange={(e) => update('name', e.target.value)} />
              )}
            </FormField>
          </div>
          <FormField label={t.procedure.level} error={errors.level}>
            {(control) => (
              <select
                {...control}
                value={content.level}
                onChange={(event) => {
                  const level = PROCEDURE_LEVELS.find((l) => l === event.target.value);
                  if (level) update('level', level);
                }}
              >
                {PROCEDURE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t.procedure.levels[level]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t.form.dossierSets} error={errors.dossierSets}>
            {(control) => (
              <NumberInput
                {...control}
                value={content.dossierSets}
                onChange={(value) => update('dossierSets', value ?? Number.NaN)}
              />
            )}
          </FormField>
          <FormField label={t.procedure.agency} error={errors.implementingAgency}>
            {(control) => (
              <input
                {...control}
                value={content.implementingAgency}
                onChange={(event) => update('implementingAgency', event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t.procedure.unit} error={errors.implementingUnitCode}>
            {(control) => (
              <select
                {...control}
                value={content.implementingUnitCode ?? ''}
                onChange={(event) => update('implementingUnitCode', event.target.value || null)}
              >
                <option value="">{t.form.noUnit}</option>
                {unitOptions.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {unit.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <fieldset className="wide">
            <legend>{t.procedure.applicantTypes}</legend>
            {errors.applicantTypes && <p className="field-error">{errors.applicantTypes}</p>}
            {APPLICANT_TYPES.map((type) => (
              <label key={type} className="check">
                <input
                  type="checkbox"
                  checked={content.applicantTypes.includes(type)}
                  onChange={(event) =>
                    update(
                      'applicantTypes',
                      event.target.checked
                        ? APPLICANT_TYPES.filter((a) => a === type || content.applicantTypes.includes(a))
                        : content.applicantTypes.filter((a) => a !== type),
                    )
                  }
                />
                {t.procedure.applicants[type]}
              </label>
            ))}
          </fieldset>
        </fieldset>
        <ChannelsEditor channels={content.channels} onChange={(v) => update('channels', v)} errors={errors} />
        <DocumentsEditor documents={content.documents} onChange={(v) => update('documents', v)} errors={errors} />
        <TimeEditor time={content.processingTime} onChange={(v) => update('processingTime', v)} errors={errors} />
        <FeesEditor fees={content.fees} onChange={(v) => update('fees', v)} errors={errors} />
        <TextAreaField
          label={t.form.result}
          error={errors.result}
          value={content.result}
          onChange={(v) => update('result', v)}
        />
        <TextAreaField
          label={t.form.conditions}
          error={errors.conditions}
          value={content.conditions ?? ''}
          onChange={(v) => update('conditions', v || null)}
        />
        <TextAreaField
          label={t.form.steps}
          hint={t.form.onePerLine}
          error={errors.steps}
          value={stepsText}
          onChange={setStepsText}
          rows={6}
        />
        <TextAreaField
          label={t.form.legalBasis}
          hint={t.form.onePerLine}
          error={errors.legalBasis}
          value={legalText}
          onChange={setLegalText}
          rows={5}
        />
        <TextAreaField
          label={t.form.recourse}
          error={errors.recourse}
          value={content.recourse ?? ''}
          onChange={(v) => update('recourse', v || null)}
        />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t.addChange.save}
          </button>
          <button type="button" onClick={onCancel}>
            {messages.common.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Paths of the numbers left empty or unreadable in number inputs (held as NaN). */
function unreadableNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isNaN(value) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => unreadableNumbers(v, path ? `${path}.${key}` : key));
}

interface TextAreaFieldProps {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

function TextAreaField({ label, hint, error, value, onChange, rows = 3 }: TextAreaFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <textarea {...control} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  );
}
