export * from './leases.js';
export type * from './leases.table.js';
