/**
 * Graduates' own consent scopes beside "discoverable by all employers":
 * - interest in one role shares the learner's profile and the evidence behind the requirements
 *   they meet with that role's employer, for that role only, and opens its conversation;
 * - a withdrawal from one employer takes back everything that employer could see: every interest
 *   in its roles, and the learner's place in its candidate lists while discoverable.
 * Every change is a ledger entry, like every consent change; the tables hold the state in force,
 * written in the same transaction, so it counts from the very next request.
 */
import { findAccountRow } from '../accounts/accounts.repository.js';
import type { Db, Trx } from '../db/database.js';
import { DomainError } from '../errors.js';
import { lockLedger } from '../ledger/ledger.repository.js';
import { appendLedgerEntry } from '../ledger/ledger.service.js';
import type { ExclusionRecord, InterestRecord } from '../ledger/ledger.types.js';
import { isOpen } from '../roles/role-details.js';
import { roleClosed, roleNotFound } from '../roles/role-errors.js';
import { findRoleRow } from '../roles/roles.repository.js';
import { toRole } from '../roles/roles.service.js';
import {
  deleteExclusionRow,
  findInterestRow,
  hasExclusionRow,
  insertExclusionRow,
  listExclusionRowsOfLearner,
  listInterestRowsOfLearner,
  setInterestWithdrawn,
  upsertInterestRow,
} from './interests.repository.js';

interface Clock {
  now?: () => Date;
}

export interface EmployerRef {
  id: string;
  name: string;
  organisation: string | null;
}

export interface Interest {
  roleId: string;
  roleTitle: string;
  learnerId: string;
  employer: EmployerRef;
  active: boolean;
  expressedAt: string;
  withdrawnAt: string | null;
}

export interface Exclusion {
  employer: EmployerRef;
  excludedAt: string;
}

async function lock(trx: Trx, learnerId: string): Promise<void> {
  if (!(await lockLedger(trx, learnerId)))
    throw new DomainError('learner.not_found', { learnerId }, `learner ${learnerId} was not found`);
}

async function recordInterest(trx: Trx, learnerId: string, payload: InterestRecord, now: () => Date) {
  return appendLedgerEntry(
    trx,
    { learnerId, type: 'interest', evidenceId: null, actorId: learnerId, payload },
    { now },
  );
}

/**
 * Records a learner's interest in a published, open role (run in a transaction). Already standing:
 * nothing is written and `created` is false.
 */
export async function expressInterest(
  trx: Trx,
  learnerId: string,
  roleId: string,
  { now = () => new Date() }: Clock = {},
): Promise<{ interest: Interest; created: boolean }> {
  await lock(trx, learnerId);
  const row = await findRoleRow(trx, roleId);
  if (!row || row.status === 'draft') throw roleNotFound(roleId);
  const existing = await findInterestRow(trx, roleId, learnerId);
  if (existing?.active === 1)
    return { interest: await getInterestOrFail(trx, learnerId, roleId), created: false };
  if (!isOpen(toRole(row), now()))
    throw roleClosed(roleId, `role ${roleId} is closed and takes no new interest`);
  const entry = await recordInterest(
    trx,
    learnerId,
    { roleId, employerId: row.employer_id, interested: true },
    now,
  );
  await upsertInterestRow(trx, {
    role_id: roleId,
    learner_id: learnerId,
    employer_id: row.employer_id,
    active: 1,
    expressed_at: entry.createdAt,
    withdrawn_at: null,
  });
  return { interest: await getInterestOrFail(trx, learnerId, roleId), created: true };
}

/** Withdraws a learner's interest in a role (run in a transaction); `false` when none stood. */
export async function withdrawInterest(
  trx: Trx,
  learnerId: string,
  roleId: string,
  { now = () => new Date() }: Clock = {},
): Promise<boolean> {
  await lock(trx, learnerId);
  const existing = await findInterestRow(trx, roleId, learnerId);
  if (existing?.active !== 1) return false;
  const entry = await recordInterest(
    trx,
    learnerId,
    { roleId, employerId: existing.employer_id, interested: false },
    now,
  );
  await setInterestWithdrawn(trx, roleId, learnerId, entry.createdAt);
  return true;
}

