import type { ResultDocumentList } from '@motcua/core';
import { useId } from 'react';
import { useResource } from '../../api/use-resource.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import './results.css';

/**
 * The signed results of one dossier, on its page: number, status, the signed PDF and the public
 * verification page. Shows nothing until a result is issued; the dossier page remounts it (key)
 * after each action.
 */
export function DossierResults({ dossierId }: { dossierId: string }) {
  const messages = useMessages();
  const t = messages.results.list;
  const headingId = useId();
  const list = useResource<ResultDocumentList>(`/api/dossiers/${dossierId}/results`);
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={headingId} data-testid="dossier-results">
      <h2 id={headingId}>{messages.results.nav.results}</h2>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <strong>{r.number}</strong> — {r.title} — {formatDateTime(r.issuedAt)} —{' '}
            <span className={`result-status result-status-${r.status}`}>{messages.results.statuses[r.status]}</span>
            {' · '}
            <a href={`/api/results/${r.id}/pdf`} download>
              {t.download}
            </a>
            {' · '}
            <a href={`/verify/${r.id}`}>{t.verify}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
