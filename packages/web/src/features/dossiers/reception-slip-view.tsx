import type { ReceptionSlipRequest } from '@motcua/core';
import { useId } from 'react';
import { PrintButton } from '../../components/print-button.js';
import { PdfLink, receptionSlipHref } from '../documents/pdf-link.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useFocusOnMount } from './use-focus-on-mount.js';
import type { ReceptionSlip } from './dossier-api.js';

interface ReceptionSlipViewProps {
  slip: ReceptionSlip;
  request: ReceptionSlipRequest;
  procedureName: string;
  agencyName: string;
  staffName: string;
}

/** The issued slip (forms 02 and 03 of the one-stop rules), laid out to be printed and signed. */
export function ReceptionSlipView({ slip, request, procedureName, agencyName, staffName }: ReceptionSlipViewProps) {
  const messages = useMessages();
  const t = messages.dossiers.slip;
  const titleId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const applicant = request.applicant;
  const idNumber = applicant.kind === 'person' ? applicant.citizenId : applicant.taxCode;
  return (
    <section className="printable-slip" aria-labelledby={titleId} data-testid="reception-slip">
      <div className="toolbar">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {request.kind === 'supplement' ? t.supplementTitle : t.refusalTitle}
        </h2>
        <PdfLink href={receptionSlipHref(slip.id)} testId="print-slip">
          {messages.documents.receptionSlip}
        </PdfLink>
        <PrintButton />
      </div>
      <p className="slip-agency">{agencyName}</p>
      <dl className="details">
        <dt>{t.issuedAt}</dt>
        <dd>{formatDateTime(slip.createdAt)}</dd>
        <dt>{t.applicant}</dt>
        <dd>
          {applicant.name} ({idNumber})
        </dd>
        <dt>{t.procedure}</dt>
        <dd>
          {request.procedureCode} — {procedureName}
        </dd>
        {request.kind === 'refusal' && (
          <>
            <dt>{t.reason}</dt>
            <dd>{messages.dossiers.refusalReasons[request.reason]}</dd>
            <dt>{t.note}</dt>
            <dd className="preserve-lines">{request.note}</dd>
          </>
        )}
      </dl>
      {request.kind === 'supplement' && (
        <table>
          <caption>{t.itemsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.no}</th>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.reason}</th>
              <th scope="col">{t.columns.note}</th>
            </tr>
          </thead>
          <tbody>
            {request.items.map((item, index) => (
              <tr key={index} data-testid="slip-item">
                <td>{index + 1}</td>
                <td>{item.name}</td>
                <td>{messages.dossiers.supplementReasons[item.reason]}</td>
                <td>{item.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="signatures">
        <p>{messages.dossiers.receipt.signatures.applicant}</p>
        <p>
          {messages.dossiers.receipt.signatures.receiver}
          <br />
          {staffName}
        </p>
      </div>
    </section>
  );
}
