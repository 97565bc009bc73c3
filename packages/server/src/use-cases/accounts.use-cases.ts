/** Accounts: sign up (anyone), the caller's own account, an attester's public key (public). */
import {
  createAccount,
  DomainError,
  getAccount,
  getAccounts,
  isAttesterRole,
  listDemoPersonas,
  type NewAccount,
  recoverAccount,
  regenerateAccessKey,
  renewRecoveryCode,
} from '@skillbank/core';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export function accountUseCases(deps: UseCaseDeps) {
  return {
    /** Creates an account; its bearer token is returned this once and stored only as a hash. */
    signUp: (input: NewAccount) =>
      outcome(() => inTransaction(deps, (trx) => createAccount(trx, input, { now: deps.now }))),

    me: (caller: Caller) => outcome(async () => caller.account),

    /**
     * A new access key for the caller: the presented one and every session holding it stop working;
     * an attester's signing key is re-sealed. `null` when the caller's token is not an account's own
     * (the configured admin).
     */
    newAccessKey: (caller: Caller) =>
      outcome(() =>
        caller.token
          ? inTransaction(deps, (trx) => regenerateAccessKey(trx, caller.account.id, caller.token as string))
          : Promise.resolve(null),
      ),

    /** A new recovery code for the caller (the old one stops working); `null` as for `newAccessKey`. */
    newRecoveryCode: (caller: Caller) =>
      outcome(() =>
        caller.token
          ? inTransaction(deps, (trx) => renewRecoveryCode(trx, caller.account.id, caller.token as string))
          : Promise.resolve(null),
      ),

    /** A new access key and recovery code for whoever holds a recovery code; `null` when it opens no account. */
    recover: (code: string) => outcome(() => inTransaction(deps, (trx) => recoverAccount(trx, code))),

    /** The demo personas (public by design: only present when the labelled demo data set is loaded). */
    demoPersonas: () =>
      outcome(async () => {
        const personas = await listDemoPersonas(deps.db);
        const accounts = new Map(
          (
            await getAccounts(
              deps.db,
              personas.map((d) => d.accountId),
            )
          ).map((a) => [a.id, a]),
        );
        return personas.flatMap((d) => {
          const a = accounts.get(d.accountId);
          return a ? [{ persona: d.persona, token: d.token, name: a.name, role: a.role }] : [];
        });
      }),

    /** An attester's account with its Ed25519 public key, to check signatures anywhere. */
    attesterKey: (accountId: string) =>
      outcome(async () => {
        const account = await getAccount(deps.db, accountId);
        if (!account || !isAttesterRole(account.role) || !account.publicKey)
          throw new DomainError(
            'access.hidden',
            { what: `attester ${accountId}` },
            `attester ${accountId} was not found`,
          );
        return { ...account, role: account.role, publicKey: account.publicKey };
      }),
  };
}
