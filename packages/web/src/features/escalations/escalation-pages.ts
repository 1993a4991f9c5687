/** The escalation screens, loaded together on first use (app/routes.tsx). */
export { AnswersPage } from './answers-page.js';
export { EscalationPage } from './escalation-page.js';
export { EscalationsPage } from './escalations-page.js';
export { NewEscalationPage } from './new-escalation-page.js';
