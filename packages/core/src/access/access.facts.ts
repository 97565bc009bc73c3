/** Gathers what the access policy needs to know about a request's subject from storage. */

import { findAccountRow } from '../accounts/accounts.repository.js';
import type { Actor } from '../accounts/accounts.types.js';
import { wasAskedToAttest } from '../attestation/attestation.repository.js';
import { advisesLearner, findCohortRow, isMember } from '../cohorts/cohorts.repository.js';
import { DEFAULT_CONSENT, getConsent } from '../consent/consent.service.js';
import type { Db } from '../db/database.js';
import { hasStandingInterest, isEmployerExcluded } from '../interests/interests.service.js';
import { findEvidenceEntryRow } from '../ledger/ledger.repository.js';
import { findRoleRow } from '../roles/roles.repository.js';
import { type AccessSubject, NO_SUBJECT, type ResourceSubject } from './access.policy.js';

/** Whether an advisor runs a cohort the learner is (still) a member of. */
export function isCohortAdvisor(db: Db, advisorId: string, learnerId: string): Promise<boolean> {
  return advisesLearner(db, advisorId, learnerId);
}

/** The subject of a request about a role (`ownerId: null` when there is no such role). */
export async function roleSubject(db: Db, roleId: string): Promise<ResourceSubject> {
  const row = await findRoleRow(db, roleId);
  return {
    ownerId: row?.employer_id ?? null,
    member: false,
    targetLearnerId: null,
    listed: row !== undefined && row.status !== 'draft',
  };
}

/** The subject of a request about a cohort (and, for removals, one of its members). */
export async function cohortSubject(
  db: Db,
  actor: Actor,
  cohortId: string,
  targetLearnerId: string | null = null,
): Promise<ResourceSubject> {
  const row = await findCohortRow(db, cohortId);
  if (!row) return { ownerId: null, member: false, targetLearnerId, listed: false };
  const member = actor.role === 'learner' && (await isMember(db, cohortId, actor.id));
  return { ownerId: row.advisor_id, member, targetLearnerId, listed: false };
}

/** Whether the learner's interest in the role stands and the actor is the learner or the role's employer. */
async function interestFor(db: Db, actor: Actor, learnerId: string, roleId: string | null): Promise<boolean> {
  if (roleId === null || (actor.role !== 'employer' && actor.id !== learnerId)) return false;
  if (actor.role === 'employer' && (await findRoleRow(db, roleId))?.employer_id !== actor.id) return false;
  return hasStandingInterest(db, roleId, learnerId);
}

async function subjectFor(
  db: Db,
  actor: Actor,
  learnerId: string | null,
  evidenceId: string | null,
  roleId: string | null = null,
): Promise<AccessSubject> {
  if (learnerId === null) return NO_SUBJECT;
  const needsConsent = actor.role === 'employer' || actor.role === 'advisor';
  const [consent, cohortAdvisor, askedToAttest, roleInterest, employerExcluded] = await Promise.all([
    needsConsent ? getConsent(db, learnerId) : DEFAULT_CONSENT,
    actor.role === 'advisor' ? isCohortAdvisor(db, actor.id, learnerId) : false,
    evidenceId !== null && needsConsent ? wasAskedToAttest(db, evidenceId, actor.id) : false,
    interestFor(db, actor, learnerId, roleId),
    actor.role === 'employer' ? isEmployerExcluded(db, learnerId, actor.id) : false,
  ]);
  return {
    learnerId,
    consent: {
      discoverableByEmployers: consent.discoverableByEmployers,
      advisorsCanSeeEvidence: consent.advisorsCanSeeEvidence,
    },
    cohortAdvisor,
    askedToAttest,
    roleInterest,
    employerExcluded,
  };
}

/**
 * The subject of a request about a learner's account (`learnerId: null` when no such learner);
 * with `roleId`, about the learner as a candidate for that role.
 */
export async function learnerSubject(
  db: Db,
  actor: Actor,
  learnerId: string,
  { roleId = null }: { roleId?: string | null } = {},
): Promise<AccessSubject> {
  const row = await findAccountRow(db, learnerId);
  return subjectFor(db, actor, row?.role === 'learner' ? learnerId : null, null, roleId);
}

/** The subject of a request about one piece of evidence (`learnerId: null` when no such evidence). */
export async function evidenceSubject(db: Db, actor: Actor, evidenceId: string): Promise<AccessSubject> {
  const row = await findEvidenceEntryRow(db, evidenceId);
  return subjectFor(db, actor, row?.learner_id ?? null, evidenceId);
}
