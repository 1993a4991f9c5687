import { describe, expect, it } from 'vitest';
import { isValidS10, makeS10, normaliseS10, parseS10, s10CheckDigit } from './s10.js';

describe('s10CheckDigit', () => {
  it('computes 11 − (weighted sum mod 11) with weights 8 6 4 2 3 5 9 7', () => {
    // 1·8 + 2·6 + 3·4 + 4·2 + 5·3 + 6·5 + 7·9 + 8·7 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(s10CheckDigit('47312482')).toBe(9);
    expect(s10CheckDigit('00000001')).toBe(4);
    expect(s10CheckDigit('10000000')).toBe(3);
  });

  it('maps 10 to 0 (sum mod 11 = 1)', () => {
    // 7·8 = 56; 56 mod 11 = 1; 11 − 1 = 10 → 0.
    expect(s10CheckDigit('70000000')).toBe(0);
  });

  it('maps 11 to 5 (sum mod 11 = 0)', () => {
    expect(s10CheckDigit('00000000')).toBe(5);
    expect(s10CheckDigit('99999999')).toBe(5); // 9 · 44 = 396 = 36 · 11
  });

  it('refuses anything but eight digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(RangeError);
    expect(() => s10CheckDigit('1234567A')).toThrow(RangeError);
  });
});

describe('parseS10', () => {
  it('accepts the example of DOMAIN.md §8 and splits it', () => {
    expect(parseS10('EL123456785VN')).toEqual({
      ok: true,
      value: { value: 'EL123456785VN', serviceIndicator: 'EL', serial: '12345678', checkDigit: 5, country: 'VN' },
    });
  });

  it.each(['RR473124829VN', 'CP700000000VN', 'EE000000005VN', 'LX999999995VN'])('accepts %s', (n) => {
    expect(isValidS10(n)).toBe(true);
  });

  it('removes whitespace and upper-cases letters (printed labels group the digits)', () => {
    expect(normaliseS10(' el 123 456 785 vn ')).toBe('EL123456785VN');
    const r = parseS10('el 123 456 785 vn');
    expect(r.ok && r.value.value).toBe('EL123456785VN');
    expect(isValidS10('EL\t123456785\nVN')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    for (const d of [0, 1, 2, 3, 4, 6, 7, 8, 9])
      expect(parseS10(`EL12345678${d}VN`)).toEqual({ ok: false, problem: 'check_digit' });
  });

  it('catches a single mistyped digit and two swapped digits', () => {
    expect(parseS10('EL123456795VN')).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseS10('EL213456785VN')).toEqual({ ok: false, problem: 'check_digit' });
  });

  it('refuses a wrong length', () => {
    expect(parseS10('EL12345678VN')).toEqual({ ok: false, problem: 'length' });
    expect(parseS10('EL1234567855VN')).toEqual({ ok: false, problem: 'length' });
    expect(parseS10('')).toEqual({ ok: false, problem: 'length' });
  });

  it('refuses separators other than whitespace instead of dropping them', () => {
    expect(parseS10('EL-123456785-VN')).toEqual({ ok: false, problem: 'characters' });
    expect(parseS10('EL.123.456.785.VN')).toEqual({ ok: false, problem: 'characters' });
    expect(parseS10('ĐL123456785VN')).toEqual({ ok: false, problem: 'characters' });
  });

  it('refuses digits in the service indicator', () => {
    expect(parseS10('E1123456785VN')).toEqual({ ok: false, problem: 'service_indicator' });
    expect(parseS10('12123456785VN')).toEqual({ ok: false, problem: 'service_indicator' });
  });

  it('refuses letters in the serial number', () => {
    expect(parseS10('EL12345O785VN')).toEqual({ ok: false, problem: 'serial' });
    expect(parseS10('ELA23456785VN')).toEqual({ ok: false, problem: 'serial' });
  });

  it('refuses a letter in place of the check digit', () => {
    expect(parseS10('EL12345678XVN')).toEqual({ ok: false, problem: 'check_digit' });
  });

  it('refuses another country for our shipments, accepts it when asked to', () => {
    expect(parseS10('EL123456785CN')).toEqual({ ok: false, problem: 'country' });
    expect(parseS10('EL123456785V1')).toEqual({ ok: false, problem: 'country' });
    expect(isValidS10('EL123456785CN', { country: null })).toBe(true);
    expect(isValidS10('EL123456785CN', { country: 'CN' })).toBe(true);
    expect(isValidS10('EL123456785VN', { country: 'CN' })).toBe(false);
  });
});

describe('makeS10', () => {
  it('builds valid numbers, zero-padding the serial', () => {
    expect(makeS10('EL', 12345678)).toBe('EL123456785VN');
    expect(makeS10('RR', 1)).toBe('RR000000014VN');
    for (let serial = 0; serial < 100_000_000; serial += 9_876_543)
      expect(isValidS10(makeS10('CP', serial))).toBe(true);
  });

  it('refuses bad parts', () => {
    expect(() => makeS10('E1', 1)).toThrow(RangeError);
    expect(() => makeS10('EL', -1)).toThrow(RangeError);
    expect(() => makeS10('EL', 100_000_000)).toThrow(RangeError);
    expect(() => makeS10('EL', 1, 'vn')).toThrow(RangeError);
  });
});
