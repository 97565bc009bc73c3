/**
 * Advisors' cohorts (a class): an advisor creates one and hands out invitation codes; a learner
 * joins with a code and may leave; the advisor may remove a member. Being in an advisor's cohort
 * is what lets the advisor see a learner's evidence — when the learner's consent allows it.
 */

import { listConsentStates } from '../candidates/candidates.service.js';
import type { Db, Trx } from '../db/database.js';
import { DomainError, invalidField } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import { type Clock, systemNow } from '../time/clock.js';
import { addDays } from '../time/dates.js';
import { hashCohortCode, newCohortCode } from './cohort-code.js';
import {
  deleteMemberRow,
  findCohortRow,
  findInvitationRow,
  insertCohortRow,
  insertInvitationRow,
  insertMemberRow,
  listCohortLearnerIdRows,
  listCohortLearnersAmongRows,
  listCohortLearnersJoinedAfterRows,
  listCohortRows,
  listMemberRows,
} from './cohorts.repository.js';
import type { CohortRow } from './cohorts.table.js';

export interface Cohort {
  id: string;
  advisorId: string;
  name: string;
  createdAt: string;
}

export interface CohortMember {
  learnerId: string;
  name: string;
  joinedAt: string;
  /** The learner lets the cohort's advisor see their evidence (and use it in reports). */
  sharesEvidence: boolean;
}

export const DEFAULT_INVITATION_DAYS = 14;
export const MAX_INVITATION_DAYS = 90;

const toCohort = (row: CohortRow): Cohort => ({
  id: row.id,
  advisorId: row.advisor_id,
  name: row.name,
  createdAt: row.created_at,
});

export async function createCohort(
  db: Db,
  { name }: { name: string },
  { advisorId, now = systemNow }: { advisorId: string } & Clock,
): Promise<Cohort> {
  const row: CohortRow = { id: newId('co'), advisor_id: advisorId, name, created_at: now().toISOString() };
  await insertCohortRow(db, row);
  return toCohort(row);
}

export async function getCohort(db: Db, id: string): Promise<Cohort | null> {
  const row = await findCohortRow(db, id);
  return row ? toCohort(row) : null;
}

/** An advisor's cohorts, or the cohorts a learner is in; newest first, with member counts. */
export async function listCohorts(
  db: Db,
  who: { advisorId: string } | { learnerId: string },
  { limit, offset }: { limit: number; offset: number },
): Promise<{ items: (Cohort & { memberCount: number })[]; hasMore: boolean }> {
  const rows = await listCohortRows(db, { ...who, limit: limit + 1, offset });
  return {
    items: rows.slice(0, limit).map((r) => ({ ...toCohort(r), memberCount: Number(r.members) })),
    hasMore: rows.length > limit,
  };
}

/** A new invitation code for a cohort; the code itself is returned once and stored only hashed. */
export async function createInvitation(
  db: Db,
  cohortId: string,
  {
    createdBy,
    days = DEFAULT_INVITATION_DAYS,
    now = systemNow,
  }: { createdBy: string; days?: number } & Clock,
): Promise<{ code: string; expiresAt: string }> {
  const at = now();
  const code = newCohortCode();
  const expiresAt = addDays(at, days).toISOString();
  await insertInvitationRow(db, {
    code_hash: hashCohortCode(code),
    cohort_id: cohortId,
    created_by: createdBy,
    created_at: at.toISOString(),
    expires_at: expiresAt,
  });
  return { code, expiresAt };
}

export type JoinStatus = 'joined' | 'already_member';

/** A learner joins the cohort a code belongs to; `invalid` (naming `code`) when it is unknown or expired. */
export async function joinCohort(
  db: Trx,
  code: string,
  { learnerId, now = systemNow }: { learnerId: string } & Clock,
): Promise<{ cohort: Cohort; status: JoinStatus; joinedAt: string }> {
  const at = now().toISOString();
  const invitation = await findInvitationRow(db, hashCohortCode(code));
  if (!invitation || invitation.expires_at <= at)
    throw invalidField('code', fieldMessage('invitation_invalid'));
  const cohort = await findCohortRow(db, invitation.cohort_id);
  if (!cohort) throw invalidField('code', fieldMessage('invitation_invalid'));
  const joined = await insertMemberRow(db, cohort.id, learnerId, at);
  return { cohort: toCohort(cohort), status: joined ? 'joined' : 'already_member', joinedAt: at };
}

/** A cohort's members (a page, or all), with whether each shares their evidence with the advisor. */
export async function listCohortMembers(
  db: Db,
  cohortId: string,
  page: { limit?: number; offset?: number } = {},
): Promise<CohortMember[]> {
  const rows = await listMemberRows(db, cohortId, page);
  const consent = await listConsentStates(
    db,
    rows.map((r) => r.learner_id),
  );
  return rows.map((r) => ({
    learnerId: r.learner_id,
    name: r.name,
    joinedAt: r.joined_at,
    sharesEvidence: consent.get(r.learner_id)?.advisorsCanSeeEvidence ?? false,
  }));
}

/** Removes a member (the learner leaving, or the advisor removing them). */
export async function removeCohortMember(db: Db, cohortId: string, learnerId: string): Promise<void> {
  if (!(await deleteMemberRow(db, cohortId, learnerId)))
    throw new DomainError(
      'cohort.member_not_found',
      { cohortId, learnerId },
      `learner ${learnerId} is not a member of cohort ${cohortId}`,
    );
}

/**
 * Learners who are members of any cohort (whoever a cohort report could include, consent aside), by
 * id after `after`, each once, at most `limit`: a page of a sweep over all of them.
 */
export function listCohortLearnerIds(
  db: Db,
  page: { after?: string | undefined; limit: number },
): Promise<string[]> {
  return listCohortLearnerIdRows(db, page);
}

/** Those of `learnerIds` who are members of any cohort, in chunks of 1,000. */
export async function cohortLearnersAmong(db: Db, learnerIds: readonly string[]): Promise<Set<string>> {
  const members = new Set<string>();
  const unique = [...new Set(learnerIds)];
  for (let i = 0; i < unique.length; i += 1000)
    for (const id of await listCohortLearnersAmongRows(db, unique.slice(i, i + 1000))) members.add(id);
  return members;
}

/** Learners who joined any cohort after `since` (an ISO instant; indexed by the join's time). */
export function listCohortLearnersJoinedAfter(db: Db, since: string): Promise<string[]> {
  return listCohortLearnersJoinedAfterRows(db, since);
}
