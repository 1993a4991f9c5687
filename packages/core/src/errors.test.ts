import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, errorMessage, type ErrorCode } from './errors.js';

describe('error codes', () => {
  it('has a Vietnamese and an English message and an HTTP status for every code', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      expect(errorMessage(code, 'vi')).not.toBe(errorMessage(code, 'en'));
      expect(ERROR_CODES[code].status).toBeGreaterThanOrEqual(400);
    }
  });

  it('keeps internal facts out of the code a client sees', () => {
    const e = new AppError('NOT_FOUND', undefined, 'row 42 of agency X');
    expect(e.code).toBe('NOT_FOUND');
    expect(e.details).toBeUndefined();
    expect(errorMessage(e.code, 'vi')).not.toContain('42');
  });
});
