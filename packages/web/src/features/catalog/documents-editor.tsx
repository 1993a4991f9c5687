import { DOCUMENT_FORMS, type RequiredDocument } from '@motcua/core';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { NumberInput } from './number-input.js';

interface DocumentsEditorProps {
  documents: RequiredDocument[];
  onChange: (documents: RequiredDocument[]) => void;
  errors: Record<string, string>;
}

const NEW_DOCUMENT: RequiredDocument = {
  name: '',
  form: 'original',
  copies: 1,
  formTemplate: null,
  reusableFromNationalData: false,
};

/** Thành phần hồ sơ: one group per document, each with its own legend so labels stay unique. */
export function DocumentsEditor({ documents, onChange, errors }: DocumentsEditorProps) {
  const messages = useMessages();
  const t = messages.catalog.form;
  const update = (index: number, change: Partial<RequiredDocument>) =>
    onChange(documents.map((d, i) => (i === index ? { ...d, ...change } : d)));
  return (
    <fieldset>
      <legend>{t.documents}</legend>
      {errors.documents && <p className="field-error">{errors.documents}</p>}
      {documents.map((document, index) => {
        const error = (name: string) => errors[`documents.${index}.${name}`];
        return (
          <fieldset key={index} className="item-grid" data-testid="document-editor">
            <legend>{t.document(index + 1)}</legend>
            <div className="wide">
              <FormField label={t.documentName} error={error('name')}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={2}
                    value={document.name}
                    onChange={(event) => update(index, { name: event.target.value })}
                  />
                )}
              </FormField>
            </div>
            <FormField label={t.documentForm} error={error('form')}>
              {(control) => (
                <select
                  {...control}
                  value={document.form ?? ''}
                  onChange={(event) => {
                    const form = DOCUMENT_FORMS.find((f) => f === event.target.value) ?? null;
                    update(index, { form });
                  }}
                >
                  <option value="">{t.formNotStated}</option>
                  {DOCUMENT_FORMS.map((form) => (
                    <option key={form} value={form}>
                      {messages.catalog.procedure.documentForms[form]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t.copies} error={error('copies')}>
              {(control) => (
                <NumberInput
                  {...control}
                  value={document.copies}
                  onChange={(copies) => update(index, { copies: copies ?? Number.NaN })}
                />
              )}
            </FormField>
            <FormField label={t.template} error={error('formTemplate')}>
              {(control) => (
                <input
                  {...control}
                  value={document.formTemplate ?? ''}
                  onChange={(event) => update(index, { formTemplate: event.target.value || null })}
                />
              )}
            </FormField>
            <label className="check">
              <input
                type="checkbox"
                checked={document.reusableFromNationalData}
                onChange={(event) => update(index, { reusableFromNationalData: event.target.checked })}
              />
              {t.reusable}
            </label>
            <div className="wide">
              <button
                type="button"
                className="button-danger"
                onClick={() => onChange(documents.filter((_, i) => i !== index))}
              >
                {t.removeDocument(index + 1)}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...documents, NEW_DOCUMENT])}>
        {t.addDocument}
      </button>
    </fieldset>
  );
}
