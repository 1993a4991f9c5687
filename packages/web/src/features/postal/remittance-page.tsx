import { useState } from 'react';
import { useResource } from '../../api/use-resource.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { DateRangeForm, thisMonth } from '../../components/date-range-form.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';
import { formatMoney } from '../catalog/catalog-format.js';
import type { RemittanceReport } from './postal-counter-api.js';
import './postal.css';

type Row = RemittanceReport['rows'][number];

/** Đối soát: fees and postal charges collected, handed over and outstanding, per postal unit; printable. */
export function RemittancePage() {
  const t = useMessages().postalCounter.remittance;
  const [range, setRange] = useState(thisMonth);
  const report = useResource<RemittanceReport>(`/api/postal/remittance?from=${range.from}&to=${range.to}`);

  const money = (n: number) => <span className="money">{formatMoney(n)}</span>;
  const c = t.columns;
  const columns: Column<Row>[] = [
    { header: c.unit, cell: (r) => r.counterName },
    { header: c.pickups, cell: (r) => r.pickups },
    { header: c.feeCollected, cell: (r) => money(r.fee.collectedVnd) },
    { header: c.feeHanded, cell: (r) => money(r.fee.handedOverVnd) },
    { header: c.feeOutstanding, cell: (r) => money(r.fee.outstandingVnd) },
    { header: c.chargeCollected, cell: (r) => money(r.postalCharge.collectedVnd) },
    { header: c.chargeHanded, cell: (r) => money(r.postalCharge.handedOverVnd) },
    { header: c.chargeOutstanding, cell: (r) => money(r.postalCharge.outstandingVnd) },
  ];
  const rows: Row[] = report.data
    ? [...report.data.rows, { counterId: 'total', counterName: t.total, ...report.data.total }]
    : [];
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.title}</PageTitle>
        <PrintButton />
      </div>
      <DateRangeForm value={range} onSubmit={setRange} labels={t} />
      <LoadStatus error={report.error} isLoading={report.isLoading && !report.data} />
      {report.data && (
        <div data-testid="remittance">
          <DataTable
            caption={t.caption(formatDate(report.data.from), formatDate(report.data.to))}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.counterId}
          />
          <p>{t.note}</p>
        </div>
      )}
    </>
  );
}
