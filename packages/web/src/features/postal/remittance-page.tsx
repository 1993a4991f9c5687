import { useState, type FormEvent } from 'react';
import { useResource } from '../../api/use-resource.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';
import { formatMoney } from '../catalog/catalog-format.js';
import type { RemittanceReport } from './postal-counter-api.js';
import './postal.css';

type Row = RemittanceReport['rows'][number];

function thisMonth(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** Đối soát: fees and postal charges collected, handed over and outstanding, per postal unit; printable. */
export function RemittancePage() {
  const t = useMessages().postalCounter.remittance;
  const [range, setRange] = useState(thisMonth);
  const [draft, setDraft] = useState(range);
  const isValid = draft.from !== '' && draft.to !== '' && draft.from <= draft.to;
  const report = useResource<RemittanceReport>(`/api/postal/remittance?from=${range.from}&to=${range.to}`);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isValid) setRange(draft);
  }
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
      <form className="range-form no-print" onSubmit={handleSubmit}>
        <FormField label={t.from}>
          {(control) => (
            <input
              {...control}
              type="date"
              required
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t.to} error={isValid || !draft.from || !draft.to ? undefined : t.invalidRange}>
          {(control) => (
            <input
              {...control}
              type="date"
              required
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          )}
        </FormField>
        <button type="submit" className="button-primary">
          {t.show}
        </button>
      </form>
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
