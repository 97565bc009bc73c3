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
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';

export const SIGNATURE_ALGORITHM = 'Ed25519';
const WRAP_VERSION = 'v1';
const WRAP_INFO = 'skillbank attester private key v1';

export interface AttesterKeys {
  /** base64url of the raw 32-byte public key. */
  publicKey: string;
  /** The sealed private key, `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
  privateKeyWrapped: string;
}

function wrappingKey(token: string, accountId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, accountId, WRAP_INFO, 32));
}

/** A fresh key pair for an attester, its private half sealed under the account's token. */
export function generateAttesterKeys(accountId: string, token: string): AttesterKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('node:crypto gave an Ed25519 key without x');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(token, accountId), iv);
  cipher.setAAD(Buffer.from(accountId));
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const sealed = Buffer.concat([cipher.update(der), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url'));
  return { publicKey: x, privateKeyWrapped: [WRAP_VERSION, ...parts].join('.') };
}

/** Opens a sealed private key with the account's token; `null` when the token does not open it. */
export function unwrapPrivateKey(wrapped: string, accountId: string, token: string): KeyObject | null {
  const [version, iv, tag, sealed] = wrapped.split('.');
  if (version !== WRAP_VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      wrappingKey(token, accountId),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(accountId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const der = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    return null;
  }
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
