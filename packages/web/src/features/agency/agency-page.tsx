import type { Agency } from '@motcua/core';
import { useResource } from '../../api/use-resource.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';

type Unit = Agency['units'][number];
type Counter = Agency['counters'][number];

export function AgencyPage() {
  const t = useMessages();
  const agency = useResource<Agency>('/api/agency');
  return (
    <>
      <PageTitle>{t.agency.title}</PageTitle>
      <LoadStatus error={agency.error} isLoading={agency.isLoading} />
      {agency.data && <AgencyDetails agency={agency.data} />}
    </>
  );
}

function AgencyDetails({ agency }: { agency: Agency }) {
  const t = useMessages();
  const unitColumns: Column<Unit>[] = [
    { header: t.agency.columnCode, cell: (unit) => unit.code },
    { header: t.agency.columnName, cell: (unit) => unit.name },
    { header: t.agency.columnKind, cell: (unit) => t.agency.unitKinds[unit.kind] },
  ];
  const counterColumns: Column<Counter>[] = [
    { header: t.agency.columnCode, cell: (counter) => counter.code },
    { header: t.agency.columnName, cell: (counter) => counter.name },
    { header: t.agency.columnLocation, cell: (counter) => counter.location },
  ];
  return (
    <>
      <div className="toolbar">
        <h2>{agency.name}</h2>
        <PrintButton />
      </div>
      <dl className="details">
        <dt>{t.agency.code}</dt>
        <dd>{agency.code}</dd>
        <dt>{t.agency.validFrom}</dt>
        <dd>{formatDate(agency.validFrom)}</dd>
        <dt>{t.agency.validTo}</dt>
        <dd>{agency.validTo ? formatDate(agency.validTo) : t.agency.openEnded}</dd>
        <dt>{t.agency.successor}</dt>
        <dd>{agency.successor?.name ?? t.agency.noSuccessor}</dd>
        <dt>{t.agency.timezone}</dt>
        <dd>{agency.timezone}</dd>
      </dl>
      <DataTable caption={t.agency.unitsCaption} columns={unitColumns} rows={agency.units} rowKey={(unit) => unit.id} />
      <DataTable
        caption={t.agency.countersCaption}
        columns={counterColumns}
        rows={agency.counters}
        rowKey={(counter) => counter.id}
      />
    </>
  );
}
