export * from './learner-vectors.repository.js';
export type * from './learner-vectors.table.js';
