/** Attestations: a learner asks an employer or advisor to vouch for a piece; the asked attester signs. */
import {
  attestEvidence,
  claimAttestationInvite,
  createAttestationInvite,
  getAttestationRequest,
  getEvidence,
  listAttestationInvites,
  listAttestationRequests,
  moveAttestationRequest,
  previewAttestationInvite,
  type RequestMoveInput,
  requestAttestation,
} from '@skillbank/core';
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

    /** One request with its thread (its learner or its attester). */
    get: (caller: Caller, requestId: string) =>
      outcome(async () => getAttestationRequest(db, caller.account, requestId)),

    /**
     * A move on a request: the attester asks for more information (`ask`) or declines (`decline`,
     * with a reason); the learner answers a question (`answer`). Never changes the evidence.
     */
    move: (caller: Caller, requestId: string, move: 'ask' | 'answer' | 'decline', input: RequestMoveInput) =>
      outcome(() =>
        inTransaction(deps, (trx) =>
          moveAttestationRequest(trx, caller.account, requestId, move, { ...input, now: deps.now }),
        ),
      ),

    /** A single-use link for one piece, to send to someone who is not among the learner's attesters. */
    invite: (
      caller: Caller,
      evidenceId: string,
      { message = null }: { message?: string | null | undefined },
    ) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:request-attestation', evidenceId);
        return inTransaction(deps, (trx) =>
          createAttestationInvite(trx, evidenceId, { message, now: deps.now }),
        );
      }),

    /** The links a learner made for one piece, open, used or expired. */
    invites: (caller: Caller, evidenceId: string) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:request-attestation', evidenceId);
        return listAttestationInvites(db, caller.account.id, { evidenceId, now: deps.now });
      }),

    /** What an invite is about, shown before an attester accepts it (`null`: no such code). */
    previewInvite: (code: string) => outcome(() => previewAttestationInvite(db, code, { now: deps.now })),

    /** An employer or advisor opens an invite and becomes the attester asked about its piece. */
    claimInvite: (caller: Caller, code: string) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'attestation-requests:inbox');
        return inTransaction(deps, (trx) =>
          claimAttestationInvite(trx, code, caller.account, { now: deps.now }),
        );
      }),

    /** The attester's inbox: their requests, with the pieces still waiting for a decision. */
    inbox: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'attestation-requests:inbox');
        const { items } = await listAttestationRequests(
          db,
          { attesterId: caller.account.id },
          { limit: 100, offset: 0 },
        );
        const evidence = new Map<string, Awaited<ReturnType<typeof getEvidence>>>();
        for (const r of items.filter((i) => i.awaiting !== null))
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
