/** Attestations: a learner asks an employer or advisor to vouch for a piece; the asked attester signs. */
import { attestEvidence, getEvidence, listAttestationRequests, requestAttestation } from '@skillbank/core';
import { ensureAllowed, ensureOnEvidence } from './access.js';
import { credentialIssuing } from './credentials.use-cases.js';
import type { Page } from './evidence.use-cases.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export function attestationUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  const issuing = credentialIssuing(deps);
  return {
    /** Asks an attester to vouch for one of the caller's pieces (its learner). */
    request: (
      caller: Caller,
      evidenceId: string,
      { attesterId, message = null }: { attesterId: string; message?: string | null | undefined },
    ) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:request-attestation', evidenceId);
        return inTransaction(deps, (trx) =>
          requestAttestation(trx, evidenceId, { attesterId, message, now: deps.now }),
        );
      }),

    /** Requests received (attesters) or sent (learners), newest first. */
    list: (caller: Caller, page: Page) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'attestation-requests:list');
        const { account } = caller;
        const who = account.role === 'learner' ? { learnerId: account.id } : { attesterId: account.id };
        return listAttestationRequests(db, who, page);
      }),

    /** The attester's inbox: their requests, with the pending pieces to read before signing. */
    inbox: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'attestation-requests:inbox');
        const { items } = await listAttestationRequests(
          db,
          { attesterId: caller.account.id },
          { limit: 100, offset: 0 },
        );
        const evidence = new Map<string, Awaited<ReturnType<typeof getEvidence>>>();
        for (const r of items.filter((i) => i.status === 'pending'))
          evidence.set(r.evidenceId, await getEvidence(db, r.evidenceId));
        return { requests: items, evidence };
      }),

    /**
     * The asked attester signs the piece with their key (opened by the token they presented); the
     * same key signs its Open Badges 3.0 credential, in the same transaction.
     */
    attest: (
      caller: Caller,
      evidenceId: string,
      {
        statement = null,
        level = null,
      }: { statement?: string | null | undefined; level?: number | null | undefined },
    ) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:attest', evidenceId);
        return inTransaction(deps, (trx) =>
          attestEvidence(trx, evidenceId, caller.account, {
            token: caller.token ?? '',
            statement,
            level,
            now: deps.now,
            credential: issuing,
          }),
        );
      }),
  };
}
