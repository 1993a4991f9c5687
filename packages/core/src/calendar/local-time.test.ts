import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { localDateOf, localInstant, parseLocalDate, toLocalIso, utcOffsetMinutes } from './local-time.js';

describe('toLocalIso', () => {
  it('formats an instant with the agency offset, seconds always, milliseconds only when set', () => {
    expect(toLocalIso(new Date('2026-01-12T10:00:00Z'), 420)).toBe('2026-01-12T17:00:00+07:00');
    expect(toLocalIso(new Date('2026-01-12T10:00:00.123Z'), 420)).toBe('2026-01-12T17:00:00.123+07:00');
    expect(toLocalIso(new Date('2026-01-12T10:00:00Z'), 0)).toBe('2026-01-12T10:00:00+00:00');
    expect(toLocalIso(new Date('2026-01-12T10:00:00Z'), -210)).toBe('2026-01-12T06:30:00-03:30');
  });

  it('moves to the next local date when the offset crosses midnight', () => {
    expect(toLocalIso(new Date('2026-01-12T20:00:00Z'), 420)).toBe('2026-01-13T03:00:00+07:00');
  });

  it('round-trips through new Date()', () => {
    for (const text of ['2026-02-13T09:00:00.001Z', '2025-12-31T23:59:59Z', '1999-06-30T12:00:00Z']) {
      const instant = new Date(text);
      expect(new Date(toLocalIso(instant, 420)).getTime()).toBe(instant.getTime());
    }
  });

  it('rejects an invalid date and an impossible offset', () => {
    expect(() => toLocalIso(new Date('nope'), 420)).toThrow(AppError);
    expect(() => toLocalIso(new Date(), 420.5)).toThrow(/whole number of minutes/);
    expect(() => toLocalIso(new Date(), 15 * 60)).toThrow(/between -720 and 840/);
  });
});

describe('local days', () => {
  it('takes the local date, not the UTC date', () => {
    expect(localDateOf(new Date('2026-01-11T17:00:00Z'), 420)).toBe('2026-01-12');
    expect(localDateOf(new Date('2026-01-11T16:59:59.999Z'), 420)).toBe('2026-01-11');
  });

  it('builds instants from a local date and time', () => {
    expect(localInstant('2026-01-12', '07:00', 420).toISOString()).toBe('2026-01-12T00:00:00.000Z');
    expect(localInstant('2026-01-12', '24:00', 420).toISOString()).toBe('2026-01-12T17:00:00.000Z');
    expect(localInstant('2024-02-29', '00:00', 0).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('rejects dates that do not exist and badly written times', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '2026-01-32', '0050-01-01', '', '2026-01-05T00:00']) {
      expect(() => parseLocalDate(bad), bad).toThrow(/YYYY-MM-DD/);
    }
    for (const bad of ['7:00', '07:60', '24:01', '25:00', '07h00', '']) {
      expect(() => localInstant('2026-01-12', bad, 420), bad).toThrow(/HH:MM/);
    }
  });

  it('counts day indexes from 1970-01-01', () => {
    expect(parseLocalDate('1970-01-01')).toBe(0);
    expect(parseLocalDate('1969-12-31')).toBe(-1);
    expect(parseLocalDate('2026-01-12')).toBe(20_465);
  });
});

describe('utcOffsetMinutes', () => {
  it('reads an IANA zone through Intl, so the server can turn agency.timezone into minutes', () => {
    expect(utcOffsetMinutes('Asia/Ho_Chi_Minh', new Date('2026-01-12T00:00:00Z'))).toBe(420);
    expect(utcOffsetMinutes('UTC')).toBe(0);
    expect(utcOffsetMinutes('Asia/Kolkata')).toBe(330);
    expect(utcOffsetMinutes('America/St_Johns', new Date('2026-01-12T00:00:00Z'))).toBe(-210);
  });

  it('rejects an unknown zone', () => {
    expect(() => utcOffsetMinutes('Nowhere/Town')).toThrow(/Unknown time zone/);
  });
});
