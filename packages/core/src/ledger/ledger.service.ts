/** Appending to a learner's chain and reading it back as domain entries. */

import { getAccounts } from '../accounts/accounts.service.js';
import type { Db, Trx } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';
import { DomainError } from '../errors.js';
import { claimNextFeedPosition } from '../feed/feed.service.js';
import { newId } from '../ids.js';
import { type Clock, systemNow } from '../time/clock.js';
import { canonicalJson } from './canonical.js';
import { entryHashTemplate, ledgerEntryHash } from './ledger.hash.js';
import {
  appendEntryStatement,
  claimNextSeq,
  findLedgerHead,
  insertLedgerEntryRow,
  listAllLedgerEntryRows,
  listLedgerEntryRows,
  setHeadHash,
} from './ledger.repository.js';
import type { LedgerEntryRow } from './ledger.table.js';
import type { LedgerEntry, LedgerEntryType } from './ledger.types.js';
import { type LedgerVerification, verifyLedger } from './ledger.verify.js';

/** Parses a stored payload; text that is not JSON (a damaged row) is kept so the hash check fails. */
function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { unparseable: text };
  }
}

export function toLedgerEntry(row: LedgerEntryRow): LedgerEntry {
  return {
    id: row.id,
    learnerId: row.learner_id,
    seq: Number(row.seq),
    type: row.type as LedgerEntryType,
    evidenceId: row.evidence_id,
    refId: row.ref_id,
    actorId: row.actor_id,
    payload: parsePayload(row.payload),
    prevHash: row.prev_hash,
    hash: row.hash,
    createdAt: row.created_at,
  };
}

export interface NewLedgerEntry {
  learnerId: string;
  type: LedgerEntryType;
  evidenceId: string | null;
  refId?: string | null;
  actorId: string;
  payload: unknown;
}

/**
 * Appends an entry to a learner's chain. Must run inside a transaction: it claims the next seq on
 * the chain head (which serialises concurrent appends for the same learner on both dialects),
 * links to the previous hash, inserts the entry with the next change-feed position (`feed/`) and
 * moves the head to it. On PostgreSQL all of that is one statement (one round trip); its hash is
 * computed by the database from the same canonical text and checked here before commit. The
 * transparency log takes the entry in shortly after (`sequencePending`), so appends to different
 * chains never wait on each other except for the instant the feed position is held.
 */
export async function appendLedgerEntry(
  trx: Trx,
  { learnerId, type, evidenceId, refId = null, actorId, payload }: NewLedgerEntry,
  { now = systemNow }: Clock = {},
): Promise<LedgerEntry> {
  const createdAt = now().toISOString();
  const text = canonicalJson(payload);
  const fields = {
    id: newId('le'),
    learnerId,
    type,
    evidenceId,
    refId,
    actorId,
    payload: JSON.parse(text) as unknown,
    createdAt,
  };
  if (isPostgres(trx)) return appendInOneStatement(trx, fields, text);
  const head = await claimNextSeq(trx, learnerId, createdAt);
  if (!head) throw notFound(learnerId);
  const unhashed = { ...fields, seq: Number(head.seq), prevHash: head.hash };
  const entry: LedgerEntry = { ...unhashed, hash: ledgerEntryHash(unhashed) };
  await insertLedgerEntryRow(trx, {
    id: entry.id,
    learner_id: learnerId,
    seq: entry.seq,
    type,
    evidence_id: evidenceId,
    ref_id: refId,
    actor_id: actorId,
    payload: text,
    prev_hash: entry.prevHash,
    hash: entry.hash,
    created_at: createdAt,
    feed_pos: await claimNextFeedPosition(trx),
  });
  await setHeadHash(trx, learnerId, entry.seq, entry.hash);
  return entry;
}

const notFound = (learnerId: string) =>
  new DomainError('ledger.not_found', { learnerId }, `learner ${learnerId} has no ledger`);

