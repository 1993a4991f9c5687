import type { ProcedureContent, ReceiveDossierRequest } from '@motcua/core';
import { useId } from 'react';
import { PrintButton } from '../../components/print-button.js';
import { dossierFormHref, PdfLink } from '../documents/pdf-link.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { formatDuration } from '../catalog/catalog-format.js';
import type { ReceivedDossier } from './dossier-api.js';

interface ReceiptViewProps {
  dossier: ReceivedDossier;
  request: ReceiveDossierRequest;
  content: ProcedureContent;
  agencyName: string;
  staffName: string;
}

/** The receipt and appointment slip (form 01), as the applicant takes it home. */
export function ReceiptView({ dossier, request, content, agencyName, staffName }: ReceiptViewProps) {
  const messages = useMessages();
  const t = messages.dossiers.receipt;
  const titleId = useId();
  const applicant = request.applicant;
  const code = dossier.code ?? '';
  const lookupAddress = `${window.location.origin}/tra-cuu-ho-so`;
  const received = request.documents.filter((doc) => doc.received);
  return (
    <section className="printable-slip" aria-labelledby={titleId} data-testid="receipt">
      <div className="toolbar">
        <h2 id={titleId}>{t.title}</h2>
        <PdfLink href={dossierFormHref(dossier.id, 'receipt')} testId="print-receipt">
          {messages.documents.receipt}
        </PdfLink>
        <PrintButton />
      </div>
      <dl className="details">
        <dt>{t.agency}</dt>
        <dd>{agencyName}</dd>
        <dt>{t.code}</dt>
        <dd data-testid="receipt-code">
          <strong>{code}</strong>
        </dd>
        <dt>{t.applicant}</dt>
        <dd>{applicant.kind === 'person' ? applicant.name : `${applicant.name} (${applicant.representative})`}</dd>
        <dt>{t.idNumber}</dt>
        <dd>{applicant.kind === 'person' ? applicant.citizenId : applicant.taxCode}</dd>
        <dt>{t.address}</dt>
        <dd>{applicant.address}</dd>
        <dt>{t.phone}</dt>
        <dd>{applicant.phone}</dd>
        {applicant.email && (
          <>
            <dt>{t.email}</dt>
            <dd>{applicant.email}</dd>
          </>
        )}
        <dt>{t.procedure}</dt>
        <dd>
          {content.code} — {content.name}
        </dd>
        <dt>{t.sets}</dt>
        <dd>{content.dossierSets}</dd>
        <dt>{t.processingTime}</dt>
        <dd>
          {content.processingTime
            ? formatDuration(content.processingTime, messages.catalog)
            : messages.dossiers.reception.noProcessingTime}
        </dd>
        <dt>{t.receivedAt}</dt>
        <dd>{dossier.receivedAt ? formatDateTime(dossier.receivedAt) : messages.common.empty}</dd>
        <dt>{t.dueAt}</dt>
        <dd data-testid="receipt-appointment">
          <strong>{dossier.dueAt ? formatDateTime(dossier.dueAt) : messages.common.empty}</strong>
        </dd>
        <dt>{t.returnMethod}</dt>
        <dd>
          {messages.dossiers.returnMethods[request.returnMethod]}
          {request.returnAddress ? `: ${request.returnAddress}` : ''}
        </dd>
      </dl>
      <table>
        <caption>{t.documentsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.documentColumns.no}</th>
            <th scope="col">{t.documentColumns.name}</th>
            <th scope="col">{t.documentColumns.form}</th>
            <th scope="col">{t.documentColumns.copies}</th>
          </tr>
        </thead>
        <tbody>
          {received.map((doc, index) => (
            <tr key={doc.ord}>
              <td>{index + 1}</td>
              <td>{content.documents[doc.ord]?.name}</td>
              <td>{doc.form ? messages.dossiers.receivedForms[doc.form] : messages.common.empty}</td>
              <td>{doc.copies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t.lookup(lookupAddress)}</p>
      <div className="signatures">
        <p>{t.signatures.applicant}</p>
        <p>
          {t.signatures.receiver}
          <br />
          {staffName}
        </p>
      </div>
    </section>
  );
}
