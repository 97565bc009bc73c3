export * from './account-keys.js';
export * from './accounts.service.js';
export type * from './accounts.table.js';
export * from './accounts.types.js';
