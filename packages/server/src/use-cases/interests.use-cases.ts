/**
 * A graduate's consent scopes in the hiring loop: interest in a role (take, withdraw), withdrawal
 * from an employer and allowing it again, and the list of both.
 */
import {
  allowEmployerAgain,
  expressInterest,
  listDisclosures,
  listExclusions,
  listInterests,
  withdrawFromEmployer,
  withdrawInterest,
} from '@skillbank/core';
import { ensureAllowed, ensureOnLearner, ensureOnRole } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export function interestUseCases(deps: UseCaseDeps) {
  const { db, now } = deps;
  /** A learner acting on their own interest in a role they may see. */
  const ownInterest = async ({ account }: Caller, roleId: string) => {
    await ensureOnRole(db, account, 'role:read', roleId);
    await ensureOnLearner(db, account, 'interest:update', account.id);
  };
  return {
    express: (caller: Caller, roleId: string) =>
      outcome(async () => {
        await ownInterest(caller, roleId);
        return inTransaction(deps, (trx) => expressInterest(trx, caller.account.id, roleId, { now }));
      }),

    /** `true` when an interest stood and is now withdrawn. */
    withdraw: (caller: Caller, roleId: string) =>
      outcome(async () => {
        await ownInterest(caller, roleId);
        return inTransaction(deps, (trx) => withdrawInterest(trx, caller.account.id, roleId, { now }));
      }),

    /** The learner's interests (standing and withdrawn) and the employers they withdrew from. */
    list: (caller: Caller, learnerId: string) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'disclosures:list', learnerId);
        const [interests, withdrawals] = await Promise.all([
          listInterests(db, learnerId),
          listExclusions(db, learnerId),
        ]);
        return { interests, withdrawals };
      }),

    /** The learner's record for "who saw me": disclosures (newest first), interests, withdrawals. */
    whoSawMe: (caller: Caller, learnerId: string) =>
      outcome(async () => {
        if (learnerId === caller.account.id) ensureAllowed(caller.account, 'own-account:use');
        await ensureOnLearner(db, caller.account, 'disclosures:list', learnerId);
        const [disclosures, interests, withdrawals] = await Promise.all([
          listDisclosures(db, learnerId, { limit: 500, offset: 0 }),
          listInterests(db, learnerId),
          listExclusions(db, learnerId),
        ]);
        return { disclosures: disclosures.items, interests, withdrawals };
      }),

    withdrawFromEmployer: (caller: Caller, learnerId: string, employerId: string) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'interest:update', learnerId);
        return inTransaction(deps, (trx) => withdrawFromEmployer(trx, learnerId, employerId, { now }));
      }),

    /** `true` when the employer had been withdrawn from. */
    allowEmployer: (caller: Caller, learnerId: string, employerId: string) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'interest:update', learnerId);
        return inTransaction(deps, (trx) => allowEmployerAgain(trx, learnerId, employerId, { now }));
      }),
  };
}
