export * from './checkpoint.js';
export * from './merkle.js';
export * from './transparency.audit.js';
export * from './transparency.backfill.js';
export * from './transparency.log.js';
export * from './transparency.service.js';
export type * from './transparency.table.js';
