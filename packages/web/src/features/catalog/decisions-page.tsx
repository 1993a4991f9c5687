import type { Decision } from '@motcua/core';
import { useState } from 'react';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link, navigate } from '../../app/router.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';
import { createDecision } from './catalog-api.js';
import { CatalogTable } from './catalog-table.js';
import { DecisionForm, EMPTY_DECISION } from './decision-form.js';
import './catalog.css';

const PAGE_SIZE = 20;

/** Quyết định công bố: the decisions, newest first, and a new draft for the focal officer. */
export function DecisionsPage({ canManage }: { canManage: boolean }) {
  const t = useMessages().catalog.decisions;
  const [page, setPage] = useState(1);
  const decisions = useResource<PageOf<Decision>>(`/api/catalog/decisions?page=${page}&pageSize=${PAGE_SIZE}`);
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.title}</PageTitle>
        <PrintButton />
      </div>
      <LoadStatus error={decisions.error} isLoading={decisions.isLoading} />
      {decisions.data && (
        <>
          <DecisionsTable decisions={decisions.data.items} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={decisions.data.total} onPageChange={setPage} />
        </>
      )}
      {canManage && (
        <section className="panel" aria-labelledby="create-decision-heading">
          <h2 id="create-decision-heading">{t.createHeading}</h2>
          <DecisionForm
            initial={EMPTY_DECISION}
            submitLabel={t.createSubmit}
            onSubmit={async (input) => navigate(`/decisions/${(await createDecision(input)).id}`)}
          />
        </section>
      )}
    </>
  );
}

function DecisionsTable({ decisions }: { decisions: readonly Decision[] }) {
  const t = useMessages().catalog.decisions;
  return (
    <CatalogTable
      caption={t.listCaption}
      rows={decisions}
      rowKey={(d) => d.id}
      rowTestId="decision-row"
      columns={[
        { header: t.number, className: 'nowrap', cell: (d) => <Link to={`/decisions/${d.id}`}>{d.number}</Link> },
        { header: t.titleField, cell: (d) => d.title },
        { header: t.signedOn, className: 'nowrap', cell: (d) => formatDate(d.signedOn) },
        { header: t.effectiveFrom, className: 'nowrap', cell: (d) => formatDate(d.effectiveFrom) },
        { header: t.status, cell: (d) => <span className={`badge status-${d.status}`}>{t.statuses[d.status]}</span> },
        { header: t.changeCount, className: 'numeric', cell: (d) => d.changeCount },
      ]}
    />
  );
}
