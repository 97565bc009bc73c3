/**
 * The application layer: every use case once, for the API, the pages and the CLI. Each takes
 * `(caller, input)`, applies the access policy once, owns its transaction, and returns an
 * `Outcome` (a value or a typed domain error). Adapters parse, call and present.
 */
import { accountUseCases } from './accounts.use-cases.js';
import { attestationUseCases } from './attestations.use-cases.js';
import { candidateUseCases } from './candidates.use-cases.js';
import { cohortUseCases } from './cohorts.use-cases.js';
import { consentUseCases } from './consent.use-cases.js';
import { conversationUseCases } from './conversations.use-cases.js';
import { credentialUseCases } from './credentials.use-cases.js';
import { evidenceUseCases } from './evidence.use-cases.js';
import { interestUseCases } from './interests.use-cases.js';
import { learnerUseCases } from './learners.use-cases.js';
import { learningUseCases } from './learning.use-cases.js';
import { matchingUseCases } from './matching.use-cases.js';
import { occupationUseCases } from './occupations.use-cases.js';
import { roleLifecycleUseCases } from './role-lifecycle.use-cases.js';
import { roleUseCases } from './roles.use-cases.js';
import { rolesForLearnersUseCases } from './roles-for-learners.use-cases.js';
import { showcaseUseCases } from './showcases.use-cases.js';
import { skillUseCases } from './skills.use-cases.js';
import type { UseCaseDeps } from './use-case.js';

/** All use cases of one app (per-app state, such as the candidate pool, lives inside). */
export function createUseCases(deps: UseCaseDeps) {
  return {
    accounts: accountUseCases(deps),
    evidence: evidenceUseCases(deps),
    attestations: attestationUseCases(deps),
    consent: consentUseCases(deps),
    credentials: credentialUseCases(deps),
    learning: learningUseCases(deps),
    learners: learnerUseCases(deps),
    matching: matchingUseCases(deps),
    occupations: occupationUseCases(deps),
    skills: skillUseCases(deps),
    roles: roleUseCases(deps),
    cohorts: cohortUseCases(deps),
    showcases: showcaseUseCases(deps),
    roleLifecycle: roleLifecycleUseCases(deps),
    candidates: candidateUseCases(deps),
    rolesForLearners: rolesForLearnersUseCases(deps),
    interests: interestUseCases(deps),
    conversations: conversationUseCases(deps),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
export type { RoleView } from './roles.use-cases.js';
export type { Caller, Outcome, UseCaseDeps } from './use-case.js';
