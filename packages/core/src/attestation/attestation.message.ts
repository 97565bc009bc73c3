/**
 * What an attester signs: the canonical JSON of the attestation without its signature, naming the
 * evidence by id and by its canonical hash, so the signature covers exactly that content.
 */
import { verifyText } from '../accounts/account-keys.js';
import { canonicalJson } from '../ledger/canonical.js';
import type { AttestationRecord } from '../ledger/ledger.types.js';

export const ATTESTATION_MESSAGE_TYPE = 'skillbank.attestation';

export function attestationMessage(a: Omit<AttestationRecord, 'signature' | 'algorithm'>): string {
  return canonicalJson({
    type: ATTESTATION_MESSAGE_TYPE,
    v: 1,
    id: a.id,
    evidenceId: a.evidenceId,
    evidenceHash: a.evidenceHash,
    learnerId: a.learnerId,
    attesterId: a.attesterId,
    statement: a.statement,
    level: a.level,
    signedAt: a.signedAt,
  });
}

/**
 * Whether an attestation's Ed25519 signature verifies with the attester's public key (base64url
 * raw `x`): the one check the ledger verifier, the export verifier and the showcase page share.
 */
export function attestationSignatureValid(
  a: Omit<AttestationRecord, 'algorithm'>,
  publicKey: string | null | undefined,
): boolean {
  if (!publicKey) return false;
  const { signature, ...signed } = a;
  return verifyText(publicKey, attestationMessage(signed), signature);
}
