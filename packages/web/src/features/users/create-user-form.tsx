import { isRole, ROLE_LABELS, ROLES, type Agency, type CreateUserRequest, type Role, type User } from '@motcua/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { postJson } from '../../api/client.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { FormField } from '../../components/form-field.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { describeFailure, type FieldErrors } from './create-user-errors.js';

interface FormValues {
  username: string;
  fullName: string;
  role: Role;
  /** '' stands for "no unit" because a <select> value is always a string. */
  unitId: string;
  password: string;
}

const EMPTY: FormValues = { username: '', fullName: '', role: 'specialist', unitId: '', password: '' };

interface CreateUserFormProps {
  units: Agency['units'];
  onCreated: (user: User) => void;
}

export function CreateUserForm({ units, onCreated }: CreateUserFormProps) {
  const t = useMessages();
  const language = useLanguage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState('');
  const [success, setSuccess] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const [isSaving, setIsSaving] = useState(false);

  // After a refusal, take the user to the first field that needs correcting.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  const update = <K extends keyof FormValues>(name: K, value: FormValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));
  const unitName = units.find((unit) => unit.id === values.unitId)?.name ?? t.users.noUnit;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    setSuccess('');
    setIsConfirming(true);
  }

  async function create() {
    setIsConfirming(false);
    setIsSaving(true);
    const request: CreateUserRequest = {
      username: values.username.trim(),
      fullName: values.fullName.trim(),
      role: values.role,
      unitId: values.unitId || null,
      password: values.password,
    };
    try {
      const user = await postJson<User>('/api/users', request);
      setValues(EMPTY);
      setFieldErrors({});
      setSummary('');
      setSuccess(t.users.created(user.username));
      onCreated(user);
    } catch (error) {
      const failure = describeFailure(error, t);
      setFieldErrors(failure.fields);
      setSummary(failure.summary);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t.users.createHeading}</h2>
      <div role="status">{success && <p className="alert alert-success">{success}</p>}</div>
      <div role="alert">{summary && <p className="alert alert-error">{summary}</p>}</div>
      {/* The server validates; browser validation bubbles would hide its field messages. */}
      <form ref={formRef} className="form-grid" noValidate onSubmit={handleSubmit}>
        <FormField label={t.users.username} hint={t.users.usernameHint} error={fieldErrors.username}>
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={values.username}
              onChange={(event) => update('username', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.users.fullName} error={fieldErrors.fullName}>
          {(control) => (
            <input
              {...control}
              name="fullName"
              autoComplete="off"
              required
              value={values.fullName}
              onChange={(event) => update('fullName', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.users.role} error={fieldErrors.role}>
          {(control) => (
            <select
              {...control}
              name="role"
              value={values.role}
              onChange={(event) => {
                if (isRole(event.target.value)) update('role', event.target.value);
              }}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role][language]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t.users.unit} error={fieldErrors.unitId}>
          {(control) => (
            <select
              {...control}
              name="unitId"
              value={values.unitId}
              onChange={(event) => update('unitId', event.target.value)}
            >
              <option value="">{t.users.noUnit}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t.users.password} hint={t.users.passwordHint} error={fieldErrors.password}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              value={values.password}
              onChange={(event) => update('password', event.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button-primary">
            {t.users.createSubmit}
          </button>
        </div>
      </form>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t.users.confirmTitle}
        confirmLabel={t.common.confirm}
        cancelLabel={t.common.cancel}
        onConfirm={create}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          {t.users.confirmBody(
            values.username.trim(),
            values.fullName.trim(),
            ROLE_LABELS[values.role][language],
            unitName,
          )}
        </p>
      </ConfirmDialog>
    </section>
  );
}
