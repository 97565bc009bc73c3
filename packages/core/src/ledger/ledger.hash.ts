/**
 * The entry hash. Each entry's hash is SHA-256 over the canonical JSON (see canonical.ts) of
 * `{v, id, learnerId, seq, type, evidenceId, refId, actorId, createdAt, prevHash, payload}` —
 * every stored column but the hash itself — and `prevHash` is the previous entry's hash (64 zeros
 * for the first), so changing, removing or reordering any stored entry breaks the chain from there.
 */
import { canonicalHash, canonicalJson } from './canonical.js';
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

const PREV_MARK = 'p'.repeat(64);
const SEQ_MARK = Number.MAX_SAFE_INTEGER;

/**
 * The entry's canonical text split around `prevHash` and `seq`, for a database that claims the seq
 * and knows the previous hash only when it appends: text = before + prevHash + between + seq + after.
 * Keys are sorted, so the entry's own `"prevHash":"…"` and `"seq":…` come after the payload and are
 * the last of their kind in the text (string values cannot hold an unescaped quote).
 */
export function entryHashTemplate(
  entry: Omit<LedgerEntry, 'hash' | 'seq' | 'prevHash'>,
): [before: string, between: string, after: string] {
  const { id, learnerId, type, evidenceId, refId, actorId, createdAt, payload } = entry;
  const text = canonicalJson({
    v: LEDGER_HASH_VERSION,
    id,
    learnerId,
    seq: SEQ_MARK,
    type,
    evidenceId,
    refId,
    actorId,
    createdAt,
    prevHash: PREV_MARK,
    payload,
  });
  const prevAt = text.lastIndexOf(`"prevHash":"${PREV_MARK}"`) + '"prevHash":"'.length;
  const seqAt = text.lastIndexOf(`"seq":${SEQ_MARK}`) + '"seq":'.length;
  return [
    text.slice(0, prevAt),
    text.slice(prevAt + PREV_MARK.length, seqAt),
    text.slice(seqAt + String(SEQ_MARK).length),
  ];
}
