/** The hiring loop's use cases, built per request from the app's dependencies. */
import { candidateUseCases } from './candidates.use-cases.js';
import type { HiringDeps } from './hiring-deps.js';
import { interestUseCases } from './interests.use-cases.js';
import { messageUseCases } from './messages.use-cases.js';
import { roleLifecycleUseCases } from './role-lifecycle.use-cases.js';
import { rolesForLearnerUseCases } from './roles-for-learner.use-cases.js';

export function hiringUseCases(deps: HiringDeps) {
  return {
    roles: roleLifecycleUseCases(deps),
    candidates: candidateUseCases(deps),
    rolesForLearner: rolesForLearnerUseCases(deps),
    interests: interestUseCases(deps),
    messages: messageUseCases(deps),
  };
}

export type HiringUseCases = ReturnType<typeof hiringUseCases>;
export type { HiringDeps } from './hiring-deps.js';
export { roleBand } from './role-band.js';
