import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import type { FailedShipment } from './postal-api.js';

/** /giao-khong-thanh-cong: results the post brought back, waiting for the counter. */
export function FailedDeliveriesPage() {
  const messages = useMessages();
  const t = messages.postal.failed;
  const resource = useResource<{ items: FailedShipment[] }>('/api/shipments/failed');
  const columns: Column<FailedShipment>[] = [
    {
      header: t.columns.code,
      cell: (r) => <Link to={`/ho-so/${r.dossierId}`}>{r.dossierCode ?? r.dossierId}</Link>,
    },
    { header: t.columns.applicant, cell: (r) => r.applicantName },
    { header: t.columns.procedure, cell: (r) => r.procedureName },
    { header: t.columns.tracking, cell: (r) => r.trackingNumber },
    { header: t.columns.failedAt, cell: (r) => <span className="nowrap">{formatDateTime(r.failedAt)}</span> },
    { header: t.columns.reason, cell: (r) => r.failureReason ?? messages.common.empty },
  ];
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <p className="lead">{t.intro}</p>
      {resource.data ? (
        resource.data.items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <DataTable caption={t.caption} columns={columns} rows={resource.data.items} rowKey={(r) => r.shipmentId} />
        )
      ) : (
        <LoadStatus error={resource.error} isLoading={resource.isLoading} />
      )}
    </>
  );
}
