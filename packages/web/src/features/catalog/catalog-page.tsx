import type { Me, ProcedureSummary } from '@motcua/core';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { searchQuery } from './catalog-api.js';
import { ProcedureSearchForm, ProcedureSearchResults } from './procedure-search.js';
import { useProcedureSearch } from './use-procedure-search.js';

/** Danh mục thủ tục: staff search the catalog, abolished procedures included on request. */
export function CatalogPage({ me }: { me: Me }) {
  const t = useMessages().catalog;
  const search = useProcedureSearch();
  const fields = useResource<{ items: string[] }>(`/api/public/fields?agency=${encodeURIComponent(me.agency.code)}`);
  const results = useResource<PageOf<ProcedureSummary>>(`/api/catalog/procedures?${searchQuery(search.params)}`);
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.nav.procedures}</PageTitle>
        {/* A plain link: the browser downloads the file with the session cookie. */}
        <a className="no-print" href="/api/catalog/export.xlsx" download data-testid="export-xlsx">
          {t.search.exportXlsx}
        </a>
      </div>
      <ProcedureSearchForm search={search} fields={fields.data?.items ?? []} canIncludeAbolished />
      <ProcedureSearchResults
        search={search}
        results={results}
        hrefOf={(code) => `/procedures/${encodeURIComponent(code)}`}
      />
    </>
  );
}
