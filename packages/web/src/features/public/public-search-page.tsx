import type { ProcedureSummary } from '@motcua/core';
import type { PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { searchQuery } from '../catalog/catalog-api.js';
import { ProcedureSearchForm, ProcedureSearchResults } from '../catalog/procedure-search.js';
import { useProcedureSearch } from '../catalog/use-procedure-search.js';

/** /thu-tuc: citizens search the procedures in force. */
export function PublicSearchPage() {
  const t = useMessages().catalog.public;
  const search = useProcedureSearch();
  const fields = useResource<{ items: string[] }>('/api/public/fields').data?.items ?? [];
  const results = useResource<PageOf<ProcedureSummary>>(`/api/public/procedures?${searchQuery(search.params)}`);
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <p className="lead">{t.intro}</p>
      <ProcedureSearchForm search={search} fields={fields} />
      <ProcedureSearchResults
        search={search}
        results={results}
        hrefOf={(code) => `/thu-tuc/${encodeURIComponent(code)}`}
      />
    </>
  );
}
