import { AppError, type LocalisedText } from '@motcua/core';

/** A refusal about one field, with the reason in both languages. */
export function conflict(field: string, message: LocalisedText): AppError {
  return new AppError('CONFLICT', [{ field, message }]);
}

export function invalid(field: string, message: LocalisedText): AppError {
  return new AppError('VALIDATION_FAILED', [{ field, message }]);
}

export const DECISION_NOT_DRAFT = {
  vi: 'Quyết định đã được công bố nên không thể sửa đổi.',
  en: 'The decision is published and can no longer change.',
};
