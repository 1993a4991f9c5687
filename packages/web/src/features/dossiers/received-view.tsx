import type { Me, ProcedureContent, ReceiveDossierRequest } from '@motcua/core';
import { Link } from '../../app/router.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import type { ReceivedDossier } from './dossier-api.js';
import { stateLabel } from './dossier-format.js';
import { dossierHref } from './dossier-table.js';
import { FileUploadList } from './file-upload.js';
import { ReceiptView } from './receipt-view.js';
import { useFocusOnMount } from './use-focus-on-mount.js';

interface ReceivedViewProps {
  dossier: ReceivedDossier;
  request: ReceiveDossierRequest;
  content: ProcedureContent;
  me: Me;
  onReceiveAnother: () => void;
}

/** After reception: the code and appointment, the printable receipt, then digitisation. */
export function ReceivedView({ dossier, request, content, me, onReceiveAnother }: ReceivedViewProps) {
  const messages = useMessages();
  const t = messages.dossiers.reception;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const code = dossier.code ?? '';
  const received = request.documents
    .filter((doc) => doc.received)
    .map((doc) => ({ ord: doc.ord, name: content.documents[doc.ord]?.name ?? String(doc.ord + 1) }));
  return (
    <>
      <div className="alert alert-success no-print" data-testid="received">
        <h2 ref={heading} tabIndex={-1}>
          {t.receivedHeading(code)}
        </h2>
        <dl className="details">
          <dt>{messages.dossiers.fields.code}</dt>
          <dd data-testid="dossier-code">{code}</dd>
          <dt>{messages.dossiers.fields.dueAt}</dt>
          <dd data-testid="appointment">{dossier.dueAt ? formatDateTime(dossier.dueAt) : messages.common.empty}</dd>
        </dl>
      </div>
      {dossier.duplicates.length > 0 && (
        <div className="alert alert-warning no-print" data-testid="duplicates">
          <p>{t.duplicates}</p>
          <ul>
            {dossier.duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                <Link to={dossierHref(duplicate.id)}>{duplicate.code ?? messages.dossiers.fields.noCode}</Link> (
                {stateLabel(duplicate.state, messages.dossiers)})
              </li>
            ))}
          </ul>
        </div>
      )}
      <ReceiptView
        dossier={dossier}
        request={request}
        content={content}
        agencyName={me.agency.name}
        staffName={me.fullName}
      />
      <section className="no-print upload-section">
        <h2>{t.uploadHeading}</h2>
        <p>{t.uploadIntro}</p>
        <FileUploadList dossierId={dossier.id} documents={received} />
      </section>
      <div className="form-buttons no-print">
        <Link to={dossierHref(dossier.id)}>{t.openDossier}</Link>
        <button type="button" onClick={onReceiveAnother}>
          {t.receiveAnother}
        </button>
      </div>
    </>
  );
}
