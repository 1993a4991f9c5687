import { useId } from 'react';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { handoverHref, type HandoverSummary } from './postal-counter-api.js';

/**
 * On a dossier's page, next to its process control slip: every hand-over record that carried
 * its paper (and the pickup package it came in), with both people and the time.
 */
export function DossierHandovers({ dossierId }: { dossierId: string }) {
  const t = useMessages().postalCounter;
  const headingId = useId();
  const records = useResource<PageOf<HandoverSummary>>(`/api/handovers?dossierId=${dossierId}`);
  if (!records.data || records.data.items.length === 0) return null;
  const c = t.handovers.columns;
  const columns: Column<HandoverSummary>[] = [
    { header: c.number, cell: (r) => <Link to={handoverHref(r.id)}>{r.number}</Link> },
    { header: c.direction, cell: (r) => t.directions[r.direction] },
    { header: c.sender, cell: (r) => r.senderName ?? '' },
    { header: c.receiver, cell: (r) => r.receiverName ?? '' },
    { header: c.confirmedAt, cell: (r) => (r.confirmedAt ? formatDateTime(r.confirmedAt) : t.statuses[r.status]) },
  ];
  return (
    <section aria-labelledby={headingId} data-testid="dossier-handovers">
      <h2 id={headingId}>{t.dossierRecords.heading}</h2>
      <DataTable caption={t.dossierRecords.caption} columns={columns} rows={records.data.items} rowKey={(r) => r.id} />
    </section>
  );
}
