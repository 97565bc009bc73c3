/**
 * The entry hash. Each entry's hash is SHA-256 over the canonical JSON (see canonical.ts) of
 * `{v, id, learnerId, seq, type, evidenceId, refId, actorId, createdAt, prevHash, payload}` —
 * every stored column but the hash itself — and `prevHash` is the previous entry's hash (64 zeros
 * for the first), so changing, removing or reordering any stored entry breaks the chain from there.
 */
import { canonicalHash } from './canonical.js';
import { LEDGER_HASH_VERSION, type LedgerEntry } from './ledger.types.js';

export function ledgerEntryHash(entry: Omit<LedgerEntry, 'hash'>): string {
  const { id, learnerId, seq, type, evidenceId, refId, actorId, createdAt, prevHash, payload } = entry;
  return canonicalHash({
    v: LEDGER_HASH_VERSION,
    id,
    learnerId,
    seq,
    type,
    evidenceId,
    refId,
    actorId,
    createdAt,
    prevHash,
    payload,
  });
}
