/**
 * Appending to the transparency log: the leaf data of ledger entries and attester keys, one
 * append (leaf, completed subtrees, right edge) and the keys in force as the log records them.
 * The lowest layer of the log: it knows no ledger service, so accounts and the sequencer can use it.
 */
import type { Db } from '../db/database.js';
import { canonicalHash, canonicalJson } from '../ledger/canonical.js';
import type { LedgerEntry } from '../ledger/ledger.types.js';
import { appendToFrontier, leafHash } from './merkle.js';
import {
  claimNextLeaf,
  findLeafByEntryHash,
  insertLeafRow,
  insertNodeRows,
  listKeyLeafRows,
  setFrontier,
} from './transparency.repository.js';

export type LeafKind = 'ledger_entry' | 'attester_key';

/** The leaf data of a ledger entry: its hash binds everything else about it. */
export function ledgerLeafData(entry: Pick<LedgerEntry, 'learnerId' | 'seq' | 'hash'>): string {
  return canonicalJson({
    kind: 'ledger_entry',
    learnerId: entry.learnerId,
    seq: entry.seq,
    entryHash: entry.hash,
  });
}

export interface AttesterKeyRecord {
  accountId: string;
  algorithm: 'Ed25519';
  /** base64url of the raw 32-byte public key. */
  publicKey: string;
  /** When the key took effect. */
  at: string;
}

export function keyLeafData(record: AttesterKeyRecord): string {
  return canonicalJson({ kind: 'attester_key', ...record });
}

/** Appends one leaf (run in the transaction that stores what it records). Returns its index. */
export async function appendLogLeaf(
  trx: Db,
  {
    kind,
    ref,
    entryHash,
    data,
    at,
  }: { kind: LeafKind; ref: string; entryHash: string; data: string; at: string },
): Promise<number> {
  const { index, frontier } = await claimNextLeaf(trx, at);
  const hash = leafHash(data);
  const next = appendToFrontier(index, frontier, hash);
  await insertLeafRow(trx, {
    idx: index,
    kind,
    ref,
    entry_hash: entryHash,
    data,
    leaf_hash: hash,
    created_at: at,
  });
  await insertNodeRows(trx, [
    { level: 0, idx: index, hash },
    ...next.completed.map((c) => ({ level: c.level, idx: c.index, hash: c.hash })),
  ]);
  await setFrontier(trx, next.frontier);
  return index;
}

/** Logs a ledger entry (called by `appendLedgerEntry`, in its transaction). */
export function logLedgerEntry(trx: Db, entry: LedgerEntry): Promise<number> {
  return appendLogLeaf(trx, {
    kind: 'ledger_entry',
    ref: entry.id,
    entryHash: entry.hash,
    data: ledgerLeafData(entry),
    at: entry.createdAt,
  });
}

/** The hash a key record is logged (and asked for) by. */
export function keyLedgerHash(record: AttesterKeyRecord): string {
  return canonicalHash({ kind: 'attester_key', ...record });
}

/** Logs an attester's key: at account creation and at every key change (run in that transaction). */
export function logAttesterKey(trx: Db, record: AttesterKeyRecord): Promise<number> {
  return appendLogLeaf(trx, {
    kind: 'attester_key',
    ref: record.accountId,
    entryHash: keyLedgerHash(record),
    data: keyLeafData(record),
    at: record.at,
  });
}

/** The keys in force by account id (the last key leaf of each): what verification trusts. */
export async function loggedAttesterKeys(
  db: Db,
  accountIds?: readonly string[],
): Promise<Map<string, AttesterKeyRecord>> {
  const keys = new Map<string, AttesterKeyRecord>();
  for (const row of await listKeyLeafRows(db, accountIds)) {
    const { kind: _kind, ...record } = JSON.parse(row.data) as AttesterKeyRecord & { kind: string };
    keys.set(row.ref, record);
  }
  return keys;
}

/** Where an entry (by its hash) sits in the log, or `null` when it is not logged. */
export async function findLoggedEntry(db: Db, entryHash: string): Promise<{ leafIndex: number } | null> {
  const leaf = await findLeafByEntryHash(db, entryHash);
  return leaf ? { leafIndex: Number(leaf.idx) } : null;
}
