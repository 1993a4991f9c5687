/**
 * UPU S10 item identifiers (tracking numbers), DOMAIN.md §8: two letters (service indicator),
 * eight digits (serial number), one check digit, two letters (ISO 3166-1 country of the
 * issuing post), e.g. `EL123456785VN`.
 *
 * Check digit: weights 8 6 4 2 3 5 9 7 over the eight serial digits; c = 11 − (sum mod 11);
 * c = 10 → 0 and c = 11 → 5.
 *
 * Input handling (decided here, once): whitespace anywhere is removed (printed labels group the
 * number as `EL 123 456 785 VN`) and letters are upper-cased, so `el 123456785 vn` is the same
 * item as `EL123456785VN`. Anything else (hyphens, dots, other characters) is refused, never
 * silently dropped. The canonical form stored and shown is the 13 upper-case characters.
 */

export const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** Vietnam Post's country code: the only one MotCua accepts for its own shipments. */
export const S10_COUNTRY_VN = 'VN';

export type S10Problem =
  /** Characters other than letters, digits and whitespace. */
  | 'characters'
  /** Not 13 characters once whitespace is removed. */
  | 'length'
  /** The first two characters are not letters. */
  | 'service_indicator'
  /** The eight serial characters are not all digits. */
  | 'serial'
  /** The check digit (9th digit) is not a digit or does not match the serial. */
  | 'check_digit'
  /** The last two characters are not letters, or not the required country. */
  | 'country';

export type S10Parsed = {
  /** The canonical 13-character form, e.g. `EL123456785VN`. */
  value: string;
  serviceIndicator: string;
  serial: string;
  checkDigit: number;
  country: string;
};

export type S10Result = { ok: true; value: S10Parsed } | { ok: false; problem: S10Problem };

/** Whitespace removed, letters upper-cased. Does not validate. */
export function normaliseS10(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check digit of an eight-digit serial number. Throws on anything but eight digits. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError(`an S10 serial number is eight digits, got "${serial}"`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/**
 * Parses and validates an S10 identifier. `country` (default `VN`) is the issuing country
 * required; pass `null` to accept any two-letter country (e.g. items from a foreign post).
 */
export function parseS10(input: string, options: { country?: string | null } = {}): S10Result {
  const country = options.country === undefined ? S10_COUNTRY_VN : options.country;
  const value = normaliseS10(input);
  if (!/^[A-Z0-9]*$/.test(value)) return { ok: false, problem: 'characters' };
  if (value.length !== 13) return { ok: false, problem: 'length' };
  const service = value.slice(0, 2);
  const serial = value.slice(2, 10);
  const check = value.slice(10, 11);
  const cc = value.slice(11, 13);
  if (!/^[A-Z]{2}$/.test(service)) return { ok: false, problem: 'service_indicator' };
  if (!/^\d{8}$/.test(serial)) return { ok: false, problem: 'serial' };
  if (!/^\d$/.test(check) || Number(check) !== s10CheckDigit(serial)) return { ok: false, problem: 'check_digit' };
  if (!/^[A-Z]{2}$/.test(cc) || (country !== null && cc !== country)) return { ok: false, problem: 'country' };
  return { ok: true, value: { value, serviceIndicator: service, serial, checkDigit: Number(check), country: cc } };
}

/** True when `input` is a valid S10 identifier of the required country (default `VN`). */
export function isValidS10(input: string, options: { country?: string | null } = {}): boolean {
  return parseS10(input, options).ok;
}

/** Builds a valid identifier from a service indicator and a serial number (0 … 99 999 999). */
export function makeS10(serviceIndicator: string, serial: number, country: string = S10_COUNTRY_VN): string {
  if (!/^[A-Z]{2}$/.test(serviceIndicator)) throw new RangeError('the service indicator is two capital letters');
  if (!/^[A-Z]{2}$/.test(country)) throw new RangeError('the country is two capital letters');
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999) throw new RangeError('serial out of range');
  const digits = String(serial).padStart(8, '0');
  return `${serviceIndicator}${digits}${s10CheckDigit(digits)}${country}`;
}

/** Why a number was refused, in the words the counter reads (vi is the definition). */
export const S10_PROBLEM_TEXT: Record<S10Problem, { vi: string; en: string }> = {
  characters: {
    vi: 'Số hiệu bưu gửi chỉ gồm chữ cái và chữ số (ví dụ EL123456785VN).',
    en: 'A tracking number has only letters and digits (e.g. EL123456785VN).',
  },
  length: {
    vi: 'Số hiệu bưu gửi gồm đúng 13 ký tự: 2 chữ cái, 9 chữ số, 2 chữ cái.',
    en: 'A tracking number has exactly 13 characters: 2 letters, 9 digits, 2 letters.',
  },
  service_indicator: {
    vi: 'Hai ký tự đầu của số hiệu bưu gửi phải là chữ cái.',
    en: 'The first two characters of a tracking number are letters.',
  },
  serial: {
    vi: 'Tám ký tự sau hai chữ cái đầu phải là chữ số.',
    en: 'The eight characters after the first two letters are digits.',
  },
  check_digit: {
    vi: 'Chữ số kiểm tra của số hiệu bưu gửi không đúng: kiểm tra lại số đã nhập.',
    en: 'The check digit of the tracking number is wrong: check the number entered.',
  },
  country: {
    vi: 'Số hiệu bưu gửi phải kết thúc bằng VN (Bưu điện Việt Nam).',
    en: 'The tracking number must end in VN (Vietnam Post).',
  },
};
