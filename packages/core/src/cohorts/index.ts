export * from './cohort-code.js';
export { advisesLearner, isMember as isCohortMember } from './cohorts.repository.js';
export * from './cohorts.service.js';
export type * from './cohorts.table.js';
