export * from './workflow.js';
export * from './fold.js';
export * from './due-date.js';
export * from './mask.js';
export * from './step-verdicts.js';
