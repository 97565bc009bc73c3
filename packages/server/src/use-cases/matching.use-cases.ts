/** Matching: evidence against occupations (stateless or a learner's), gaps, related occupations, classify. */
import { DomainError, listActiveEvidence, todayUtc } from '@skillbank/core';
import type { EvidenceInput, MatchOptions } from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';
import { ensureAllowed, ensureOnLearner } from './access.js';
import { type Caller, outcome, type UseCaseDeps } from './use-case.js';

const occupationNotFound = (code: string) =>
  new DomainError('occupation.not_found', { code }, `occupation ${code} was not found`);

export type MatchFilters = Pick<MatchOptions, 'limit' | 'digital' | 'green'>;

export function matchingUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  const today = () => todayUtc(deps.now());

  /** A learner's active evidence in the matcher's form, after the policy let the caller see it. */
  async function learnerEvidence(caller: Caller, learnerId: string) {
    await ensureOnLearner(db, caller.account, 'profile:read', learnerId);
    return listActiveEvidence(db, learnerId);
  }

  return {
    /** Stateless: evidence in, occupations ranked and explained. */
    match: (evidence: EvidenceInput[], options: MatchOptions = {}) =>
      outcome(async () => deps.served.current.matcher.match(evidence, options)),

    /** The same for a learner's active evidence, as of today. */
    learnerMatches: (caller: Caller, learnerId: string, filters: MatchFilters = {}) =>
      outcome(async () => {
        const evidence = toMatcherEvidence(await learnerEvidence(caller, learnerId));
        return deps.served.current.matcher.match(evidence, { ...filters, asOf: today() });
      }),

    /** The missing tasks of one occupation for a learner, ranked by what covering each would add. */
    learnerGaps: (caller: Caller, learnerId: string, occupation: string) =>
      outcome(async () => {
        const evidence = toMatcherEvidence(await learnerEvidence(caller, learnerId));
        const report = deps.served.current.matcher.gaps(evidence, occupation, { asOf: today() });
        if (!report) throw occupationNotFound(occupation);
        return report;
      }),

    /** The caller's own matches with the evidence behind them (the graduate's page). */
    ownMatches: (caller: Caller, { limit }: { limit: number }) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const evidence = await listActiveEvidence(db, caller.account.id);
        const result = deps.served.current.matcher.match(toMatcherEvidence(evidence), {
          limit,
          asOf: today(),
        });
        return { result, evidence };
      }),

    /** The caller's own gaps for an occupation (`report: null` when none was asked for, or it is unknown). */
    ownGaps: (caller: Caller, occupation: string) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const evidence = await listActiveEvidence(db, caller.account.id);
        if (!occupation) return { report: null, evidence };
        const report = deps.served.current.matcher.gaps(toMatcherEvidence(evidence), occupation, {
          asOf: today(),
        });
        return { report, evidence };
      }),

    /** Occupations close in task profile (career moves). */
    related: (code: string, { limit }: { limit?: number | undefined } = {}) =>
      outcome(async () => {
        const result = deps.served.current.matcher.related(code, limit === undefined ? {} : { limit });
        if (!result) throw occupationNotFound(code);
        return result;
      }),

    /** A job title or role text → candidate occupation codes. */
    classify: (
      input: { title: string; description?: string | undefined },
      { limit }: { limit?: number | undefined } = {},
    ) =>
      outcome(async () =>
        deps.served.current.matcher.classify(
          input.description === undefined
            ? { title: input.title }
            : { title: input.title, description: input.description },
          limit === undefined ? {} : { limit },
        ),
      ),
  };
}
