/** A learner's account as a whole: ledger verification, profile, export, record of disclosures, home. */
import {
  buildAccountExport,
  checkpointCovering,
  getConsent,
  getProfile,
  listActiveEvidence,
  listAllEvidence,
  listAttestationRequests,
  listCohorts,
  listDisclosures,
  listShowcases,
  loadLedger,
  todayUtc,
  verifyStoredLedger,
} from '@skillbank/core';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';
import { ensureAllowed, ensureOnLearner } from './access.js';
import type { Page } from './evidence.use-cases.js';
import { type Caller, outcome, type UseCaseDeps } from './use-case.js';

/** How far a graduate is through the first steps (the checklist on their home page). */
export interface FirstSteps {
  /** Active pieces of evidence (the first step asks for three). */
  evidence: number;
  /** Asked anyone to attest a piece (or has an attested one). */
  askedForAttestation: boolean;
  /** Saved a choice of who may find them (any consent recorded, even "no one"). */
  choseVisibility: boolean;
  joinedClass: boolean;
  /** Has a showcase link that is not revoked. */
  shared: boolean;
}

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

    /**
     * The graduate's home: their evidence, profile, consent, three best matches, and how far they
     * are through the first steps (each read from what is stored, not from clicks).
     */
    home: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const id = caller.account.id;
        const first = { limit: 1, offset: 0 };
        const [evidence, profile, consent, active, asked, cohorts, showcases] = await Promise.all([
          listAllEvidence(db, id),
          getProfile(db, id, { asOf: todayUtc(deps.now()) }),
          getConsent(db, id),
          listActiveEvidence(db, id),
          listAttestationRequests(db, { learnerId: id }, first),
          listCohorts(db, { learnerId: id }, first),
          listShowcases(db, id),
        ]);
        const firstSteps: FirstSteps = {
          evidence: active.length,
          askedForAttestation: asked.items.length > 0 || active.some((e) => e.attested),
          choseVisibility: consent.updatedAt !== null,
          joinedClass: cohorts.items.length > 0,
          shared: showcases.some((s) => s.revokedAt === null),
        };
        const { matcher } = deps.served.current;
        const matches =
          active.length > 0
            ? matcher.match(toMatcherEvidence(active), { limit: 3, asOf: todayUtc(deps.now()) }).matches
            : [];
        return { evidence, profile, consent, matches, firstSteps };
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
