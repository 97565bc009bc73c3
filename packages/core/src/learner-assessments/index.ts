export * from './learner-assessments.removal.js';
export * from './learner-assessments.repository.js';
export type * from './learner-assessments.table.js';
