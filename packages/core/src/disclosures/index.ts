export * from './disclosures.service.js';
export type * from './disclosures.table.js';
