/**
 * Attester signing keys (Ed25519, node:crypto) and how their private halves are kept.
 *
 * Every attester account (employer, advisor) gets a key pair at sign-up. The public key is
 * published (base64url of its 32 raw bytes, the JWK `x`). The private key is never stored in the
 * clear: it is sealed with AES-256-GCM under a key derived (HKDF-SHA256, salt = account id) from the
 * account's bearer token, which itself is stored only as a SHA-256 hash. So the server can sign
 * only while the attester presents their token, and a copy of the database (or of a backup) is not
 * enough to forge an attestation. A second sealed copy is kept under the account's recovery code
 * (shown once at sign-up, stored only as a hash), so a recovery re-seals the same key under the new
 * token; regenerating the token while signed in re-seals it too.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { deriveSealKey, seal, unseal } from '../crypto/seal.js';

export const SIGNATURE_ALGORITHM = 'Ed25519';
const WRAP_INFO = 'skillbank attester private key v1';

export interface AttesterKeys {
  /** base64url of the raw 32-byte public key. */
  publicKey: string;
  /** The sealed private key, `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
  privateKeyWrapped: string;
}

/**
 * What a private key is sealed under: the account's token, or (so a recovery keeps the signing
 * key) its recovery code. Each derives its own AES key (its own HKDF info), salted with the account id.
 */
export type SealedUnder = 'token' | 'recovery';
const WRAP_INFOS: Record<SealedUnder, string> = {
  token: WRAP_INFO,
  recovery: 'skillbank attester private key under recovery code v1',
};

const wrappingKey = (secret: string, accountId: string, under: SealedUnder) =>
  deriveSealKey(secret, accountId, WRAP_INFOS[under]);

/** Seals a private key under a token or recovery code: `v1.<iv>.<tag>.<ciphertext>`. */
export function sealPrivateKey(
  privateKey: KeyObject,
  accountId: string,
  secret: string,
  under: SealedUnder = 'token',
): string {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  return seal(wrappingKey(secret, accountId, under), der, accountId);
}

/** A fresh key pair for an attester, its private half sealed under the account's token (and recovery code). */
export function generateAttesterKeys(
  accountId: string,
  token: string,
  recoveryCode?: string,
): AttesterKeys & { privateKeyRecoveryWrapped: string | null } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('node:crypto gave an Ed25519 key without x');
  return {
    publicKey: x,
    privateKeyWrapped: sealPrivateKey(privateKey, accountId, token),
    privateKeyRecoveryWrapped: recoveryCode
      ? sealPrivateKey(privateKey, accountId, recoveryCode, 'recovery')
      : null,
  };
}

/** Opens a sealed private key with the account's token (or recovery code); `null` when it does not open it. */
export function unwrapPrivateKey(
  wrapped: string,
  accountId: string,
  secret: string,
  under: SealedUnder = 'token',
): KeyObject | null {
  const der = unseal(wrappingKey(secret, accountId, under), wrapped, accountId);
  return der ? createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) : null;
}

/** Signs a message (UTF-8 text) with Ed25519; the signature is base64url. */
export function signText(privateKey: KeyObject, message: string): string {
  return sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64url');
}

/** Checks an Ed25519 signature (base64url) of a text against a public key (base64url raw `x`). */
export function verifyText(publicKey: string, message: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** The public key as a JSON Web Key, for publishing. */
export function publicKeyJwk(publicKey: string) {
  return { kty: 'OKP' as const, crv: 'Ed25519' as const, x: publicKey };
}
