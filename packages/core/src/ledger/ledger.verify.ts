/**
 * Verifies a learner's chain (pure: the same code checks a stored chain and an exported one) and
 * reports each check separately, as Europass does:
 * - `hashChain`: seqs run 1, 2, 3, … without gaps; each entry's `prevHash` is the previous hash;
 *   each hash recomputes from the entry (ledger.hash.ts); the chain head names the last entry; and
 *   no row of the learner lies outside the chain (after the head, or with no head at all): the
 *   head is the truth, so such a row was inserted or moved there.
 * - `signatures`: each attestation's Ed25519 signature verifies with its attester's published key,
 *   over the hash of the evidence as the ledger holds it.
 * - `revocations`: each correction, revocation and attestation refers to evidence earlier in this
 *   chain that was still active then, so standing (revoked, superseded) follows from the ledger.
 */
import { attestationSignatureValid } from '../attestation/attestation.message.js';
import { canonicalHash } from './canonical.js';
import { ledgerEntryHash } from './ledger.hash.js';
import { GENESIS_HASH, LEDGER_ENTRY_TYPES, type LedgerEntry } from './ledger.types.js';

export type LedgerCheck = 'hashChain' | 'signatures' | 'revocations';

export interface BadEntry {
  seq: number;
  id: string | null;
  reason: string;
}

export interface CheckResult {
  ok: boolean;
  /** How many entries this check looked at. */
  checked: number;
  firstBadEntry?: BadEntry;
}

export interface LedgerVerification {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  /** The earliest problem over all checks. */
  firstBadEntry?: BadEntry & { check: LedgerCheck };
  checks: Record<LedgerCheck, CheckResult>;
}

export interface LedgerVerifyInput {
  learnerId: string;
  entries: readonly LedgerEntry[];
  /** The stored chain head; when given, the last entry must be it (catches removed tail entries). */
  head?: { seq: number; hash: string } | null;
  /** Published Ed25519 keys (base64url raw) by attester account id. */
  publicKeys: Readonly<Record<string, string>>;
  /** Stored rows of this learner the head does not cover (after it, or all rows when there is no head). */
  outside?: readonly LedgerEntry[];
  /** Attesters whose key in the account table is not their logged key (replaced in the database). */
  replacedKeys?: ReadonlySet<string>;
}

class Check {
  checked = 0;
  bad: BadEntry | undefined;
  fail(seq: number, id: string | null, reason: string) {
    this.bad ??= { seq, id, reason };
  }
  result(): CheckResult {
    return { ok: !this.bad, checked: this.checked, ...(this.bad ? { firstBadEntry: this.bad } : {}) };
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function safeHash(compute: () => string): string | null {
  try {
    return compute();
  } catch {
    return null;
  }
}

function checkHashChain(
  learnerId: string,
  entries: readonly LedgerEntry[],
  head: LedgerVerifyInput['head'],
  outside: readonly LedgerEntry[],
): CheckResult {
  const check = new Check();
  let prev = GENESIS_HASH;
  entries.forEach((e, i) => {
    check.checked += 1;
    if (e.learnerId !== learnerId) check.fail(e.seq, e.id, `belongs to learner ${e.learnerId}`);
    else if (e.seq !== i + 1)
      check.fail(e.seq, e.id, `expected seq ${i + 1}: an entry is missing or out of order`);
    else if (e.prevHash !== prev)
      check.fail(e.seq, e.id, `prevHash does not match the hash of entry ${i} (one of them was changed)`);
    else if (safeHash(() => ledgerEntryHash(e)) !== e.hash)
      check.fail(e.seq, e.id, 'the entry does not match its hash: its stored content was changed');
    prev = e.hash;
  });
  if (head) {
    const last = entries.at(-1);
    if (head.seq !== entries.length || head.hash !== (last?.hash ?? GENESIS_HASH)) {
      check.fail(
        Math.min(head.seq, entries.length + 1),
        null,
        `the chain head is entry ${head.seq} but the chain has ${entries.length} entries ending elsewhere: entries were removed or changed`,
      );
    }
  }
  for (const e of outside) {
    check.checked += 1;
    check.fail(
      e.seq,
      e.id,
      head
        ? `stored after the chain head (entry ${head.seq}): the row is not part of the ledger, so it was inserted or moved here`
        : 'stored for a learner whose chain head is missing: the head was removed or the row was moved here',
    );
  }
  return check.result();
}

function evidenceHashes(entries: readonly LedgerEntry[]): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const e of entries) {
    if ((e.type === 'deposit' || e.type === 'correction') && isObj(e.payload) && isStr(e.payload.id)) {
      const hash = safeHash(() => canonicalHash(e.payload));
      if (hash) hashes.set(e.payload.id, hash);
    }
  }
  return hashes;
}

