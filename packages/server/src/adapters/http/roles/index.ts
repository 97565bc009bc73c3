export { type CandidatePoolCache, candidatePoolCache } from '../../../candidates/candidate-pool.cache.js';
export { rankCandidates } from '../../../candidates/rank-candidates.js';
export { roleRoutes } from './roles.routes.js';
