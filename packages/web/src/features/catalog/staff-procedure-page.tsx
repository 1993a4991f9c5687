import type { Agency, ProcedureDetail } from '@motcua/core';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { ProcedureDetailView } from './procedure-detail-view.js';

/** A procedure as staff see it: the public sheet, with unit names and links to the decisions. */
export function StaffProcedurePage({ code }: { code: string }) {
  const t = useMessages().catalog;
  const procedure = useResource<ProcedureDetail>(`/api/catalog/procedures/${encodeURIComponent(code)}`);
  const units = useResource<Agency>('/api/agency').data?.units ?? [];
  const back = (
    <p className="no-print">
      <Link to="/procedures">{t.nav.procedures}</Link>
    </p>
  );
  if (procedure.error?.status === 404) {
    return (
      <>
        {back}
        <PageTitle>{t.procedure.notFound}</PageTitle>
      </>
    );
  }
  if (!procedure.data) {
    return (
      <>
        {back}
        <LoadStatus error={procedure.error} isLoading={procedure.isLoading} />
      </>
    );
  }
  return (
    <ProcedureDetailView
      detail={procedure.data}
      navigation={back}
      unitName={(unitCode) => units.find((unit) => unit.code === unitCode)?.name}
      decisionHref={(version) => `/decisions/${version.decision.id}`}
    />
  );
}
