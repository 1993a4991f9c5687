import { useId } from 'react';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import type { PublicParcelView } from './postal-api.js';

/** The public lookup's parcel: tracking number and status only (the recipient's name masked). */
export function PublicParcel({ parcel }: { parcel: PublicParcelView }) {
  const messages = useMessages();
  const language = useLanguage();
  const t = messages.postal.public;
  const headingId = useId();
  // The server words statuses in Vietnamese; other languages word them from the status code.
  const word = (status: PublicParcelView['status'], vi: string) =>
    language === 'vi' ? vi : messages.postal.statuses[status];
  return (
    <section aria-labelledby={headingId} data-testid="lookup-parcel">
      <h3 id={headingId}>{t.heading}</h3>
      <dl className="details">
        <dt>{t.trackingNumber}</dt>
        <dd data-testid="parcel-tracking">{parcel.trackingNumber}</dd>
        <dt>{t.status}</dt>
        <dd data-testid="parcel-status">
          <strong>{word(parcel.status, parcel.statusText)}</strong> — {formatDateTime(parcel.statusAt)}
        </dd>
        {parcel.deliveredAt && (
          <>
            <dt>{t.deliveredAt}</dt>
            <dd>{formatDateTime(parcel.deliveredAt)}</dd>
          </>
        )}
        {parcel.deliveredTo && (
          <>
            <dt>{t.deliveredTo}</dt>
            <dd>{parcel.deliveredTo}</dd>
          </>
        )}
      </dl>
      {parcel.history.length > 0 && (
        <ol className="timeline">
          {parcel.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <time dateTime={h.at}>{formatDateTime(h.at)}</time> — {word(h.status, h.statusText)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
