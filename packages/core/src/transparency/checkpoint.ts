/**
 * Signed checkpoints of the transparency log: the platform's statement "the log had `treeSize`
 * leaves with root `rootHash` at `timestamp`", signed Ed25519 with its issuer key (a `did:key`).
 * The signed bytes are the UTF-8 text
 *
 *     skillbank-checkpoint/v1\n<treeSize>\n<rootHash>\n<timestamp>\n
 *
 * so anyone can check a checkpoint with the key its `keyId` names, without Skillbank's code.
 */
import { createPublicKey, verify } from 'node:crypto';

export interface Checkpoint {
  treeSize: number;
  /** RFC 9162 root hash, 64 lower-case hex digits. */
  rootHash: string;
  timestamp: string;
  /** Ed25519 signature of `checkpointText`, base64url. */
  signature: string;
  /** The signing key's verification method, `did:key:z6Mk…#z6Mk…`. */
  keyId: string;
}

/** What signs checkpoints: the platform issuer key (`loadOrCreatePlatformKey`) or anything shaped like it. */
export interface CheckpointSigner {
  keyId: string;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export const CHECKPOINT_FORMAT = 'skillbank-checkpoint/v1';

export function checkpointText({
  treeSize,
  rootHash,
  timestamp,
}: Omit<Checkpoint, 'signature' | 'keyId'>): string {
  return `${CHECKPOINT_FORMAT}\n${treeSize}\n${rootHash}\n${timestamp}\n`;
}

export async function signCheckpointText(
  signer: CheckpointSigner,
  body: Omit<Checkpoint, 'signature' | 'keyId'>,
): Promise<Checkpoint> {
  const signature = await signer.sign(new TextEncoder().encode(checkpointText(body)));
  return { ...body, signature: Buffer.from(signature).toString('base64url'), keyId: signer.keyId };
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Decode(text: string): Uint8Array | null {
  let n = 0n;
  for (const ch of text) {
    const v = BASE58.indexOf(ch);
    if (v < 0) return null;
    n = n * 58n + BigInt(v);
  }
  const out: number[] = [];
  while (n > 0n) {
    out.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of text) {
    if (ch !== '1') break;
    out.unshift(0);
  }
  return Uint8Array.from(out);
}

function base58Encode(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let out = '';
  while (n > 0n) {
    out = (BASE58[Number(n % 58n)] as string) + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** The `did:key` and key id of a raw 32-byte Ed25519 public key (multicodec 0xed 0x01, base58btc). */
export function didKeyOfEd25519(raw: Uint8Array): { did: string; keyId: string; publicKeyMultibase: string } {
  const multibase = `z${base58Encode(Uint8Array.from([0xed, 0x01, ...raw]))}`;
  return {
    did: `did:key:${multibase}`,
    keyId: `did:key:${multibase}#${multibase}`,
    publicKeyMultibase: multibase,
  };
}

/**
 * The raw Ed25519 public key a `did:key` (or its `#fragment` key id) names, or `null` when it
 * names none: multibase `z` (base58btc) of the multicodec prefix 0xed 0x01 and 32 bytes.
 */
export function ed25519KeyFromDidKey(keyId: string): Uint8Array | null {
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)(?:#(z[1-9A-HJ-NP-Za-km-z]+))?$/.exec(keyId);
  if (!match || (match[2] !== undefined && match[2] !== match[1])) return null;
  const bytes = base58Decode((match[1] as string).slice(1));
  if (bytes?.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return null;
  return bytes.slice(2);
}

/** Whether a checkpoint's signature verifies with the key its `keyId` names. */
export function verifyCheckpointSignature(checkpoint: Checkpoint): boolean {
  const raw = ed25519KeyFromDidKey(checkpoint.keyId);
  if (!raw) return false;
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
      format: 'jwk',
    });
    return verify(
      null,
      Buffer.from(checkpointText(checkpoint)),
      key,
      Buffer.from(checkpoint.signature, 'base64url'),
    );
  } catch {
    return false;
  }
}

/** Whether a value has the shape of a checkpoint (e.g. a file an auditor kept). */
export function isCheckpoint(value: unknown): value is Checkpoint {
  const v = value as Partial<Checkpoint> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isSafeInteger(v.treeSize) &&
    (v.treeSize as number) >= 0 &&
    typeof v.rootHash === 'string' &&
    /^[0-9a-f]{64}$/.test(v.rootHash) &&
    typeof v.timestamp === 'string' &&
    typeof v.signature === 'string' &&
    typeof v.keyId === 'string'
  );
}
