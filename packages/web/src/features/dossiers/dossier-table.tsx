import type { DossierSummary } from '@motcua/core';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { stateLabel } from './dossier-format.js';
import { TimingBadge } from './timing-badge.js';

export const dossierHref = (id: string) => `/ho-so/${encodeURIComponent(id)}`;

export function DossierTable({ caption, dossiers }: { caption: string; dossiers: readonly DossierSummary[] }) {
  const t = useMessages();
  const d = t.dossiers;
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t.common.empty);
  const columns: Column<DossierSummary>[] = [
    {
      header: d.fields.code,
      cell: (row) => (
        <Link to={dossierHref(row.id)} className="nowrap">
          {row.code ?? d.fields.noCode}
        </Link>
      ),
    },
    { header: d.fields.procedure, cell: (row) => row.procedureName },
    { header: d.fields.applicant, cell: (row) => row.applicantName },
    { header: d.fields.state, cell: (row) => stateLabel(row.state, d) },
    { header: d.fields.receivedAt, cell: (row) => <span className="nowrap">{when(row.receivedAt)}</span> },
    { header: d.fields.dueAt, cell: (row) => <span className="nowrap">{when(row.dueAt)}</span> },
    { header: d.fields.timing, cell: (row) => <TimingBadge timing={row.timing} isPaused={row.isPaused} /> },
  ];
  return <DataTable caption={caption} columns={columns} rows={dossiers} rowKey={(row) => row.id} />;
}
