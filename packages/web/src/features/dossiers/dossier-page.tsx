import type { DossierAction, Me } from '@motcua/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { EscalateLink } from '../escalations/escalate-link.js';
import { useMessages } from '../../i18n/language.js';
import { dossierPath, type DossierDetail } from './dossier-api.js';
import { actionLabel } from './dossier-format.js';
import { DossierActions } from './dossier-actions.js';
import { DossierClock } from './dossier-clock.js';
import { DossierDocuments } from './dossier-documents.js';
import { ApplicantFacts, DossierFacts } from './dossier-summary.js';
import { FileUploadList } from './file-upload.js';
import { ProcessControlSlip } from './process-control-slip.js';
import { ShipmentPanel } from '../postal/shipment-panel.js';
import { DossierForms } from '../documents/dossier-forms.js';
import { DossierResults } from '../results/dossier-results.js';
import { DossierHandovers } from '../postal/dossier-handovers.js';
import './dossiers.css';

type Notice = { kind: 'done' | 'conflict'; text: string } | null;

/** /ho-so/:id: one dossier, the actions open to the reader, its documents and its trail. */
export function DossierPage({ id, me }: { id: string; me: Me }) {
  const messages = useMessages();
  const t = messages.dossiers;
  const resource = useResource<DossierDetail>(dossierPath(id));
  // An action answers with the dossier as it now is; that answer wins over the older load.
  const [latest, setLatest] = useState<DossierDetail | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const loaded = resource.data?.id === id ? resource.data : undefined;
  const dossier = latest && (!loaded || latest.version >= loaded.version) ? latest : loaded;
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const { reload } = resource;
  const reloadDossier = useCallback(() => {
    setLatest(null);
    reload();
  }, [reload]);

  const back = (
    <p className="no-print">
      <Link to="/ho-so">{t.detail.back}</Link>
    </p>
  );
  if (resource.error?.status === 404 || resource.error?.status === 400) {
    return (
      <>
        {back}
        <PageTitle>{t.detail.notFound}</PageTitle>
      </>
    );
  }
  if (!dossier) {
    return (
      <>
        {back}
        <LoadStatus error={resource.error} isLoading={resource.isLoading} />
      </>
    );
  }

  function handleDone(updated: DossierDetail, action: DossierAction) {
    setLatest(updated);
    setNotice({ kind: 'done', text: t.detail.done(actionLabel(action, t)) });
  }
  function handleConflict(code: string) {
    // The reload's answer is newer than anything shown, so it wins; until then the last known stays.
    resource.reload();
    setNotice({ kind: 'conflict', text: code === 'STALE_VERSION' ? t.detail.stale : t.detail.notAllowed });
  }
  const canUpload = me.permissions.includes('dossier:receive') && dossier.finishedAt === null;

  return (
    <>
      {back}
      <div className="toolbar">
        <PageTitle>{dossier.code ? t.detail.title(dossier.code) : t.detail.titleNoCode}</PageTitle>
        <PrintButton />
      </div>
      <EscalateLink me={me} dossierCode={dossier.code} />
      <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
        {notice && (
          <p className={notice.kind === 'done' ? 'alert alert-success' : 'alert alert-error'}>{notice.text}</p>
        )}
        {notice?.kind === 'conflict' && resource.error && (
          <p className="alert alert-error" data-testid="reload-failed">
            {t.detail.reloadFailed} {resource.error.message}{' '}
            <button type="button" onClick={resource.reload}>
              {t.detail.reload}
            </button>
          </p>
        )}
      </div>
      <section aria-labelledby="dossier-summary-heading">
        <h2 id="dossier-summary-heading">{t.detail.summaryHeading}</h2>
        <DossierFacts dossier={dossier} />
      </section>
      <DossierClock dossier={dossier} />
      <section aria-labelledby="dossier-actions-heading" className="action-panel no-print">
        <h2 id="dossier-actions-heading">{t.detail.actionsHeading}</h2>
        <DossierActions dossier={dossier} onDone={handleDone} onConflict={handleConflict} />
      </section>
      {dossier.returnMethod === 'post' && (
        <ShipmentPanel
          dossierId={dossier.id}
          canAct={me.permissions.includes('dossier:receive')}
          onChanged={reloadDossier}
        />
      )}
      <section aria-labelledby="dossier-applicant-heading">
        <h2 id="dossier-applicant-heading">{t.detail.applicantHeading}</h2>
        <ApplicantFacts dossier={dossier} />
      </section>
      <section aria-labelledby="dossier-documents-heading">
        <h2 id="dossier-documents-heading">{t.detail.documentsHeading}</h2>
        <DossierDocuments dossierId={dossier.id} documents={dossier.documents} />
        {canUpload && (
          <details className="no-print">
            <summary>{t.reception.uploadHeading}</summary>
            <FileUploadList
              dossierId={dossier.id}
              documents={dossier.documents}
              onUploaded={() => {
                setLatest(null);
                resource.reload();
              }}
            />
          </details>
        )}
      </section>
      <DossierForms dossier={dossier} />
      <DossierResults key={dossier.version} dossierId={dossier.id} />
      <ProcessControlSlip dossier={dossier} />
      {me.permissions.includes('handover:read') && <DossierHandovers dossierId={dossier.id} />}
    </>
  );
}
