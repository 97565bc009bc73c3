/**
 * Attester signing keys (Ed25519, node:crypto) and how their private halves are kept.
 *
 * Every attester account (employer, advisor) gets a key pair at sign-up. The public key is
 * published (base64url of its 32 raw bytes, the JWK `x`). The private key is never stored in the
 * clear: it is sealed with AES-256-GCM under a key derived (HKDF-SHA256, salt = account id) from the
 * account's bearer token, which itself is stored only as a SHA-256 hash. So the server can sign
 * only while the attester presents their token, and a copy of the database (or of a backup) is not
 * enough to forge an attestation. The price: a lost token means a lost key — the account would need
 * a new key pair (old signatures stay verifiable with the old public key, which is kept).
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

const wrappingKey = (token: string, accountId: string) => deriveSealKey(token, accountId, WRAP_INFO);

/** A fresh key pair for an attester, its private half sealed under the account's token. */
export function generateAttesterKeys(accountId: string, token: string): AttesterKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('node:crypto gave an Ed25519 key without x');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  return { publicKey: x, privateKeyWrapped: seal(wrappingKey(token, accountId), der, accountId) };
}

/** Opens a sealed private key with the account's token; `null` when the token does not open it. */
export function unwrapPrivateKey(wrapped: string, accountId: string, token: string): KeyObject | null {
  const der = unseal(wrappingKey(token, accountId), wrapped, accountId);
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
