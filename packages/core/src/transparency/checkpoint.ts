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
import { publicKeyFromDidKey } from '../credentials/did-key.js';

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

/** Whether a checkpoint's signature verifies with the key its `keyId` names. */
export function verifyCheckpointSignature(checkpoint: Checkpoint): boolean {
  const x = publicKeyFromDidKey(checkpoint.keyId);
  if (!x) return false;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
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
