/** The postal screens, loaded together on first use (their own chunk). */
export { HandoverPage } from './handover-page.js';
export { HandoversPage } from './handovers-page.js';
export { PickupPage } from './pickup-page.js';
export { PickupsPage } from './pickups-page.js';
export { RemittancePage } from './remittance-page.js';
