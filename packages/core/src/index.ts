export * from './roles.js';
export * from './permissions.js';
export * from './errors.js';
export * from './contracts/common.js';
export * from './contracts/auth.js';
export * from './contracts/agency.js';
export * from './contracts/user.js';
export * from './contracts/audit.js';
