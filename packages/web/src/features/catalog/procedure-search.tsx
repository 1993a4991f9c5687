import type { ProcedureSummary } from '@motcua/core';
import { useId, type FormEvent } from 'react';
import type { PageOf } from '../../api/client.js';
import { Link } from '../../app/router.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { Pagination } from '../../components/pagination.js';
import { useMessages } from '../../i18n/language.js';
import type { Resource } from '../../api/use-resource.js';
import { CHANNEL_FILTERS, isChannelFilter, SEARCH_PAGE_SIZE } from './catalog-api.js';
import { formatDuration } from './catalog-format.js';
import { ChannelBadges } from './procedure-sections.js';
import type { ProcedureSearch } from './use-procedure-search.js';
import './catalog.css';

interface SearchFormProps {
  search: ProcedureSearch;
  fields: readonly string[];
  /** Staff may also list abolished procedures. */
  canIncludeAbolished?: boolean;
}

export function ProcedureSearchForm({ search, fields, canIncludeAbolished }: SearchFormProps) {
  const t = useMessages().catalog.search;
  const { params } = search;
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search.submit();
  }
  return (
    <form role="search" className="search-form no-print" onSubmit={handleSubmit}>
      <FormField label={t.label} hint={t.hint}>
        {(control) => (
          <input
            {...control}
            type="search"
            name="q"
            autoComplete="off"
            value={search.text}
            onChange={(event) => search.setText(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t.field}>
        {(control) => (
          <select
            {...control}
            name="field"
            value={params.field}
            onChange={(event) => search.setFilter({ field: event.target.value })}
          >
            <option value="">{t.allFields}</option>
            {fields.map((field) => (
              <option key={field} value={field}>
                {field}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t.channel}>
        {(control) => (
          <select
            {...control}
            name="channel"
            value={params.channel}
            onChange={(event) => {
              const value = event.target.value;
              search.setFilter({ channel: isChannelFilter(value) ? value : '' });
            }}
          >
            <option value="">{t.allChannels}</option>
            {CHANNEL_FILTERS.map((channel) => (
              <option key={channel} value={channel}>
                {t.channels[channel]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {canIncludeAbolished && (
        <label className="check">
          <input
            type="checkbox"
            name="includeAbolished"
            checked={params.includeAbolished ?? false}
            onChange={(event) => search.setFilter({ includeAbolished: event.target.checked })}
          />
          {t.includeAbolished}
        </label>
      )}
      <div className="search-actions">
        <button type="submit" className="button-primary">
          {t.submit}
        </button>
      </div>
    </form>
  );
}

interface SearchResultsProps {
  search: ProcedureSearch;
  results: Resource<PageOf<ProcedureSummary>>;
  hrefOf: (code: string) => string;
}

/** The result count (announced), the list of procedures and the pages. */
export function ProcedureSearchResults({ search, results, hrefOf }: SearchResultsProps) {
  const messages = useMessages();
  const t = messages.catalog;
  const listId = useId();
  const data = results.data;
  return (
    <>
      <p role="status" className="result-count" data-testid="result-count">
        {data && !results.isLoading ? t.search.resultCount(data.total) : ''}
      </p>
      <LoadStatus error={results.error} isLoading={results.isLoading && !data} />
      {data && data.items.length === 0 && <p data-testid="no-results">{t.search.empty}</p>}
      {data && data.items.length > 0 && (
        <>
          <h2 id={listId} className="visually-hidden">
            {t.search.resultsLabel}
          </h2>
          <ol className="result-list" aria-labelledby={listId} data-testid="results">
            {data.items.map((item) => (
              <li key={item.code} data-testid="result">
                <h3 className="result-name">
                  <Link to={hrefOf(item.code)}>{item.name}</Link>
                </h3>
                <dl className="result-facts">
                  <div>
                    <dt>{t.procedure.code}:</dt>
                    <dd>{item.code}</dd>
                  </div>
                  <div>
                    <dt>{t.procedure.field}:</dt>
                    <dd>{item.field}</dd>
                  </div>
                  <div>
                    <dt>{t.procedure.processingTime}:</dt>
                    <dd>{item.processingTime ? formatDuration(item.processingTime, t) : t.procedure.notStated}</dd>
                  </div>
                  {item.isAbolished && (
                    <div>
                      <dt>{t.procedure.status}:</dt>
                      <dd>
                        <span className="badge status-abolished">{t.procedure.statuses.abolished}</span>
                      </dd>
                    </div>
                  )}
                </dl>
                <ChannelBadges channels={item.channels} />
              </li>
            ))}
          </ol>
          <Pagination
            page={search.params.page}
            pageSize={SEARCH_PAGE_SIZE}
            total={data.total}
            onPageChange={search.setPage}
          />
        </>
      )}
    </>
  );
}
