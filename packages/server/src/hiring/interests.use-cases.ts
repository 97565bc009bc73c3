/**
 * Use cases of a graduate's consent scopes in the hiring loop: interest in a role (express,
 * withdraw), withdrawal from an employer and allowing it again, and the list of both.
 */
import {
  type Actor,
  allowEmployerAgain,
  expressInterest,
  listExclusions,
  listInterests,
  runInTransaction,
  withdrawFromEmployer,
  withdrawInterest,
} from '@skillbank/core';
import { ensureOnCandidate, ensureOnRole, type HiringDeps } from './hiring-deps.js';

export function interestUseCases(deps: HiringDeps) {
  const clock = deps.now ? { now: deps.now } : {};
  /** A learner acting on their own interest in a role they can see. */
  const ownInterest = async (actor: Actor, roleId: string) => {
    await ensureOnRole(deps, actor, 'role:read', roleId);
    await ensureOnCandidate(deps, actor, 'interest:update', actor.id);
  };
  return {
    express: async (actor: Actor, roleId: string) => {
      await ownInterest(actor, roleId);
      return runInTransaction(deps.db, (trx) => expressInterest(trx, actor.id, roleId, clock));
    },
    withdraw: async (actor: Actor, roleId: string) => {
      await ownInterest(actor, roleId);
      return runInTransaction(deps.db, (trx) => withdrawInterest(trx, actor.id, roleId, clock));
    },
    /** The learner's interests (standing and withdrawn) and the employers they withdrew from. */
    list: async (actor: Actor, learnerId: string) => {
      await ensureOnCandidate(deps, actor, 'disclosures:list', learnerId);
      const [interests, withdrawals] = await Promise.all([
        listInterests(deps.db, learnerId),
        listExclusions(deps.db, learnerId),
      ]);
      return { interests, withdrawals };
    },
    withdrawFromEmployer: async (actor: Actor, learnerId: string, employerId: string) => {
      await ensureOnCandidate(deps, actor, 'interest:update', learnerId);
      return runInTransaction(deps.db, (trx) => withdrawFromEmployer(trx, learnerId, employerId, clock));
    },
    allowEmployer: async (actor: Actor, learnerId: string, employerId: string) => {
      await ensureOnCandidate(deps, actor, 'interest:update', learnerId);
      return runInTransaction(deps.db, (trx) => allowEmployerAgain(trx, learnerId, employerId, clock));
    },
  };
}
