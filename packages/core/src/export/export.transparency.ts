/**
 * The transparency section of exports and showcases: the checkpoint they were made against and an
 * RFC 9162 inclusion proof for every ledger entry and attester key they carry, so a reader can
 * check, with no database, that what they hold is what the platform logged.
 */
import type { Db } from '../db/database.js';
import type { LedgerEntry } from '../ledger/ledger.types.js';
import {
  type Checkpoint,
  type CheckpointSigner,
  isCheckpoint,
  verifyCheckpointSignature,
} from '../transparency/checkpoint.js';
import { type Hex, leafHash, verifyInclusion } from '../transparency/merkle.js';
import {
  type AttesterKeyRecord,
  findLoggedEntry,
  keyLeafData,
  keyLedgerHash,
  ledgerLeafData,
  loggedAttesterKeys,
} from '../transparency/transparency.log.js';
import { currentCheckpoint, inclusionProof, signCheckpoint } from '../transparency/transparency.service.js';

export interface ExportTransparency {
  checkpoint: Checkpoint;
  /** One proof per ledger entry, by seq. */
  entries: { seq: number; leafIndex: number; path: Hex[] }[];
  /** The logged key record of each attester, with its proof. */
  keys: { record: AttesterKeyRecord; leafIndex: number; path: Hex[] }[];
}

/**
 * The checkpoint in force, or a fresh one when some of these entry hashes came after it, so every
 * one of them has an inclusion proof.
 */
export async function checkpointCovering(
  db: Db,
  signer: CheckpointSigner,
  entryHashes: readonly string[],
  { maxAgeSeconds }: { maxAgeSeconds: number },
): Promise<Checkpoint> {
  const checkpoint = await currentCheckpoint(db, signer, { maxAgeSeconds });
  for (const hash of entryHashes) {
    const logged = await findLoggedEntry(db, hash);
    if (logged && logged.leafIndex >= checkpoint.treeSize) return signCheckpoint(db, signer);
  }
  return checkpoint;
}

/** Proofs for these entries and attesters against a checkpoint (entries not yet in it are left out). */
export async function buildExportTransparency(
  db: Db,
  checkpoint: Checkpoint,
  entries: readonly LedgerEntry[],
  attesterIds: readonly string[],
): Promise<ExportTransparency> {
  const proofs: ExportTransparency['entries'] = [];
  for (const e of entries) {
    const logged = await findLoggedEntry(db, e.hash);
    if (!logged || logged.leafIndex >= checkpoint.treeSize) continue;
    const { leafIndex, path } = await inclusionProof(db, e.hash, checkpoint.treeSize);
    proofs.push({ seq: e.seq, leafIndex, path });
  }
  const keys: ExportTransparency['keys'] = [];
  for (const record of (await loggedAttesterKeys(db, [...new Set(attesterIds)])).values()) {
    const hash = keyLedgerHash(record);
    const logged = await findLoggedEntry(db, hash);
    if (!logged || logged.leafIndex >= checkpoint.treeSize) continue;
    const { leafIndex, path } = await inclusionProof(db, hash, checkpoint.treeSize);
    keys.push({ record, leafIndex, path });
  }
  return { checkpoint, entries: proofs, keys };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPath = (v: unknown): v is Hex[] => Array.isArray(v) && v.every((h) => typeof h === 'string');

/**
 * Checks a transparency section against the entries and attester keys a document carries:
 * the checkpoint's signature (and key, when one is trusted), an inclusion proof for every entry,
 * and a logged, proven key for every attester. Returns the problems found (none: all proven).
 */
export function verifyExportTransparency(
  section: unknown,
  entries: readonly LedgerEntry[],
  attesterKeys: Readonly<Record<string, string>>,
  { trustedKeyId }: { trustedKeyId?: string } = {},
): { problems: string[]; checked: number } {
  if (!isObj(section) || !isCheckpoint(section.checkpoint))
    return { problems: ['the transparency section or its checkpoint is malformed'], checked: 0 };
  const checkpoint = section.checkpoint;
  const problems: string[] = [];
  if (!verifyCheckpointSignature(checkpoint)) problems.push('the checkpoint’s signature does not verify');
  if (trustedKeyId !== undefined && checkpoint.keyId !== trustedKeyId)
    problems.push('the checkpoint is signed by another key than the platform’s');
  const proven = (data: string, proof: unknown) =>
    isObj(proof) &&
    Number.isSafeInteger(proof.leafIndex) &&
    isPath(proof.path) &&
    verifyInclusion(
      leafHash(data),
      proof.leafIndex as number,
      checkpoint.treeSize,
      proof.path,
      checkpoint.rootHash,
    );
  const bySeq = new Map<number, unknown>();
  for (const p of Array.isArray(section.entries) ? section.entries : [])
    if (isObj(p)) bySeq.set(Number(p.seq), p);
  let checked = 0;
  for (const e of entries) {
    checked += 1;
    if (!proven(ledgerLeafData(e), bySeq.get(e.seq)))
      problems.push(`entry ${e.seq} has no valid inclusion proof in the checkpoint’s tree`);
  }
  const byAccount = new Map<string, Obj>();
  for (const k of Array.isArray(section.keys) ? section.keys : [])
    if (isObj(k) && isObj(k.record) && typeof k.record.accountId === 'string')
      byAccount.set(k.record.accountId, k);
  for (const [id, key] of Object.entries(attesterKeys)) {
    checked += 1;
    const proof = byAccount.get(id);
    const record = proof?.record as AttesterKeyRecord | undefined;
    if (!proof || !record || record.publicKey !== key || !proven(keyLeafData(record), proof))
      problems.push(`attester ${id}'s key is not proven to be the logged one`);
  }
  return { problems, checked };
}
