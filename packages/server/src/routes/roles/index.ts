export { type CandidatePoolCache, candidatePoolCache } from './candidate-pool.cache.js';
export { rankCandidates } from './candidates.service.js';
export { roleRoutes } from './roles.routes.js';
