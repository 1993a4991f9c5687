import type { DossierSummary, Me } from '@motcua/core';
import { useEffect, useState } from 'react';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { isQueueName, type QueueName } from './dossier-api.js';
import { QUEUES_BY_ROLE } from './dossier-format.js';
import { DossierTable } from './dossier-table.js';
import { QueueTabs } from './queue-tabs.js';
import './dossiers.css';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 300;

interface ListParams {
  queue: QueueName;
  q: string;
  page: number;
}

/** The queue, search and page live in the address, so Back and a home-page link land on them. */
function readUrl(queues: readonly QueueName[]): ListParams {
  const query = new URLSearchParams(window.location.search);
  const queue = query.get('queue') ?? '';
  const page = Number(query.get('page'));
  return {
    queue: isQueueName(queue) && queues.includes(queue) ? queue : (queues[0] ?? 'all'),
    q: query.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function writeUrl(params: ListParams): void {
  const query = new URLSearchParams({ queue: params.queue });
  if (params.q.trim()) query.set('q', params.q.trim());
  if (params.page > 1) query.set('page', String(params.page));
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query.toString()}`);
}

/** Hồ sơ: the role's work queues as tabs, with search by code, applicant or procedure. */
export function DossiersPage({ me }: { me: Me }) {
  const t = useMessages();
  const d = t.dossiers;
  const queues = QUEUES_BY_ROLE[me.role].length > 0 ? QUEUES_BY_ROLE[me.role] : (['all'] as const);
  const [params, setParams] = useState<ListParams>(() => readUrl(queues));
  const [text, setText] = useState(params.q);
  useEffect(() => writeUrl(params), [params]);
  useEffect(() => {
    if (text === params.q) return;
    const timer = window.setTimeout(() => setParams((p) => ({ ...p, q: text, page: 1 })), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, params.q]);

  const query = new URLSearchParams({ queue: params.queue, page: String(params.page), pageSize: String(PAGE_SIZE) });
  if (params.q.trim()) query.set('q', params.q.trim());
  const list = useResource<PageOf<DossierSummary>>(`/api/dossiers?${query.toString()}`);

  return (
    <>
      <div className="toolbar">
        <PageTitle>{d.nav.dossiers}</PageTitle>
        <PrintButton />
      </div>
      <QueueTabs queues={queues} current={params.queue} onChange={(queue) => setParams({ queue, q: text, page: 1 })}>
        <form
          role="search"
          className="dossier-search no-print"
          onSubmit={(event) => {
            event.preventDefault();
            setParams((p) => ({ ...p, q: text, page: 1 }));
          }}
        >
          <FormField label={d.list.searchLabel} hint={d.list.searchHint}>
            {(control) => (
              <input
                {...control}
                type="search"
                autoComplete="off"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit">{t.catalog.search.submit}</button>
        </form>
        <LoadStatus error={list.error} isLoading={list.isLoading && !list.data} />
        {list.data && (
          <>
            <DossierTable caption={d.list.caption(d.queues[params.queue])} dossiers={list.data.items} />
            <Pagination
              page={params.page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
              onPageChange={(page) => setParams((p) => ({ ...p, page }))}
            />
          </>
        )}
      </QueueTabs>
    </>
  );
}
