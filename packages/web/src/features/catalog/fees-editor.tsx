import type { Fees } from '@motcua/core';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { NumberInput } from './number-input.js';

type FeeItem = Fees['items'][number];

interface FeesEditorProps {
  fees: Fees | null;
  onChange: (fees: Fees | null) => void;
  errors: Record<string, string>;
}

const NEW_ITEM: FeeItem = { kind: 'fee', name: '', amountVnd: null, note: null };
const DEFAULT_FEES: Fees = { items: [], noFee: false, exemptions: null };

/** Phí, lệ phí: the items with their amounts, "no fee set by law", and who is exempt. */
export function FeesEditor({ fees, onChange, errors }: FeesEditorProps) {
  const t = useMessages().catalog.form;
  return (
    <fieldset>
      <legend>{t.fees}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={fees !== null}
          onChange={(event) => onChange(event.target.checked ? DEFAULT_FEES : null)}
        />
        {t.hasFees}
      </label>
      {fees && <FeeItems fees={fees} onChange={onChange} errors={errors} />}
    </fieldset>
  );
}

interface FeeItemsProps {
  fees: Fees;
  onChange: (fees: Fees) => void;
  errors: Record<string, string>;
}

const FEE_KINDS = ['fee', 'charge'] as const;

function FeeItems({ fees, onChange, errors }: FeeItemsProps) {
  const messages = useMessages();
  const t = messages.catalog.form;
  const update = (index: number, change: Partial<FeeItem>) =>
    onChange({ ...fees, items: fees.items.map((item, i) => (i === index ? { ...item, ...change } : item)) });
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={fees.noFee}
          onChange={(event) => onChange({ ...fees, noFee: event.target.checked })}
        />
        {t.noFee}
      </label>
      {fees.items.map((item, index) => {
        const error = (name: string) => errors[`fees.items.${index}.${name}`];
        return (
          <fieldset key={index} className="item-grid" data-testid="fee-editor">
            <legend>{t.feeItem(index + 1)}</legend>
            <FormField label={t.feeKind} error={error('kind')}>
              {(control) => (
                <select
                  {...control}
                  value={item.kind}
                  onChange={(event) => update(index, { kind: event.target.value === 'charge' ? 'charge' : 'fee' })}
                >
                  {FEE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {messages.catalog.procedure.feeKinds[kind]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t.feeAmount} hint={t.feeAmountHint} error={error('amountVnd')}>
              {(control) => (
                <NumberInput
                  {...control}
                  isMoney
                  value={item.amountVnd}
                  onChange={(amountVnd) => update(index, { amountVnd })}
                />
              )}
            </FormField>
            <div className="wide">
              <FormField label={t.feeName} error={error('name')}>
                {(control) => (
                  <input
                    {...control}
                    value={item.name}
                    onChange={(event) => update(index, { name: event.target.value })}
                  />
                )}
              </FormField>
            </div>
            <div className="wide">
              <FormField label={t.feeNote} error={error('note')}>
                {(control) => (
                  <input
                    {...control}
                    value={item.note ?? ''}
                    onChange={(event) => update(index, { note: event.target.value || null })}
                  />
                )}
              </FormField>
            </div>
            <div className="wide">
              <button
                type="button"
                className="button-danger"
                onClick={() => onChange({ ...fees, items: fees.items.filter((_, i) => i !== index) })}
              >
                {t.removeFee(index + 1)}
              </button>
            </div>
          </fieldset>
        );
      })}
      <p>
        <button type="button" onClick={() => onChange({ ...fees, items: [...fees.items, NEW_ITEM] })}>
          {t.addFee}
        </button>
      </p>
      <FormField label={t.exemptions} error={errors['fees.exemptions']}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={fees.exemptions ?? ''}
            onChange={(event) => onChange({ ...fees, exemptions: event.target.value || null })}
          />
        )}
      </FormField>
    </>
  );
}
