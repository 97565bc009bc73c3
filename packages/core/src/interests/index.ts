export {
  listActiveInterestLearnerIds,
  listActiveInterestRoleIds,
  listExcludingLearnerIds,
} from './interests.repository.js';
export * from './interests.service.js';
export type * from './interests.table.js';