async function appendInOneStatement(
  trx: Trx,
  fields: Omit<LedgerEntry, 'seq' | 'prevHash' | 'hash'>,
  text: string,
): Promise<LedgerEntry> {
  const [before, between, after] = entryHashTemplate(fields);
  const row = await appendEntryStatement(trx, {
    before,
    between,
    after,
    id: fields.id,
    learnerId: fields.learnerId,
    type: fields.type,
    evidenceId: fields.evidenceId,
    refId: fields.refId,
    actorId: fields.actorId,
    payload: text,
    createdAt: fields.createdAt,
  });
  if (!row) throw notFound(fields.learnerId);
  const unhashed = { ...fields, seq: Number(row.seq), prevHash: row.prev_hash };
  const entry: LedgerEntry = { ...unhashed, hash: ledgerEntryHash(unhashed) };
  // The database hashed the same canonical text; a difference (an encoding surprise) must not commit.
  if (entry.hash !== row.hash)
    throw new Error(`ledger entry ${entry.id}: the database computed another hash`);
  return entry;
}

/**
 * A learner's whole chain and its head (`null` when the learner has no ledger). The head is read
 * first and entries appended after it are left out, so a concurrent deposit cannot make a
 * consistent chain look broken.
 */
export async function loadLedger(
  db: Db,
  learnerId: string,
): Promise<{ entries: LedgerEntry[]; head: { seq: number; hash: string } | null }> {
  const head = await findLedgerHead(db, learnerId);
  if (!head) return { entries: [], head: null };
  const rows = await listLedgerEntryRows(db, learnerId, { upToSeq: Number(head.seq) });
  return { entries: rows.map(toLedgerEntry), head: { seq: Number(head.seq), hash: head.hash } };
}

/** The published keys of the attesters a chain names, by account id. */
export async function attesterKeysFor(
  db: Db,
  entries: readonly LedgerEntry[],
): Promise<Record<string, string>> {
  const ids = [...new Set(entries.filter((e) => e.type === 'attestation').map((e) => e.actorId))];
  const keys: Record<string, string> = {};
  for (const account of await getAccounts(db, ids))
    if (account.publicKey) keys[account.id] = account.publicKey;
  return keys;
}

/**
 * Every stored row of a learner split by the head: the chain it covers and the rows outside it.
 * The head is read before and after the rows; a concurrent append moves it, and the read is
 * repeated, so an append in flight never looks like a row outside the chain.
 */
export async function loadStoredRows(
  db: Db,
  learnerId: string,
): Promise<{ entries: LedgerEntry[]; outside: LedgerEntry[]; head: { seq: number; hash: string } | null }> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await findLedgerHead(db, learnerId);
    const rows = (await listAllLedgerEntryRows(db, learnerId)).map(toLedgerEntry);
    const after = await findLedgerHead(db, learnerId);
    const same = before?.seq === after?.seq && before?.hash === after?.hash;
    if (!same && attempt < 5) continue;
    const head = after ? { seq: Number(after.seq), hash: after.hash } : null;
    const covered = (e: LedgerEntry) => head !== null && e.seq <= head.seq;
    return { entries: rows.filter(covered), outside: rows.filter((e) => !covered(e)), head };
  }
}

/**
 * Re-checks a learner's stored chain: hashes, signatures (against the stored public keys),
 * standing, and that no stored row of the learner lies outside the chain.
 */
export async function verifyStoredLedger(db: Db, learnerId: string): Promise<LedgerVerification> {
  const { entries, outside, head } = await loadStoredRows(db, learnerId);
  const publicKeys = await attesterKeysFor(db, entries);
  // Keys are read from the transparency log; an account row that says otherwise was tampered with.
  const ids = Object.keys(publicKeys);
  const rows = ids.length
    ? await db.selectFrom('accounts').select(['id', 'public_key']).where('id', 'in', ids).execute()
    : [];
  const replacedKeys = new Set(rows.filter((r) => r.public_key !== publicKeys[r.id]).map((r) => r.id));
  return verifyLedger({ learnerId, entries, head, outside, publicKeys, replacedKeys });
}
