/** Gathers what the access policy needs to know about a request's subject from storage. */

import { findAccountRow } from '../accounts/accounts.repository.js';
import type { Actor } from '../accounts/accounts.types.js';
import { wasAskedToAttest } from '../attestation/attestation.repository.js';
import { advisesLearner, findCohortRow, isMember } from '../cohorts/cohorts.repository.js';
import { DEFAULT_CONSENT, getConsent } from '../consent/consent.service.js';
import type { Db } from '../db/database.js';
import { findEvidenceEntryRow } from '../ledger/ledger.repository.js';
import { findRoleRow } from '../roles/roles.repository.js';
import type { AccessSubject, ResourceSubject } from './access.policy.js';

/** Whether an advisor runs a cohort the learner is (still) a member of. */
export function isCohortAdvisor(db: Db, advisorId: string, learnerId: string): Promise<boolean> {
  return advisesLearner(db, advisorId, learnerId);
}

/** The subject of a request about a role (`ownerId: null` when there is no such role). */
export async function roleSubject(db: Db, roleId: string): Promise<ResourceSubject> {
  const row = await findRoleRow(db, roleId);
  return { ownerId: row?.employer_id ?? null, member: false, targetLearnerId: null };
}

/** The subject of a request about a cohort (and, for removals, one of its members). */
export async function cohortSubject(
  db: Db,
  actor: Actor,
  cohortId: string,
  targetLearnerId: string | null = null,
): Promise<ResourceSubject> {
  const row = await findCohortRow(db, cohortId);
  if (!row) return { ownerId: null, member: false, targetLearnerId };
  const member = actor.role === 'learner' && (await isMember(db, cohortId, actor.id));
  return { ownerId: row.advisor_id, member, targetLearnerId };
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
