/**
 * The platform's own Ed25519 issuer key: it signs what the platform itself asserts (here: the
 * transparency log's checkpoints). It lives in a key file outside the database (mode 0600),
 * created on first start, so a copy of the database alone cannot forge a checkpoint.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { didKeyOfEd25519 } from '../transparency/checkpoint.js';

export interface PlatformKey {
  /** `did:key:z6Mk…` */
  did: string;
  /** The verification method, `did:key:z6Mk…#z6Mk…`. */
  keyId: string;
  publicKeyMultibase: string;
  /** Ed25519 signature of the bytes. */
  sign(data: Uint8Array): Promise<Uint8Array>;
  verify(data: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

interface KeyFile {
  type: 'Ed25519';
  createdAt: string;
  did: string;
  publicKeyMultibase: string;
  privateKeyJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; d: string };
}

/**
 * Reads the platform key from `path`, creating it (and its folder) on first use; two processes
 * starting at once end up with the same key (written aside, linked into place).
 * @example const key = await loadOrCreatePlatformKey('./data/platform-key.json');
 */
export async function loadOrCreatePlatformKey(path: string): Promise<PlatformKey> {
  const existing = await readKeyFile(path);
  if (existing) return platformKeyFrom(existing, path);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as { x: string; d: string };
  const identity = didKeyOfEd25519(Buffer.from(jwk.x, 'base64url'));
  const file: KeyFile = {
    type: 'Ed25519',
    createdAt: new Date().toISOString(),
    did: identity.did,
    publicKeyMultibase: identity.publicKeyMultibase,
    privateKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d },
  };
  const aside = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(aside, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
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

async function readKeyFile(path: string): Promise<KeyFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: Partial<KeyFile>;
  try {
    parsed = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    throw new Error(
      `platform key file ${path} is not JSON; restore it from a backup or remove it to make a new key`,
    );
  }
  const jwk = parsed.privateKeyJwk;
  if (parsed.type !== 'Ed25519' || jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x || !jwk.d)
    throw new Error(`platform key file ${path} does not hold an Ed25519 private key`);
  return parsed as KeyFile;
}

function platformKeyFrom(file: KeyFile, path: string): PlatformKey {
  const privateKey = createPrivateKey({ key: file.privateKeyJwk, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  const identity = didKeyOfEd25519(Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url'));
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
  };
  Object.defineProperty(key, 'toJSON', { value: () => identity, enumerable: false });
  return Object.freeze(key);
}
