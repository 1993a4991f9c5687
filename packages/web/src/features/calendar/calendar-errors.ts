import { ApiError } from '../../api/client.js';

export interface Failure<Field extends string> {
  fields: Partial<Record<Field, string>>;
  /** For the alert above the form: the server's message and any detail no field can show. */
  summary: string;
}

/**
 * Places the server's field messages by the fields they name. `fieldOf` turns the server's
 * name ("body.kind", "params.date", "body.windows[1].start") into the form's own.
 */
export function describeFailure<Field extends string>(
  error: unknown,
  fixErrors: string,
  networkError: string,
  fieldOf: (apiField: string) => Field | undefined,
): Failure<Field> {
  if (!(error instanceof ApiError)) return { fields: {}, summary: networkError };
  const fields: Partial<Record<Field, string>> = {};
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const field = fieldOf(detail.field);
    if (field) fields[field] ??= detail.message;
    else unplaced.push(detail.message);
  }
  const hasFields = Object.keys(fields).length > 0;
  const summary = [error.message, hasFields ? fixErrors : '', ...unplaced].filter(Boolean).join(' ');
  return { fields, summary };
}
