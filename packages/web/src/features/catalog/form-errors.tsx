import { ApiError } from '../../api/client.js';
import { useMessages } from '../../i18n/language.js';
import type { Messages } from '../../i18n/vi.js';
import { pathLabel } from './catalog-format.js';

/** Server refusals of a catalog form: a message per field path, and what no field can show. */
export interface FormFailure {
  /** Keyed by the path under `prefix`, e.g. "fees.items.0.amountVnd". */
  fields: Record<string, string>;
  summary: string;
}

export const NO_FAILURE: FormFailure = { fields: {}, summary: '' };

/**
 * The server names each field by its place in the request ("body.content.fees.items.0.name");
 * `prefix` is the part up to the form's own fields.
 */
export function describeFailure(error: unknown, messages: Messages, prefix: string): FormFailure {
  if (!(error instanceof ApiError)) return { fields: {}, summary: messages.common.networkError };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const detail of error.details) {
    if (detail.field.startsWith(prefix) && detail.field.length > prefix.length) {
      fields[detail.field.slice(prefix.length)] ??= detail.message;
    } else {
      unplaced.push(detail.message);
    }
  }
  const hasFields = Object.keys(fields).length > 0;
  const summary = [error.message, hasFields ? messages.catalog.decisions.fixErrors : '', ...unplaced]
    .filter(Boolean)
    .join(' ');
  return { fields, summary };
}

/**
 * The alert above a long form: the server's message, then every field error in words, so a
 * screen-reader user hears them all before moving through the form.
 */
export function FailureSummary({ failure, labelsFor }: { failure: FormFailure; labelsFor: 'content' | 'none' }) {
  const messages = useMessages();
  const entries = Object.entries(failure.fields);
  return (
    <div role="alert">
      {failure.summary && (
        <div className="alert alert-error">
          <p>{failure.summary}</p>
          {labelsFor === 'content' && entries.length > 0 && (
            <ul>
              {entries.map(([path, message]) => (
                <li key={path}>
                  {pathLabel(path, messages.catalog)}: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
