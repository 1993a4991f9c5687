import { ONLINE_LEVELS, TIME_UNITS, type Channels, type ProcessingTime } from '@motcua/core';
import { FormField } from '../../components/form-field.js';
import { useMessages } from '../../i18n/language.js';
import { NumberInput } from './number-input.js';

interface ChannelsEditorProps {
  channels: Channels;
  onChange: (channels: Channels) => void;
  errors: Record<string, string>;
}

export function ChannelsEditor({ channels, onChange, errors }: ChannelsEditorProps) {
  const t = useMessages().catalog;
  const checkboxes = ['counter', 'postReceipt', 'postReturn', 'personalPresence'] as const;
  return (
    <fieldset>
      <legend>{t.form.channels}</legend>
      {checkboxes.map((name) => (
        <label key={name} className="check">
          <input
            type="checkbox"
            checked={channels[name]}
            onChange={(event) => onChange({ ...channels, [name]: event.target.checked })}
          />
          {t.procedure.channelBadges[name]}
        </label>
      ))}
      <FormField label={t.form.online} error={errors['channels.online']}>
        {(control) => (
          <select
            {...control}
            value={channels.online}
            onChange={(event) => {
              const online = ONLINE_LEVELS.find((level) => level === event.target.value);
              if (online) onChange({ ...channels, online });
            }}
          >
            {ONLINE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.procedure.onlineLevels[level]}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </fieldset>
  );
}

interface TimeEditorProps {
  time: ProcessingTime | null;
  onChange: (time: ProcessingTime | null) => void;
  errors: Record<string, string>;
}

const DEFAULT_TIME: ProcessingTime = { unit: 'working_days', total: Number.NaN, steps: null, note: null };

/** Thời hạn giải quyết: total, unit, optional budget per step, note. */
export function TimeEditor({ time, onChange, errors }: TimeEditorProps) {
  const t = useMessages().catalog;
  const steps = ['counter', 'unit', 'leader'] as const;
  return (
    <fieldset>
      <legend>{t.form.time}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={time !== null}
          onChange={(event) => onChange(event.target.checked ? DEFAULT_TIME : null)}
        />
        {t.form.hasTime}
      </label>
      {time && (
        <div className="item-grid">
          <FormField label={t.form.timeTotal} hint={t.form.timeTotalHint} error={errors['processingTime.total']}>
            {(control) => (
              <NumberInput
                {...control}
                value={time.total}
                onChange={(total) => onChange({ ...time, total: total ?? Number.NaN })}
              />
            )}
          </FormField>
          <FormField label={t.form.timeUnit} error={errors['processingTime.unit']}>
            {(control) => (
              <select
                {...control}
                value={time.unit}
                onChange={(event) => {
                  const unit = TIME_UNITS.find((u) => u === event.target.value);
                  if (unit) onChange({ ...time, unit });
                }}
              >
                {TIME_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t.procedure.timeUnits[unit]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <div className="wide">
            <label className="check">
              <input
                type="checkbox"
                checked={time.steps !== null}
                onChange={(event) =>
                  onChange({ ...time, steps: event.target.checked ? { counter: 0, unit: 0, leader: 0 } : null })
                }
              />
              {t.form.hasStepBudgets}
            </label>
            {errors['processingTime.steps'] && <p className="field-error">{errors['processingTime.steps']}</p>}
          </div>
          {time.steps &&
            steps.map((step) => (
              <FormField key={step} label={t.procedure.stepNames[step]} error={errors[`processingTime.steps.${step}`]}>
                {(control) => (
                  <NumberInput
                    {...control}
                    value={time.steps?.[step] ?? null}
                    onChange={(value) =>
                      time.steps && onChange({ ...time, steps: { ...time.steps, [step]: value ?? Number.NaN } })
                    }
                  />
                )}
              </FormField>
            ))}
          <div className="wide">
            <FormField label={t.form.timeNote} error={errors['processingTime.note']}>
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  value={time.note ?? ''}
                  onChange={(event) => onChange({ ...time, note: event.target.value || null })}
                />
              )}
            </FormField>
          </div>
        </div>
      )}
    </fieldset>
  );
}
