import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import type { PublicProcedure } from '../catalog/catalog-api.js';
import { ProcedureDetailView } from '../catalog/procedure-detail-view.js';

/** /thu-tuc/:code: every published field of one procedure, for citizens. */
export function PublicProcedurePage({ code }: { code: string }) {
  const messages = useMessages();
  const t = messages.catalog;
  const procedure = useResource<PublicProcedure>(`/api/public/procedures/${encodeURIComponent(code)}`);
  const back = (
    <p className="no-print">
      <Link to="/thu-tuc">{t.public.backToSearch}</Link>
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
  if (!procedure.data || procedure.data.code !== code) {
    return (
      <>
        {back}
        <LoadStatus error={procedure.error} isLoading={procedure.isLoading} />
      </>
    );
  }
  // Procedures that accept dossiers by post offer the pickup request (features/postal).
  const pickup = procedure.data.content.channels.postReceipt && (
    <p className="no-print">
      <Link to={`/thu-gom-ho-so/${encodeURIComponent(code)}`}>{messages.postalCounter.publicRequest.link}</Link>
    </p>
  );
  return (
    <ProcedureDetailView
      detail={procedure.data}
      navigation={
        <>
          {back}
          {pickup}
        </>
      }
    />
  );
}
