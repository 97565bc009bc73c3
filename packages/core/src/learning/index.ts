export * from './enrolments.service.js';
export type * from './learning.table.js';
export type * from './learning.types.js';
export * from './learning.vocabulary.js';
export type { OfferingFilter } from './offerings.repository.js';
export * from './offerings.schema.js';
export * from './offerings.service.js';
export * from './result-evidence.js';
export * from './results.service.js';
