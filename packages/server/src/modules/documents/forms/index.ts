import type { DossierFacts, FormDefinition, ModelHeading } from '../form-definition.js';
import { apologyForm } from './apology.js';
import { controlSlipForm } from './control-slip.js';
import { receiptForm } from './receipt.js';
import { refusalForm } from './refusal.js';
import { stopNoticeForm } from './stop-notice.js';
import { supplementRequestForm } from './supplement-request.js';

/** The forms printed from a dossier, by their URL name (`/api/dossiers/:id/forms/<name>.pdf`). */
export const DOSSIER_FORMS: Record<
  'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'stop-notice' | 'control-slip',
  FormDefinition<ModelHeading, DossierFacts>
> = {
  receipt: receiptForm,
  'supplement-request': supplementRequestForm,
  refusal: refusalForm,
  apology: apologyForm,
  'stop-notice': stopNoticeForm,
  'control-slip': controlSlipForm,
};
export type DossierFormName = keyof typeof DOSSIER_FORMS;
export const DOSSIER_FORM_FILES = Object.keys(DOSSIER_FORMS).map((k) => `${k}.pdf`) as [string, ...string[]];
