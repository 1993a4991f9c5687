import './documents.css';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/language.js';

/**
 * One click prints a statutory form: the server renders the PDF (session cookie, same origin)
 * and the browser opens it in a new tab, where its own print button prints it.
 */
export function PdfLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  const t = useMessages().documents;
  return (
    <a className="button-link no-print" href={href} target="_blank" rel="noopener" data-testid={testId}>
      {children}
      <span className="visually-hidden"> {t.opensInNewTab}</span>
    </a>
  );
}

export const dossierFormHref = (dossierId: string, form: DossierForm) =>
  `/api/dossiers/${encodeURIComponent(dossierId)}/forms/${form}.pdf`;
export const receptionSlipHref = (slipId: string) => `/api/reception-slips/${encodeURIComponent(slipId)}/slip.pdf`;
export const handoverRecordHref = (recordId: string) => `/api/handovers/${encodeURIComponent(recordId)}/record.pdf`;
export const trackingBookHref = (from: string, to: string) =>
  `/api/dossiers/tracking-book.pdf?${new URLSearchParams({ from, to }).toString()}`;

export type DossierForm = 'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'stop-notice' | 'control-slip';

/** Which forms a dossier's log makes printable (the server answers 409 for the others). */
export function printableForms(hasCode: boolean, actions: readonly string[]): DossierForm[] {
  if (!hasCode) return actions.includes('refuse_online') ? ['refusal'] : [];
  const forms: DossierForm[] = [];
  if (actions.includes('receive') || actions.includes('accept_online')) forms.push('receipt');
  if (actions.includes('request_supplement')) forms.push('supplement-request');
  if (actions.includes('propose_refusal') || actions.includes('refuse_online')) forms.push('refusal');
  if (actions.includes('extend_deadline')) forms.push('apology');
  if (actions.includes('stop') || actions.includes('withdraw')) forms.push('stop-notice');
  forms.push('control-slip');
  return forms;
}
