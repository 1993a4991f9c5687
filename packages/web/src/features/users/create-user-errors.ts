import type { ErrorDetail } from '@motcua/core';
import { ApiError } from '../../api/client.js';
import type { Messages } from '../../i18n/vi.js';

export const USER_FIELDS = ['username', 'fullName', 'role', 'unitId', 'password'] as const;
export type UserField = (typeof USER_FIELDS)[number];
export type FieldErrors = Partial<Record<UserField, string>>;

export interface CreateUserFailure {
  fields: FieldErrors;
  /** For the alert above the form: the server's message and any detail no field can show. */
  summary: string;
}

function fieldOf(detail: ErrorDetail): UserField | undefined {
  // The server names fields by their place in the request, e.g. "body.username".
  const name = detail.field.replace(/^body\./, '');
  return USER_FIELDS.find((field) => field === name);
}

export function describeFailure(error: unknown, t: Messages): CreateUserFailure {
  if (!(error instanceof ApiError)) return { fields: {}, summary: t.common.networkError };
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const field = fieldOf(detail);
    if (field) fields[field] ??= detail.message;
    else unplaced.push(detail.message);
  }
  // A conflict on this form can only be a username already in use.
  if (error.code === 'CONFLICT' && !fields.username) fields.username = t.users.usernameTaken;
  const hasFields = Object.keys(fields).length > 0;
  const summary = [error.message, hasFields ? t.users.fixErrors : '', ...unplaced].filter(Boolean).join(' ');
  return { fields, summary };
}
