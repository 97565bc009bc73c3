/** A learner's evidence: deposit, list, read, correct (a new piece that supersedes) and revoke. */
import {
  correctEvidence,
  DomainError,
  depositEvidence,
  type Evidence,
  type EvidenceInput,
  fieldMessage,
  getAccounts,
  getEvidence,
  invalidField,
  isActive,
  latestEvidenceDate,
  listAllEvidence,
  listAttestationInvites,
  listAttestationRequests,
  listAttesterChoices,
  listEvidence,
  listLearnerCredentials,
  revokeEvidence,
  verifyStoredLedger,
} from '@skillbank/core';
import { allowsOnLearner, ensureAllowed, ensureOnEvidence, ensureOnLearner } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export interface Page {
  limit: number;
  offset: number;
}

/** "name · organisation" of the attesters who signed any of the evidence, by id. */
export async function attesterNames(
  deps: Pick<UseCaseDeps, 'db'>,
  evidence: readonly Evidence[],
): Promise<Map<string, string>> {
  const ids = evidence.flatMap((e) => e.attestations.map((a) => a.attesterId));
  return new Map(
    (await getAccounts(deps.db, ids)).map((a) => [
      a.id,
      a.organisation ? `${a.name} · ${a.organisation}` : a.name,
    ]),
  );
}

export function evidenceUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  return {
    /** Deposits a piece of evidence into the caller's ledger (learners). */
    deposit: (caller: Caller, input: EvidenceInput) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'evidence:create');
        const { taxonomy } = deps.served.current;
        return inTransaction(deps, (trx) =>
          depositEvidence(trx, input, {
            learnerId: caller.account.id,
            taxonomyId: taxonomy.id,
            now: deps.now,
          }),
        );
      }),

    /** What the deposit form needs: the latest date a piece may carry. */
    depositForm: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'evidence:create');
        return { latest: latestEvidenceDate(deps.now()) };
      }),

    /** A learner's evidence in ledger order; withdrawn pieces only for those who may see them. */
    list: (caller: Caller, { learner, ...page }: { learner?: string | undefined } & Page) =>
      outcome(async () => {
        const learnerId = learner ?? (caller.account.role === 'learner' ? caller.account.id : null);
        if (learnerId === null) throw invalidField('learner', fieldMessage('required'));
        await ensureOnLearner(db, caller.account, 'evidence:list', learnerId);
        const activeOnly = !(await allowsOnLearner(db, caller.account, 'evidence:read-withdrawn', learnerId));
        return listEvidence(db, learnerId, { ...page, activeOnly });
      }),

    /** One piece, with its status and attestations. */
    get: (caller: Caller, id: string) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:read', id);
        const evidence = await getEvidence(db, id);
        if (!evidence)
          throw new DomainError('evidence.not_found', { evidenceId: id }, `evidence ${id} was not found`);
        if (!isActive(evidence)) await ensureOnEvidence(db, caller.account, 'evidence:read-withdrawn', id);
        return evidence;
      }),

    /** A correction: a new piece superseding the old one, which stays in the ledger. */
    correct: (caller: Caller, id: string, input: EvidenceInput) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:correct', id);
        const { taxonomy } = deps.served.current;
        return inTransaction(deps, (trx) =>
          correctEvidence(trx, id, input, { taxonomyId: taxonomy.id, now: deps.now }),
        );
      }),

    /** Revokes a piece: it stays in the ledger, `revoked`, and stops counting. */
    revoke: (caller: Caller, id: string, { reason = null }: { reason?: string | null | undefined }) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:revoke', id);
        return inTransaction(deps, (trx) => revokeEvidence(trx, id, { reason, now: deps.now }));
      }),

    /** The caller's whole ledger (every status), re-verified, with the names of those who signed. */
    ledger: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const learnerId = caller.account.id;
        await ensureOnLearner(db, caller.account, 'evidence:list', learnerId);
        const [evidence, verification, credentials] = await Promise.all([
          listAllEvidence(db, learnerId),
          verifyStoredLedger(db, learnerId),
          listLearnerCredentials(db, learnerId),
        ]);
        return {
          evidence,
          verification,
          attesters: await attesterNames(deps, evidence),
          /** Pieces with an Open Badge in force, to offer for download. */
          withCredential: new Set(credentials.filter((c) => c.revokedAt === null).map((c) => c.evidenceId)),
        };
      }),

    /**
     * One piece as its learner sees it: withdrawn pieces included, with the attestation requests
     * sent about it, the attesters one may pick (cohort advisors, attesters asked before), the
     * invite links made for it, and who signed.
     */
    detail: (caller: Caller, id: string) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:read-withdrawn', id);
        const evidence = await getEvidence(db, id);
        if (!evidence)
          throw new DomainError('evidence.not_found', { evidenceId: id }, `evidence ${id} was not found`);
        const [requests, attesters, names, invites] = await Promise.all([
          listAttestationRequests(db, { learnerId: evidence.learnerId }, { limit: 100, offset: 0 }),
          listAttesterChoices(db, evidence.learnerId),
          attesterNames(deps, [evidence]),
          listAttestationInvites(db, evidence.learnerId, { evidenceId: id, now: deps.now }),
        ]);
        return {
          evidence,
          requests: requests.items.filter((r) => r.evidenceId === id),
          attesters,
          names,
          invites,
        };
      }),
  };
}
