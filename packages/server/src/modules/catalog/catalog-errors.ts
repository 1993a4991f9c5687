/** Refusals about one field, with the reason in both languages. */
export { conflictField as conflict, invalidField as invalid } from '@motcua/core';

export const DECISION_NOT_DRAFT = {
  vi: 'Quyết định đã được công bố nên không thể sửa đổi.',
  en: 'The decision is published and can no longer change.',
};