/**
 * Withdraws from an employer (run in a transaction): every standing interest in its roles, and
 * from its candidate lists. Returns the roles whose interest was withdrawn.
 */
export async function withdrawFromEmployer(
  trx: Trx,
  learnerId: string,
  employerId: string,
  { now = () => new Date() }: Clock = {},
): Promise<{ withdrawnRoleIds: string[] }> {
  await lock(trx, learnerId);
  const employer = await findAccountRow(trx, employerId);
  if (employer?.role !== 'employer')
    throw new DomainError('employer.not_found', { employerId }, `employer ${employerId} was not found`);
  const standing = await listInterestRowsOfLearner(trx, learnerId, { employerId, activeOnly: true });
  for (const interest of standing) {
    const entry = await recordInterest(
      trx,
      learnerId,
      { roleId: interest.role_id, employerId, interested: false },
      now,
    );
    await setInterestWithdrawn(trx, interest.role_id, learnerId, entry.createdAt);
  }
  if (!(await hasExclusionRow(trx, learnerId, employerId))) {
    const payload: ExclusionRecord = { employerId, excluded: true };
    const entry = await appendLedgerEntry(
      trx,
      { learnerId, type: 'exclusion', evidenceId: null, actorId: learnerId, payload },
      { now },
    );
    await insertExclusionRow(trx, learnerId, employerId, entry.createdAt);
  }
  return { withdrawnRoleIds: standing.map((r) => r.role_id) };
}

/** Lets an employer find the learner again while discoverable (run in a transaction); `false` when not withdrawn. */
export async function allowEmployerAgain(
  trx: Trx,
  learnerId: string,
  employerId: string,
  { now = () => new Date() }: Clock = {},
): Promise<boolean> {
  await lock(trx, learnerId);
  if (!(await hasExclusionRow(trx, learnerId, employerId))) return false;
  const payload: ExclusionRecord = { employerId, excluded: false };
  await appendLedgerEntry(
    trx,
    { learnerId, type: 'exclusion', evidenceId: null, actorId: learnerId, payload },
    { now },
  );
  await deleteExclusionRow(trx, learnerId, employerId);
  return true;
}

type InterestListRow = Awaited<ReturnType<typeof listInterestRowsOfLearner>>[number];

const toInterest = (r: InterestListRow): Interest => ({
  roleId: r.role_id,
  roleTitle: r.title,
  learnerId: r.learner_id,
  employer: { id: r.employer_id, name: r.employer_name, organisation: r.employer_organisation },
  active: Number(r.active) === 1,
  expressedAt: r.expressed_at,
  withdrawnAt: r.withdrawn_at,
});

async function getInterestOrFail(db: Db, learnerId: string, roleId: string): Promise<Interest> {
  const rows = await listInterestRowsOfLearner(db, learnerId);
  const row = rows.find((r) => r.role_id === roleId);
  if (!row) throw new Error(`interest of ${learnerId} in ${roleId} vanished`);
  return toInterest(row);
}

/** A learner's interests (standing and withdrawn), newest first. */
export async function listInterests(db: Db, learnerId: string): Promise<Interest[]> {
  return (await listInterestRowsOfLearner(db, learnerId)).map(toInterest);
}

/** Whether a learner's interest in a role stands. */
export async function hasStandingInterest(db: Db, roleId: string, learnerId: string): Promise<boolean> {
  return (await findInterestRow(db, roleId, learnerId))?.active === 1;
}

/** Whether a learner withdrew from an employer. */
export function isEmployerExcluded(db: Db, learnerId: string, employerId: string): Promise<boolean> {
  return hasExclusionRow(db, learnerId, employerId);
}

/** The employers a learner withdrew from, newest first. */
export async function listExclusions(db: Db, learnerId: string): Promise<Exclusion[]> {
  return (await listExclusionRowsOfLearner(db, learnerId)).map((r) => ({
    employer: { id: r.employer_id, name: r.name, organisation: r.organisation },
    excludedAt: r.excluded_at,
  }));
}
