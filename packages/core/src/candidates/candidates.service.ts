/**
 * Learners in bulk, for employers' candidate lists and advisors' cohort reports: who consents to
 * what right now, and their active evidence — read with a few queries rather than one per learner.
 */
import type { ConsentState } from '../consent/consent.service.js';
import { DEFAULT_CONSENT } from '../consent/consent.service.js';
import type { Db } from '../db/database.js';
import type { ActiveEvidence } from '../evidence/evidence.types.js';
import { activeEvidenceOf, buildEvidenceViews } from '../evidence/evidence.view.js';
import { feedPosition } from '../feed/feed.service.js';
import { toLedgerEntry } from '../ledger/ledger.service.js';
import type { ConsentRecord } from '../ledger/ledger.types.js';
import {
  chunks,
  listDiscoverableRows,
  listEvidenceEntryRowsOf,
  listLatestConsentRows,
  listLedgerHeadRows,
} from './candidates.repository.js';

function parseConsent(payload: string): ConsentState {
  try {
    const p = JSON.parse(payload) as Partial<ConsentRecord>;
    return {
      discoverableByEmployers: p.discoverableByEmployers === true,
      advisorsCanSeeEvidence: p.advisorsCanSeeEvidence === true,
    };
  } catch {
    return { ...DEFAULT_CONSENT };
  }
}

/** The consent in force for each of these learners (the defaults, sharing nothing, when they set none). */
export async function listConsentStates(
  db: Db,
  learnerIds: readonly string[],
): Promise<Map<string, ConsentState>> {
  const states = new Map<string, ConsentState>(learnerIds.map((id) => [id, { ...DEFAULT_CONSENT }]));
  for (const ids of chunks([...new Set(learnerIds)])) {
    for (const row of await listLatestConsentRows(db, ids))
      states.set(row.learner_id, parseConsent(row.payload));
  }
  return states;
}

export interface DiscoverableLearner {
  learnerId: string;
  name: string;
  /** Seq of the learner's chain head: changes with every entry, so it versions what was read. */
  headSeq: number;
  /** Hash of the chain head: names the chain's content exactly (stored vectors are keyed by it). */
  headHash: string;
}

/** Every learner whose consent in force lets employers find them, by id. */
export async function listDiscoverableLearners(db: Db): Promise<DiscoverableLearner[]> {
  const rows = await listDiscoverableRows(db);
  return rows
    .filter((r) => parseConsent(r.payload).discoverableByEmployers)
    .map((r) => ({ learnerId: r.learner_id, name: r.name, headSeq: Number(r.seq), headHash: r.hash }));
}

/** The chain heads of many learners, by id (learners without a ledger are left out). */
export async function listLedgerHeads(
  db: Db,
  learnerIds: readonly string[],
): Promise<Map<string, { seq: number; hash: string }>> {
  const heads = new Map<string, { seq: number; hash: string }>();
  for (const ids of chunks([...new Set(learnerIds)]))
    for (const row of await listLedgerHeadRows(db, ids))
      heads.set(row.learner_id, { seq: Number(row.seq), hash: row.hash });
  return heads;
}

/** Active evidence of many learners (each in ledger order); learners without any get `[]`. */
export async function listActiveEvidenceOf(
  db: Db,
  learnerIds: readonly string[],
  { onChunk }: { onChunk?: (done: number, total: number) => void } = {},
): Promise<Map<string, ActiveEvidence[]>> {
  const result = new Map<string, ActiveEvidence[]>();
  const unique = [...new Set(learnerIds)];
  let done = 0;
  for (const ids of chunks(unique)) {
    const byLearner = new Map<string, ReturnType<typeof toLedgerEntry>[]>();
    for (const row of await listEvidenceEntryRowsOf(db, ids)) {
      const list = byLearner.get(row.learner_id) ?? [];
      list.push(toLedgerEntry(row));
      byLearner.set(row.learner_id, list);
    }
    for (const id of ids)
      result.set(id, activeEvidenceOf(buildEvidenceViews(byLearner.get(id) ?? []).values()));
    done += ids.length;
    onChunk?.(done, unique.length);
  }
  return result;
}

/**
 * A version stamp of every learner's data: the change feed's position (`feed/`). Deposits,
 * corrections, revocations, attestations and consent changes each take the next one, so a cache
 * keyed by it is never stale; reading it is one indexed row. Read it before the data it guards.
 */
export function ledgerVersion(db: Db): Promise<number> {
  return feedPosition(db);
}
