/**
 * Generates many learners straight into the database for benchmarks: accounts, chain heads and
 * ledger entries (deposits and a consent entry each, with real hashes, so every chain verifies),
 * and optionally cohort memberships — bulk inserts in transactions, not one HTTP call per learner.
 * Evidence is drawn from the taxonomy's own task statements with a seeded generator, so runs repeat.
 */
import { randomBytes } from 'node:crypto';
import {
  type ConsentRecord,
  canonicalJson,
  claimFeedPositions,
  type Db,
  type EvidenceRecord,
  GENESIS_HASH,
  ledgerEntryHash,
  type Occupation,
} from '@skillbank/core';

/** mulberry32: a tiny seeded PRNG. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  count: number;
  consent: ConsentRecord;
  /** Add every learner to this cohort. */
  cohortId?: string;
  seed?: number;
  /** Learners per transaction. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

const KINDS = ['work_project', 'learning', 'assessment', 'competition', 'credential'] as const;
const ROWS_PER_INSERT = 500;

async function insertAll(
  db: Db,
  table: 'accounts' | 'ledger_heads' | 'ledger_entries' | 'cohort_members',
  rows: object[],
) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
}

/** Inserts `count` learners; returns their ids. */
export async function generateLearners(
  db: Db,
  occupations: readonly Occupation[],
  { count, consent, cohortId, seed = 42, batch = 5000, onProgress }: GenerateOptions,
): Promise<string[]> {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const withTasks = occupations.filter((o) => o.tasks.length >= 2);
  const prefix = randomBytes(4).toString('hex');
  const ids: string[] = [];
  const at = '2026-01-15T08:00:00.000Z';
  for (let start = 0; start < count; start += batch) {
    const accounts: object[] = [];
    const heads: object[] = [];
    const entries: object[] = [];
    const members: object[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const learnerId = `ac_b${prefix}${i.toString(36).padStart(6, '0')}`;
      ids.push(learnerId);
      accounts.push({
        id: learnerId,
        role: 'learner',
        name: `学员${String(i + 1).padStart(6, '0')}`,
        organisation: null,
        token_hash: `${prefix}-bench-${i}`,
        public_key: null,
        private_key_wrapped: null,
        created_at: at,
      });
      const occupation = pick(withTasks);
      const pieces = 1 + Math.floor(random() * 3);
      let prev = GENESIS_HASH;
      let seq = 0;
      const append = (type: 'deposit' | 'consent', evidenceId: string | null, payload: unknown) => {
        seq += 1;
        const unhashed = {
          id: `le_b${prefix}${i.toString(36)}_${seq}`,
          learnerId,
          seq,
          type,
          evidenceId,
          refId: null,
          actorId: learnerId,
          payload: JSON.parse(canonicalJson(payload)) as unknown,
          prevHash: prev,
          createdAt: at,
        };
        const hash = ledgerEntryHash(unhashed);
        entries.push({
          id: unhashed.id,
          learner_id: learnerId,
          seq,
          type,
          evidence_id: evidenceId,
          ref_id: null,
          actor_id: learnerId,
          payload: canonicalJson(payload),
          prev_hash: prev,
          hash,
          created_at: at,
        });
        prev = hash;
      };
      for (let k = 0; k < pieces; k++) {
        // Mostly the learner's own occupation, sometimes a neighbour or a stray interest.
        const source = k === 0 || random() < 0.6 ? occupation : pick(withTasks);
        const a = pick(source.tasks);
        const b = pick(source.tasks);
        const evidenceId = `ev_b${prefix}${i.toString(36)}_${k}`;
        const record: EvidenceRecord = {
          id: evidenceId,
          learnerId,
          kind: k === 0 ? 'work_project' : pick(KINDS),
          title: `${source.name}：${a.text.slice(0, 24)}`,
          description: a === b ? a.text : `${a.text}；${b.text}`,
          occurredOn: `202${3 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}-15`,
          endedOn: null,
          taxonomyId: 'cn2022',
          occupationCodes: random() < 0.3 ? [source.code] : [],
          skills: [{ name: source.name, level: 1 + Math.floor(random() * 6) }],
          steps: [],
          artifacts: [],
          supersedes: null,
        };
        append('deposit', evidenceId, record);
      }
      append('consent', null, consent);
      heads.push({ learner_id: learnerId, seq, hash: prev, updated_at: at });
      if (cohortId) members.push({ cohort_id: cohortId, learner_id: learnerId, joined_at: at });
    }
    await db.transaction().execute(async (trx) => {
      // Feed positions as appends take them: one block per batch, in chain order.
      const first = await claimFeedPositions(trx, entries.length);
      entries.forEach((entry, k) => {
        (entry as { feed_pos: number }).feed_pos = first + k;
      });
      await insertAll(trx, 'accounts', accounts);
      await insertAll(trx, 'ledger_heads', heads);
      await insertAll(trx, 'ledger_entries', entries);
      await insertAll(trx, 'cohort_members', members);
    });
    onProgress?.(Math.min(count, start + batch), count);
  }
  return ids;
}
