import { REFUSAL_REASONS, type User } from '@motcua/core';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { useMessages } from '../../i18n/language.js';
import type { ActionField, ActionValues, ReturnChannel } from './action-values.js';
import type { DossierDetail } from './dossier-api.js';
import type { RefusalReason } from './reception-slip-form.js';
import { SupplementItemsEditor } from './supplement-items-editor.js';

interface ActionFieldsProps {
  fields: readonly ActionField[];
  values: ActionValues;
  onChange: (values: ActionValues) => void;
  /** Server errors keyed by the request field ("note", "recipientIdNumber"). */
  errors: Record<string, string>;
  dossier: DossierDetail;
}

/** The inputs of one action's form, in the order the action lists them. */
export function ActionFields({ fields, values, onChange, errors, dossier }: ActionFieldsProps) {
  const messages = useMessages();
  const t = messages.dossiers.actionForm;
  const set = (change: Partial<ActionValues>) => onChange({ ...values, ...change });
  const textarea = (label: string, isRequired: boolean) => (
    <FormField key={label} label={label} error={errors.note}>
      {(control) => (
        <textarea
          {...control}
          required={isRequired}
          value={values.note}
          onChange={(event) => set({ note: event.target.value })}
        />
      )}
    </FormField>
  );
  const input = (
    key: 'amount' | 'resultNumber' | 'recipientName' | 'agencyName' | 'agencyCode' | 'budgetDays',
    label: string,
    errorKey: string,
    type = 'text',
  ) => (
    <FormField key={key} label={label} error={errors[errorKey]}>
      {(control) => (
        <input
          {...control}
          type={type}
          min={type === 'number' ? 0 : undefined}
          step={key === 'budgetDays' ? 0.5 : undefined}
          required={key === 'amount' || key === 'agencyName' || key === 'budgetDays'}
          value={values[key]}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <>
      {fields.map((field) => {
        switch (field) {
          case 'note':
            return textarea(t.note, false);
          case 'noteRequired':
            return textarea(t.noteRequired, true);
          case 'apology':
            return textarea(t.apology, true);
          case 'specialist':
            return (
              <SpecialistSelect
                key={field}
                unitId={dossier.unitId}
                value={values.specialistId}
                error={errors.specialistId}
                onChange={(specialistId) => set({ specialistId })}
              />
            );
          case 'items':
            return (
              <SupplementItemsEditor
                key={field}
                rows={values.rows}
                onChange={(rows) => set({ rows })}
                error={errors.items}
              />
            );
          case 'amount':
            return input('amount', t.amount, 'amountVnd', 'number');
          case 'resultNumber':
            return input('resultNumber', t.resultNumber, 'resultNumber');
          case 'reason':
            return (
              <FormField key={field} label={t.reason} error={errors.reason}>
                {(control) => (
                  <select
                    {...control}
                    value={values.reason}
                    onChange={(event) => set({ reason: event.target.value as RefusalReason })}
                  >
                    {REFUSAL_REASONS.map((reason) => (
                      <option key={reason} value={reason}>
                        {messages.dossiers.refusalReasons[reason]}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            );
          case 'return':
            return (
              <div key={field} className="form-grid">
                <FormField label={t.returnChannel} error={errors.returnChannel}>
                  {(control) => (
                    <select
                      {...control}
                      value={values.returnChannel}
                      onChange={(event) => set({ returnChannel: event.target.value as ReturnChannel })}
                    >
                      {(['in_person', 'electronic', 'post'] as const).map((channel) => (
                        <option key={channel} value={channel}>
                          {messages.dossiers.returnChannels[channel]}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                {input('recipientName', t.recipientName, 'recipientName')}
                <FormField label={t.recipientIdNumber} hint={t.recipientIdHint} error={errors.recipientIdNumber}>
                  {(control) => (
                    <input
                      {...control}
                      inputMode="numeric"
                      autoComplete="off"
                      required={values.returnChannel === 'in_person'}
                      value={values.recipientIdNumber}
                      onChange={(event) => set({ recipientIdNumber: event.target.value })}
                    />
                  )}
                </FormField>
              </div>
            );
          case 'agency':
            return (
              <div key={field} className="form-grid">
                {input('agencyName', t.agencyName, 'agencyName')}
                {input('agencyCode', t.agencyCode, 'agencyCode')}
                {input('budgetDays', t.budgetDays, 'budgetDays', 'number')}
              </div>
            );
          case 'approvedDueAt':
          case 'newDueAt':
            return (
              <FormField key={field} label={t.newDueAt} hint={t.newDueAtHint} error={errors.newDueAt}>
                {(control) => (
                  <input
                    {...control}
                    type="datetime-local"
                    required={field === 'newDueAt'}
                    value={values.newDueAt}
                    onChange={(event) => set({ newDueAt: event.target.value })}
                  />
                )}
              </FormField>
            );
        }
      })}
    </>
  );
}

interface SpecialistSelectProps {
  unitId: string | null;
  value: string;
  error: string | undefined;
  onChange: (specialistId: string) => void;
}

/** The specialists of the dossier's unit: the only people the head may assign it to. */
function SpecialistSelect({ unitId, value, error, onChange }: SpecialistSelectProps) {
  const t = useMessages().dossiers.actionForm;
  const users = useResource<PageOf<User>>('/api/users?page=1&pageSize=200');
  const specialists = (users.data?.items ?? []).filter(
    (user) => user.role === 'specialist' && user.unitId === unitId && user.isActive,
  );
  if (!users.data) return <LoadStatus error={users.error} isLoading={users.isLoading} />;
  return (
    <FormField label={t.specialist} error={error} hint={specialists.length === 0 ? t.noSpecialists : undefined}>
      {(control) => (
        <select {...control} required value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t.chooseSpecialist}</option>
          {specialists.map((user) => (
            <option key={user.id} value={user.id}>
              {user.fullName} ({user.username})
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
