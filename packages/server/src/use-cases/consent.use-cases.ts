/** Consent: who may find and see a learner; every change is kept in the ledger. */
import { type ConsentUpdate, getConsent, setConsent } from '@skillbank/core';
import { ensureOnLearner } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export function consentUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  return {
    get: (caller: Caller, learnerId: string) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'consent:read', learnerId);
        return getConsent(db, learnerId);
      }),

    set: (caller: Caller, learnerId: string, update: ConsentUpdate) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'consent:update', learnerId);
        return inTransaction(deps, (trx) => setConsent(trx, learnerId, update, { now: deps.now }));
      }),
  };
}
