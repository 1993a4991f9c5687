import { useState, type InputHTMLAttributes } from 'react';
import { formatNumber } from './catalog-format.js';

type NumberInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number | null;
  onChange: (value: number | null) => void;
  /** Amounts in đồng: "500.000" and "500 000" both mean 500000. */
  isMoney?: boolean;
};

/** Empty for "no number" (null or not a number yet). */
const isEmpty = (value: number | null) => value === null || Number.isNaN(value);

function parse(text: string, isMoney: boolean): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Vietnamese writing: dot groups thousands, comma marks decimals.
  const normalised = isMoney ? trimmed.replace(/[.\s,đ]/g, '') : trimmed.replace(/\s/g, '').replace(',', '.');
  return normalised === '' || !/^-?\d*\.?\d*$/.test(normalised) ? Number.NaN : Number(normalised);
}

function toText(value: number | null, isMoney: boolean): string {
  if (isEmpty(value)) return '';
  return isMoney ? formatNumber(value ?? 0) : String(value).replace('.', ',');
}

function isSame(a: number | null, b: number | null): boolean {
  return (isEmpty(a) && isEmpty(b)) || a === b;
}

/**
 * A number typed as text, so "0,5" and "500.000" work as written in Vietnam. What the user
 * typed is kept while it means the same number; anything unreadable becomes NaN, which the
 * server then refuses by this field.
 */
export function NumberInput({ value, onChange, isMoney = false, ...rest }: NumberInputProps) {
  const [text, setText] = useState(() => toText(value, isMoney));
  const [shownValue, setShownValue] = useState(value);
  // Follow a change made elsewhere (a reset), not the echo of this input's own change.
  if (!isSame(shownValue, value)) {
    setShownValue(value);
    if (!isSame(parse(text, isMoney), value)) setText(toText(value, isMoney));
  }
  return (
    <input
      {...rest}
      type="text"
      inputMode={isMoney ? 'numeric' : 'decimal'}
      value={text}
      onChange={(event) => {
        const next = parse(event.target.value, isMoney);
        setText(event.target.value);
        setShownValue(next);
        onChange(next);
      }}
    />
  );
}
