/**
 * The application layer: every use case once, for the API, the pages and the CLI. Each takes
 * `(caller, input)`, applies the access policy once, owns its transaction, and returns an
 * `Outcome` (a value or a typed domain error). Adapters parse, call and present.
 */
import { attestationUseCases } from './attestations.use-cases.js';
import { consentUseCases } from './consent.use-cases.js';
import { evidenceUseCases } from './evidence.use-cases.js';
import { learningUseCases } from './learning.use-cases.js';
import type { UseCaseDeps } from './use-case.js';

export function createUseCases(deps: UseCaseDeps) {
  return {
    evidence: evidenceUseCases(deps),
    attestations: attestationUseCases(deps),
    consent: consentUseCases(deps),
    learning: learningUseCases(deps),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
export type { Caller, Outcome, UseCaseDeps } from './use-case.js';
