import type { Me } from '@motcua/core';
import { Link } from '../../app/router.js';
import { useMessages } from '../../i18n/language.js';

/** On a dossier's page: the counter asks the focal officer about this dossier. */
export function EscalateLink({ me, dossierCode }: { me: Me; dossierCode: string | null }) {
  const t = useMessages().escalations;
  if (!dossierCode || !me.permissions.includes('escalation:open')) return null;
  return (
    <p className="no-print">
      <Link to={`/vuong-mac/moi?dossier=${encodeURIComponent(dossierCode)}`}>{t.form.aboutThisDossier}</Link>
    </p>
  );
}
