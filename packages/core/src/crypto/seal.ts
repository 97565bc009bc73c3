/**
 * Sealing secrets at rest: AES-256-GCM under a key derived with HKDF-SHA256, bound to a context
 * (the additional authenticated data), written `v1.<iv>.<tag>.<ciphertext>` in base64url. Used for
 * attesters' private keys (under their token) and web sessions' access keys (under the cookie).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** A 256-bit key derived from a secret (HKDF-SHA256). */
export function deriveSealKey(secret: string, salt: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, 32));
}

/** Seals bytes under a key, bound to `context` (it must be given again to open them). */
export function seal(key: Buffer, plaintext: Buffer | string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [VERSION, ...[iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url'))].join('.');
}

/** Opens what `seal` made; `null` when the key or the context is wrong, or the text was altered. */
export function unseal(key: Buffer, text: string, context: string): Buffer | null {
  const [version, iv, tag, sealed] = text.split('.');
  if (version !== VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]);
  } catch {
    return null;
  }
}
