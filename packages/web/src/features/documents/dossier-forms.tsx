import { useId } from 'react';
import { useMessages } from '../../i18n/language.js';
import type { DossierDetail } from '../dossiers/dossier-api.js';
import { dossierFormHref, PdfLink, printableForms } from './pdf-link.js';

/** The dossier page's printable forms: control slip always, the others once their step happened. */
export function DossierForms({ dossier }: { dossier: DossierDetail }) {
  const t = useMessages().documents;
  const headingId = useId();
  const forms = printableForms(
    dossier.code !== null,
    dossier.events.map((e) => e.action),
  );
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="no-print" data-testid="dossier-forms">
      <h2 id={headingId}>{t.formsHeading}</h2>
      <p>{t.formsIntro}</p>
      <ul className="form-links">
        {forms.map((form) => (
          <li key={form}>
            <PdfLink href={dossierFormHref(dossier.id, form)} testId={`form-${form}`}>
              {t.print}: {t.forms[form]}
            </PdfLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
