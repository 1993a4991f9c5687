import { useState } from 'react';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { DateRangeForm, thisMonth } from '../../components/date-range-form.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { PrintButton } from '../../components/print-button.js';
import { PdfLink, trackingBookHref } from '../documents/pdf-link.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import type { TrackingBookRow } from './dossier-api.js';
import { stateLabel } from './dossier-format.js';
import { dossierHref } from './dossier-table.js';
import './dossiers.css';

const PAGE_SIZE = 50;

/** Sổ theo dõi hồ sơ (form 06/07, DOMAIN.md §6): every dossier received in a period, printable. */
export function TrackingBookPage() {
  const messages = useMessages();
  const t = messages.dossiers.trackingBook;
  const [range, setRange] = useState(thisMonth);
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ ...range, page: String(page), pageSize: String(PAGE_SIZE) });
  const book = useResource<PageOf<TrackingBookRow>>(`/api/dossiers/tracking-book?${query.toString()}`);

  const when = (iso: string | null) => (iso ? formatDateTime(iso) : '');
  const c = t.columns;
  const columns: Column<TrackingBookRow>[] = [
    { header: c.no, cell: (row) => row.no },
    {
      header: c.code,
      cell: (row) => (
        <Link to={dossierHref(row.id)} className="nowrap">
          {row.code ?? messages.dossiers.fields.noCode}
        </Link>
      ),
    },
    { header: c.procedure, cell: (row) => row.procedureName },
    { header: c.sets, cell: (row) => row.sets },
    { header: c.applicant, cell: (row) => row.applicantName },
    { header: c.addressAndPhone, cell: (row) => row.addressAndPhone },
    { header: c.unit, cell: (row) => row.competentUnit ?? '' },
    { header: c.receivedAt, cell: (row) => when(row.receivedAt) },
    { header: c.dueAt, cell: (row) => when(row.dueAt) },
    { header: c.transferredAt, cell: (row) => when(row.transferredAt) },
    { header: c.resultAt, cell: (row) => when(row.resultAt) },
    { header: c.returnedAt, cell: (row) => when(row.returnedAt) },
    { header: c.state, cell: (row) => stateLabel(row.state, messages.dossiers) },
  ];

  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.title}</PageTitle>
        <PdfLink href={trackingBookHref(range.from, range.to)} testId="print-tracking-book">
          {messages.documents.trackingBook}
        </PdfLink>
        <PrintButton />
      </div>
      <DateRangeForm
        value={range}
        onSubmit={(chosen) => {
          setRange(chosen);
          setPage(1);
        }}
        labels={t}
      />
      <LoadStatus error={book.error} isLoading={book.isLoading && !book.data} />
      {book.data && (
        <div className="tracking-book">
          <DataTable
            caption={t.caption(formatDate(range.from), formatDate(range.to))}
            columns={columns}
            rows={book.data.items}
            rowKey={(row) => row.id}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={book.data.total} onPageChange={setPage} />
        </div>
      )}
    </>
  );
}
