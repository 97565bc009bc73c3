/**
 * The platform's own Ed25519 issuer key: it signs what the platform itself asserts (revocation
 * status lists, credential bundles, ledger checkpoints). It lives in a key file outside the
 * database (mode 0600), created on first start; a copy of the database alone cannot forge
 * anything the platform signs. The private half never leaves this module except as a signer.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type CredentialSigner, didKeyFromPublicKey } from '../credentials/did-key.js';

export interface PlatformKey {
  /** `did:key:z6Mk…` */
  did: string;
  /** The verification method, `did:key:z6Mk…#z6Mk…`. */
  keyId: string;
  publicKeyMultibase: string;
  /** Ed25519 signature of the bytes. */
  sign(data: Uint8Array): Promise<Uint8Array>;
  verify(data: Uint8Array, signature: Uint8Array): Promise<boolean>;
  /** The key as a credential signer (Data Integrity proofs, VC-JWT). */
  credentialSigner(): CredentialSigner;
}

/** What the key file holds (JSON). */
interface KeyFile {
  type: 'Ed25519';
  createdAt: string;
  did: string;
  publicKeyMultibase: string;
  /** The private key as a JWK (`kty: OKP`, `crv: Ed25519`, `x`, `d`). */
  privateKeyJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; d: string };
}

/**
 * Reads the platform key from `path`, creating it (and its folder) on first use. Two processes
 * starting at once end up with the same key: the file is written aside and linked into place,
 * which fails if another process got there first.
 *
 * @example
 *   const platformKey = await loadOrCreatePlatformKey(config.keyFile); // ./data/platform-key.json
 *   const signature = await platformKey.sign(new TextEncoder().encode(checkpoint));
 */
export async function loadOrCreatePlatformKey(path: string): Promise<PlatformKey> {
  const existing = await readKeyFile(path);
  if (existing) return platformKeyFrom(existing, path);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const created = newKeyFile();
  const aside = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(aside, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(aside);
  }
  const stored = await readKeyFile(path);
  if (!stored) throw new Error(`platform key file ${path} vanished while it was being created`);
  return platformKeyFrom(stored, path);
}

function newKeyFile(): KeyFile {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  if (!jwk.x || !jwk.d) throw new Error('node:crypto gave an Ed25519 key without x or d');
  const identity = didKeyFromPublicKey(jwk.x);
  return {
    type: 'Ed25519',
    createdAt: new Date().toISOString(),
    did: identity.did,
    publicKeyMultibase: identity.publicKeyMultibase,
    privateKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d },
  };
}

/** The parsed key file, `null` when there is none; a clear error (naming the file, never its content) when it is unusable. */
async function readKeyFile(path: string): Promise<KeyFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // The file is a secret: readable by its owner only, whatever a restore from backup left.
  if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
  let parsed: Partial<KeyFile>;
  try {
    parsed = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    throw new Error(
      `platform key file ${path} is not JSON; restore it from a backup or remove it to make a new key`,
    );
  }
  const jwk = parsed.privateKeyJwk;
  if (parsed.type !== 'Ed25519' || jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x || !jwk.d) {
    throw new Error(`platform key file ${path} does not hold an Ed25519 private key`);
  }
  return parsed as KeyFile;
}

function platformKeyFrom(file: KeyFile, path: string): PlatformKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: file.privateKeyJwk, format: 'jwk' });
  } catch {
    throw new Error(`platform key file ${path} holds an unusable Ed25519 key`);
  }
  const publicKey = createPublicKey(privateKey);
  const identity = didKeyFromPublicKey(publicKey.export({ format: 'jwk' }).x as string);
  if (identity.did !== file.did)
    throw new Error(`platform key file ${path} names a DID its key does not give`);
  const key: PlatformKey = {
    ...identity,
    sign: async (data) => new Uint8Array(sign(null, data, privateKey)),
    verify: async (data, signature) => {
      try {
        return verify(null, data, publicKey, signature);
      } catch {
        return false;
      }
    },
    credentialSigner: () => ({ ...identity, privateKey }),
  };
  // Logging the object shows the public identity only.
  Object.defineProperty(key, 'toJSON', { value: () => identity, enumerable: false });
  return Object.freeze(key);
}
