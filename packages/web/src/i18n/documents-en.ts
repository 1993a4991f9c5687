import type { Messages } from './vi.js';

/** English messages of the printable forms; typed from the Vietnamese ones. */
export const documentsEn: Messages['documents'] = {
  opensInNewTab: '(opens the PDF in a new tab)',
  receipt: 'Print the receipt (PDF)',
  receptionSlip: 'Print the slip (PDF)',
  trackingBook: 'Print the tracking book (PDF)',
  handoverRecord: 'Print the record (PDF)',
  formsHeading: 'Printable forms',
  formsIntro: "The dossier's statutory forms, printed from the recorded data.",
  forms: {
    receipt: 'Receipt and appointment slip (form 01)',
    'supplement-request': 'Supplement request (form 02)',
    refusal: 'Refusal slip (form 03)',
    apology: 'Apology and new appointment (form 04)',
    'stop-notice': 'Stop-processing notice (form 05)',
    'control-slip': 'Process control slip (form 06)',
  },
  print: 'Print',
};
