import { AppError } from '../errors.js';

/**
 * Calendar settings come from an administrator's form or the agency table, so a bad value is a
 * validation failure the server can show next to the field, in both languages; the English text
 * also goes into the error message for the log and for tests.
 */
export function invalidCalendarInput(field: string, en: string, vi: string): AppError {
  return new AppError('VALIDATION_FAILED', [{ field, message: { vi, en } }], `${field}: ${en}`);
}
