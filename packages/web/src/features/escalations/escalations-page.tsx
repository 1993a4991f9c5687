import { ESCALATION_STATUSES, type Me } from '@motcua/core';
import { useState } from 'react';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import {
  escalationHref,
  type EscalationListResponse,
  type EscalationStatus,
  type EscalationSummary,
} from './escalation-api.js';
import './escalations.css';

const PAGE_SIZE = 20;

/** Vướng mắc: the agency's escalations, waiting for the focal officer first, overdue ones marked. */
export function EscalationsPage({ me }: { me: Me }) {
  const messages = useMessages();
  const t = messages.escalations;
  const initial = new URLSearchParams(window.location.search);
  const [status, setStatus] = useState<EscalationStatus | ''>(
    (ESCALATION_STATUSES as readonly string[]).includes(initial.get('status') ?? '')
      ? (initial.get('status') as EscalationStatus)
      : '',
  );
  const [overdue, setOverdue] = useState(initial.get('overdue') === 'true');
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (status) query.set('status', status);
  if (overdue) query.set('overdue', 'true');
  const list = useResource<EscalationListResponse>(`/api/escalations?${query.toString()}`);
  const c = t.list.columns;
  const columns: Column<EscalationSummary>[] = [
    {
      header: c.reference,
      cell: (e) => (
        <Link to={escalationHref(e.id)} className="nowrap">
          {e.reference}
        </Link>
      ),
    },
    { header: c.title, cell: (e) => e.title },
    {
      header: c.subject,
      cell: (e) =>
        e.subject === 'dossier' ? t.subjects.dossier(e.dossierCode ?? '') : t.subjects.procedure(e.procedureCode ?? ''),
    },
    { header: c.category, cell: (e) => t.categories[e.category] },
    { header: c.status, cell: (e) => t.statuses[e.status] },
    { header: c.openedAt, cell: (e) => formatDateTime(e.openedAt) },
    {
      header: c.dueAt,
      cell: (e) => (
        <span data-testid={e.isOverdue ? 'escalation-overdue' : undefined}>
          {e.status === 'open' ? formatDateTime(e.dueAt) : messages.common.empty}
          {e.isOverdue && <span className="escalation-overdue">{t.list.overdue}</span>}
        </span>
      ),
    },
  ];
  return (
    <>
      <PageTitle>{t.list.title}</PageTitle>
      <p className="no-print">
        {me.permissions.includes('escalation:open') && (
          <>
            <Link to="/vuong-mac/moi">{t.list.newEscalation}</Link>
            {' · '}
          </>
        )}
        <Link to="/vuong-mac/tra-cuu">{t.list.searchAnswers}</Link>
      </p>
      <div className="escalation-filters no-print">
        <FormField label={t.list.status}>
          {(control) => (
            <select
              {...control}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as EscalationStatus | '');
                setPage(1);
              }}
            >
              <option value="">{t.list.allStatuses}</option>
              {ESCALATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.statuses[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <label>
          <input
            type="checkbox"
            checked={overdue}
            onChange={(e) => {
              setOverdue(e.target.checked);
              setPage(1);
            }}
          />{' '}
          {t.list.overdueOnly}
        </label>
      </div>
      <LoadStatus error={list.error} isLoading={list.isLoading && !list.data} />
      {list.data && (
        <>
          {list.data.overdue > 0 && (
            <p className="alert alert-error" data-testid="overdue-count">
              {t.list.overdueCount(list.data.overdue)}
            </p>
          )}
          <DataTable caption={t.list.caption} columns={columns} rows={list.data.items} rowKey={(e) => e.id} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPageChange={setPage} />
        </>
      )}
    </>
  );
}
