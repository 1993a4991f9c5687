/** The staff dossier pages, loaded together as one chunk on first use (see app/routes.tsx). */
export { DossierPage } from './dossier-page.js';
export { DossiersPage } from './dossiers-page.js';
export { ReceptionPage } from './reception-page.js';
export { TrackingBookPage } from './tracking-book-page.js';
