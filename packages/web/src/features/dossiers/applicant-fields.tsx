import { useId, type ReactNode } from 'react';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import type { ApplicantDraft } from './reception-draft.js';

interface ApplicantFieldsProps {
  value: ApplicantDraft;
  onChange: (value: ApplicantDraft) => void;
  /** Server errors keyed by the field's path under the request body ("applicant.citizenId"). */
  errors: Record<string, string>;
}

type TextKey = Exclude<keyof ApplicantDraft, 'kind'>;

/** The applicant: a person (with citizen ID) or an organisation (with tax code), and how to reach them. */
export function ApplicantFields({ value, onChange, errors }: ApplicantFieldsProps) {
  const t = useMessages().dossiers.reception;
  const kindName = useId();
  // The server names a malformed ID or phone by its pattern; say what a valid one looks like.
  const formatMessages: Partial<Record<TextKey, string>> = {
    citizenId: t.citizenIdInvalid,
    taxCode: t.taxCodeInvalid,
    phone: t.phoneInvalid,
  };
  const errorOf = (key: TextKey) => {
    const error = errors[`applicant.${key}`];
    return error && formatMessages[key] ? formatMessages[key] : error;
  };
  const text = (key: TextKey, label: string, extra: { hint?: string; type?: string; autoComplete?: string } = {}) => (
    <FormField label={label} hint={extra.hint} error={errorOf(key)}>
      {(control) => (
        <input
          {...control}
          name={key}
          type={extra.type ?? 'text'}
          autoComplete={extra.autoComplete ?? 'off'}
          required={key !== 'email'}
          value={value[key]}
          onChange={(event) => onChange({ ...value, [key]: event.target.value })}
        />
      )}
    </FormField>
  );
  const isPerson = value.kind === 'person';
  return (
    <>
      <fieldset className="choice-group">
        <legend>{t.applicantKind}</legend>
        {(['person', 'organisation'] as const).map((kind) => (
          <Choice
            key={kind}
            name={kindName}
            checked={value.kind === kind}
            onSelect={() => onChange({ ...value, kind })}
          >
            {t.kinds[kind]}
          </Choice>
        ))}
      </fieldset>
      <div className="form-grid">
        {isPerson ? text('name', t.personName) : text('name', t.organisationName)}
        {isPerson
          ? text('citizenId', t.citizenId, { hint: t.citizenIdHint })
          : text('taxCode', t.taxCode, { hint: t.taxCodeHint })}
        {isPerson ? text('dateOfBirth', t.dateOfBirth, { type: 'date' }) : text('representative', t.representative)}
        {text('phone', t.phone, { type: 'tel' })}
        {text('email', t.email, { type: 'email' })}
        {text('address', t.address)}
      </div>
    </>
  );
}

/** One radio button of a group, its label beside it. */
interface ChoiceProps {
  /** Shared by the group, so arrow keys move between its buttons. */
  name: string;
  checked: boolean;
  onSelect: () => void;
  children: ReactNode;
}

export function Choice({ name, checked, onSelect, children }: ChoiceProps) {
  return (
    <label className="check">
      <input type="radio" name={name} checked={checked} onChange={onSelect} />
      {children}
    </label>
  );
}
