/** Signing a piece of evidence: an attester the learner asked vouches for it with Ed25519. */

import { signText } from '../accounts/account-keys.js';
import { getAccounts, openSigningKey } from '../accounts/accounts.service.js';
import type { Account } from '../accounts/accounts.types.js';
import {
  type CredentialIssuing,
  type IssuedCredential,
  issueAttestationCredential,
} from '../credentials/credentials.service.js';
import type { Trx } from '../db/database.js';
import { DomainError } from '../errors.js';
import { getEvidence } from '../evidence/evidence.service.js';
import type { Attestation, Evidence } from '../evidence/evidence.types.js';
import { isActive } from '../evidence/evidence.view.js';
import { newId } from '../ids.js';
import { lockLedger } from '../ledger/ledger.repository.js';
import { appendLedgerEntry } from '../ledger/ledger.service.js';
import type { AttestationRecord } from '../ledger/ledger.types.js';
import { type Clock, systemNow } from '../time/clock.js';
import { attestationMessage } from './attestation.message.js';
import { attestationRequestState } from './attestation-requests.service.js';

export interface AttestOptions extends Clock {
  /** The attester's bearer token: it opens their sealed signing key. */
  token: string;
  statement?: string | null;
  level?: number | null;
  /** Also issue the attestation as an Open Badges 3.0 credential signed by the attester (now or never). */
  credential?: CredentialIssuing;
}

/**
 * An attester signs a piece of evidence they were asked about (run in a transaction). The
 * signature covers the evidence's canonical hash, the statement and the level.
 */
export async function attestEvidence(
  trx: Trx,
  evidenceId: string,
  attester: Account,
  { token, statement = null, level = null, now = systemNow, credential }: AttestOptions,
): Promise<Attestation & { credential: IssuedCredential | null }> {
  const found = await getEvidence(trx, evidenceId);
  if (!found)
    throw new DomainError('evidence.not_found', { evidenceId }, `evidence ${evidenceId} was not found`);
  await lockLedger(trx, found.learnerId);
  const evidence = (await getEvidence(trx, evidenceId)) as Evidence;
  const request = await attestationRequestState(trx, evidenceId, attester.id);
  if (!request) {
    throw new DomainError(
      'attestation.not_asked',
      { evidenceId, attesterId: attester.id },
      `${attester.id} was not asked to attest evidence ${evidenceId}`,
    );
  }
  // A decline is final: the attester who declined does not sign the same request afterwards.
  if (request.status === 'declined') {
    throw new DomainError(
      'attestation_request.wrong_state',
      { requestId: request.id, state: request.status, move: 'sign' },
      `request ${request.id} was declined: it cannot be signed`,
    );
  }
  if (!isActive(evidence)) {
    throw new DomainError(
      'evidence.withdrawn',
      { evidenceId, status: evidence.status, supersededBy: evidence.supersededBy },
      `evidence ${evidenceId} is ${evidence.status} and cannot be attested`,
    );
  }
  if (evidence.attestations.some((a) => a.attesterId === attester.id)) {
    throw new DomainError(
      'attestation.already_attested',
      { evidenceId, attesterId: attester.id },
      `${attester.id} has already attested evidence ${evidenceId}`,
    );
  }
  const key = await openSigningKey(trx, attester.id, token);
  if (!key)
    throw new DomainError(
      'attestation.no_signing_key',
      { attesterId: attester.id },
      `account ${attester.id} has no signing key this token opens`,
    );
  const unsigned = {
    id: newId('at'),
    evidenceId,
    evidenceHash: evidence.hash,
    learnerId: evidence.learnerId,
    attesterId: attester.id,
    statement,
    level,
    signedAt: now().toISOString(),
  };
  const record: AttestationRecord = {
    ...unsigned,
    algorithm: 'Ed25519',
    signature: signText(key, attestationMessage(unsigned)),
  };
  const entry = await appendLedgerEntry(
    trx,
    { learnerId: evidence.learnerId, type: 'attestation', evidenceId, actorId: attester.id, payload: record },
    { now },
  );
  let issued: IssuedCredential | null = null;
  if (credential) {
    const [learner] = await getAccounts(trx, [evidence.learnerId]);
    if (!learner) throw new Error(`learner ${evidence.learnerId} of evidence ${evidenceId} has no account`);
    issued = await issueAttestationCredential(trx, {
      evidence,
      attestation: record,
      attester,
      privateKey: key,
      learner,
      issuing: credential,
      now: new Date(record.signedAt),
    });
  }
  const { signedAt, ...rest } = record;
  return { ...rest, createdAt: signedAt, seq: entry.seq, credential: issued };
}
