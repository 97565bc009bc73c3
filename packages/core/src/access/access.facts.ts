/** Gathers what the access policy needs to know about a request's subject from storage. */

import { findAccountRow } from '../accounts/accounts.repository.js';
import type { Actor } from '../accounts/accounts.types.js';
import { wasAskedToAttest } from '../attestation/attestation.repository.js';
import { DEFAULT_CONSENT, getConsent } from '../consent/consent.service.js';
import type { Db } from '../db/database.js';
import { findEvidenceEntryRow } from '../ledger/ledger.repository.js';
import type { AccessSubject } from './access.policy.js';

/**
 * Whether an advisor advises a cohort the learner is in. Cohorts arrive with the advisors' feature;
 * until then no advisor has a cohort, so this is false and advisors see no learner's evidence.
 */
export async function isCohortAdvisor(_db: Db, _advisorId: string, _learnerId: string): Promise<boolean> {
  return false;
}

async function subjectFor(
  db: Db,
  actor: Actor,
  learnerId: string | null,
  evidenceId: string | null,
): Promise<AccessSubject> {
  if (learnerId === null)
    return { learnerId: null, consent: DEFAULT_CONSENT, cohortAdvisor: false, askedToAttest: false };
  const needsConsent = actor.role === 'employer' || actor.role === 'advisor';
  const [consent, cohortAdvisor, askedToAttest] = await Promise.all([
    needsConsent ? getConsent(db, learnerId) : DEFAULT_CONSENT,
    actor.role === 'advisor' ? isCohortAdvisor(db, actor.id, learnerId) : false,
    evidenceId !== null && needsConsent ? wasAskedToAttest(db, evidenceId, actor.id) : false,
  ]);
  return {
    learnerId,
    consent: {
      discoverableByEmployers: consent.discoverableByEmployers,
      advisorsCanSeeEvidence: consent.advisorsCanSeeEvidence,
    },
    cohortAdvisor,
    askedToAttest,
  };
}

/** The subject of a request about a learner's account (`learnerId: null` when no such learner). */
export async function learnerSubject(db: Db, actor: Actor, learnerId: string): Promise<AccessSubject> {
  const row = await findAccountRow(db, learnerId);
  return subjectFor(db, actor, row?.role === 'learner' ? learnerId : null, null);
}

/** The subject of a request about one piece of evidence (`learnerId: null` when no such evidence). */
export async function evidenceSubject(db: Db, actor: Actor, evidenceId: string): Promise<AccessSubject> {
  const row = await findEvidenceEntryRow(db, evidenceId);
  return subjectFor(db, actor, row?.learner_id ?? null, evidenceId);
}