function checkSignatures(
  learnerId: string,
  entries: readonly LedgerEntry[],
  publicKeys: Readonly<Record<string, string>>,
  replacedKeys: ReadonlySet<string>,
): CheckResult {
  const check = new Check();
  const hashes = evidenceHashes(entries);
  for (const e of entries) {
    if (e.type !== 'attestation') continue;
    check.checked += 1;
    const p = e.payload;
    if (
      !isObj(p) ||
      ![p.id, p.evidenceId, p.evidenceHash, p.attesterId, p.learnerId, p.signedAt, p.signature].every(
        isStr,
      ) ||
      !(p.statement === null || isStr(p.statement)) ||
      !(p.level === null || Number.isInteger(p.level))
    ) {
      check.fail(e.seq, e.id, 'the attestation is malformed');
      continue;
    }
    const key = publicKeys[p.attesterId as string];
    if (!key) {
      check.fail(e.seq, e.id, `no published key for attester ${p.attesterId}`);
    } else if (replacedKeys.has(p.attesterId as string)) {
      check.fail(
        e.seq,
        e.id,
        `the stored key of ${p.attesterId} is not the key in the transparency log: it was replaced in the database`,
      );
    } else if (p.learnerId !== learnerId || p.evidenceId !== e.evidenceId || p.attesterId !== e.actorId) {
      check.fail(e.seq, e.id, 'the attestation names another learner, evidence or attester than its entry');
    } else if (hashes.get(p.evidenceId as string) !== p.evidenceHash) {
      check.fail(
        e.seq,
        e.id,
        `the signed evidence hash is not the hash of evidence ${p.evidenceId} in this ledger`,
      );
    } else {
      const signed = {
        id: p.id as string,
        evidenceId: p.evidenceId as string,
        evidenceHash: p.evidenceHash as string,
        learnerId: p.learnerId as string,
        attesterId: p.attesterId as string,
        statement: p.statement as string | null,
        level: p.level as number | null,
        signedAt: p.signedAt as string,
        signature: p.signature as string,
      };
      if (!attestationSignatureValid(signed, key))
        check.fail(e.seq, e.id, `the signature does not verify with the key of ${p.attesterId}`);
    }
  }
  return check.result();
}

function checkRevocations(learnerId: string, entries: readonly LedgerEntry[]): CheckResult {
  const check = new Check();
  const standing = new Map<string, 'active' | 'superseded' | 'revoked'>();
  const target = (e: LedgerEntry, id: unknown, verb: string): boolean => {
    const state = isStr(id) ? standing.get(id) : undefined;
    if (state === 'active') return true;
    check.fail(
      e.seq,
      e.id,
      state
        ? `${verb} evidence ${id}, which was already ${state}`
        : `${verb} evidence that is not earlier in this ledger`,
    );
    return false;
  };
  for (const e of entries) {
    const p = isObj(e.payload) ? e.payload : {};
    if (!(LEDGER_ENTRY_TYPES as readonly string[]).includes(e.type)) {
      check.checked += 1;
      check.fail(e.seq, e.id, `unknown entry type ${e.type}`);
      continue;
    }
    if (e.type === 'deposit' || e.type === 'correction') {
      if (p.id !== e.evidenceId || p.learnerId !== learnerId || !isStr(p.id) || standing.has(p.id)) {
        check.fail(e.seq, e.id, 'the evidence id or learner does not match its entry, or the id repeats');
      }
      if (e.type === 'correction') {
        check.checked += 1;
        if (p.supersedes !== e.refId)
          check.fail(e.seq, e.id, 'the correction names another evidence than its entry');
        else if (target(e, e.refId, 'corrects')) standing.set(e.refId as string, 'superseded');
      } else if (p.supersedes !== null) {
        check.fail(e.seq, e.id, 'a first deposit cannot supersede anything');
      }
      if (isStr(p.id) && !standing.has(p.id)) standing.set(p.id, 'active');
    } else if (e.type === 'revocation') {
      check.checked += 1;
      if (p.evidenceId !== e.evidenceId)
        check.fail(e.seq, e.id, 'the revocation names another evidence than its entry');
      else if (target(e, e.evidenceId, 'revokes')) standing.set(e.evidenceId as string, 'revoked');
    } else if (e.type === 'attestation') {
      check.checked += 1;
      target(e, e.evidenceId, 'attests');
    }
  }
  return check.result();
}

/** Runs the three checks over a chain. */
export function verifyLedger({
  learnerId,
  entries,
  head = null,
  publicKeys,
  outside = [],
  replacedKeys = new Set(),
}: LedgerVerifyInput): LedgerVerification {
  const checks = {
    hashChain: checkHashChain(learnerId, entries, head, outside),
    signatures: checkSignatures(learnerId, entries, publicKeys, replacedKeys),
    revocations: checkRevocations(learnerId, entries),
  };
  let first: (BadEntry & { check: LedgerCheck }) | undefined;
  for (const name of ['hashChain', 'signatures', 'revocations'] as const) {
    const bad = checks[name].firstBadEntry;
    if (bad && (!first || bad.seq < first.seq)) first = { ...bad, check: name };
  }
  return {
    ok: !first,
    entries: entries.length,
    head: head ?? null,
    ...(first ? { firstBadEntry: first } : {}),
    checks,
  };
}
