import type { AuditEntry } from '@motcua/core';
import { useState } from 'react';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';

const PAGE_SIZE = 50;

export function AuditPage() {
  const t = useMessages();
  const [page, setPage] = useState(1);
  const audit = useResource<PageOf<AuditEntry>>(`/api/audit?page=${page}&pageSize=${PAGE_SIZE}`);
  const orEmpty = (value: string | null) => value ?? t.common.empty;
  const columns: Column<AuditEntry>[] = [
    {
      header: t.audit.occurredAt,
      cell: (entry) => <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>,
    },
    // No actor means the system itself acted (start-up, scheduled jobs).
    { header: t.audit.actor, cell: (entry) => entry.actorName ?? t.audit.system },
    { header: t.audit.action, cell: (entry) => <code>{entry.action}</code> },
    {
      header: t.audit.target,
      cell: (entry) => [entry.targetType, entry.targetId].filter(Boolean).join(' '),
    },
    { header: t.audit.requestId, cell: (entry) => <code>{orEmpty(entry.requestId)}</code> },
    { header: t.audit.clientIp, cell: (entry) => orEmpty(entry.clientIp) },
  ];
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.audit.title}</PageTitle>
        <PrintButton />
      </div>
      <LoadStatus error={audit.error} isLoading={audit.isLoading} />
      {audit.data && (
        <>
          <DataTable
            caption={t.audit.listCaption}
            columns={columns}
            rows={audit.data.items}
            rowKey={(entry) => entry.seq}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={audit.data.total} onPageChange={setPage} />
        </>
      )}
    </>
  );
}
