/** A learner's account as a whole: ledger verification, profile, export, record of disclosures, home. */
import {
  buildAccountExport,
  checkpointCovering,
  getConsent,
  getProfile,
  listActiveEvidence,
  listAllEvidence,
  listDisclosures,
  loadLedger,
  todayUtc,
  verifyStoredLedger,
} from '@skillbank/core';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';
import { ensureAllowed, ensureOnLearner } from './access.js';
import type { Page } from './evidence.use-cases.js';
import { type Caller, outcome, type UseCaseDeps } from './use-case.js';

export function learnerUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  return {
    verifyLedger: (caller: Caller, learnerId: string) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'ledger:verify', learnerId);
        return verifyStoredLedger(db, learnerId);
      }),

    profile: (caller: Caller, learnerId: string, { asOf }: { asOf?: string | undefined } = {}) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'profile:read', learnerId);
        return getProfile(db, learnerId, { asOf: asOf ?? todayUtc(deps.now()) });
      }),

    export: (caller: Caller, learnerId: string) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'account:export', learnerId);
        // Anchored: a checkpoint that includes every entry (signed now if the latest does not).
        const { entries } = await loadLedger(db, learnerId);
        const checkpoint = await checkpointCovering(
          db,
          deps.platformKey,
          entries.map((e) => e.hash),
          { maxAgeSeconds: deps.config.checkpointSeconds },
        );
        return buildAccountExport(db, learnerId, { now: deps.now, checkpoint });
      }),

    disclosures: (caller: Caller, learnerId: string, page: Page) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'disclosures:list', learnerId);
        return listDisclosures(db, learnerId, page);
      }),

    /** The graduate's home: their evidence, profile, consent and three best matches. */
    home: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const id = caller.account.id;
        const [evidence, profile, consent, active] = await Promise.all([
          listAllEvidence(db, id),
          getProfile(db, id, { asOf: todayUtc(deps.now()) }),
          getConsent(db, id),
          listActiveEvidence(db, id),
        ]);
        const { matcher } = deps.served.current;
        const matches =
          active.length > 0
            ? matcher.match(toMatcherEvidence(active), { limit: 3, asOf: todayUtc(deps.now()) }).matches
            : [];
        return { evidence, profile, consent, matches };
      }),

    /** The caller's own profile with all their evidence (the profile page). */
    ownProfile: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const id = caller.account.id;
        const [profile, evidence] = await Promise.all([
          getProfile(db, id, { asOf: todayUtc(deps.now()) }),
          listAllEvidence(db, id),
        ]);
        return { profile, evidence };
      }),
  };
}
