export * from './canonical.js';
export * from './ledger.hash.js';
export * from './ledger.service.js';
export type * from './ledger.table.js';
export * from './ledger.types.js';
export * from './ledger.verify.js';
