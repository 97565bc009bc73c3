export * from './cohort-code.js';
export * from './cohorts.service.js';
export type * from './cohorts.table.js';
