export * from './handover.js';
export * from './pickup.js';
export * from './remittance.js';
