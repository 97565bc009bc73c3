/**
 * The consenting learners, indexed for ranking against any role, kept current by following the
 * change feed instead of re-reading everyone:
 * - **Load** (at first use, and once a day since recency counts from today): who is discoverable,
 *   then their stored vectors (keyed by chain head, scorer version and taxonomy content hash);
 *   only learners without a current stored vector are analysed (and their vectors stored).
 *   Everything lives in typed arrays (`LearnerSegment`), with no object per learner.
 * - **Follow**: before each list the feed position is read (one row); if it moved, the changes
 *   since are applied first. A learner who is no longer discoverable is tombstoned at once (the
 *   consent guarantee: a withdrawal never shows on the next list); a learner whose evidence
 *   changed is tombstoned in the base and re-vectorised alone into a small delta segment.
 *   Between lists, NOTIFY (PostgreSQL) or a poll applies changes early so lists find them done.
 * - **Merge**: once the delta grows, base and delta are compacted into a new base.
 */
import {
  type DatabaseHandle,
  type Db,
  type FeedChanges,
  type FeedFollower,
  feedPosition,
  followFeed,
  getAccounts,
  listConsentStates,
  listDiscoverableLearners,
  listLearnerVectorPage,
  listLedgerHeads,
  todayUtc,
  type VectorKey,
} from '@skillbank/core';
import {
  type CandidatePool,
  type CandidateScore,
  decodeStoredLearner,
  type LearnerSegment,
  type MatcherIndex,
  type RequirementSet,
  removeFromPool,
  SegmentBuilder,
  type StoredLearner,
} from '@skillbank/matcher';
import { analyseAndStore, type Head, storedLearners, vectorKeyOf } from './stored-vectors.js';

/** A learner of the pool as a list shows it. */
export interface PoolMember {
  learnerId: string;
  name: string;
  /** Ids of the learner's attested evidence. */
  attested: ReadonlySet<string>;
}

export interface PoolRanked {
  learner: PoolMember;
  score: CandidateScore;
}

/** What the last load or catch-up did, for logs, tests and benchmarks. */
export interface PoolActivity {
  kind: 'load' | 'catch-up' | 'merge';
  learners: number;
  /** Learners analysed from their evidence text (no current stored vector). */
  vectorised: number;
  ms: number;
}

/** The pool as of a feed position and day. */
export interface PoolSnapshot {
  readonly position: number;
  readonly day: string;
  /** Learners in the pool (discoverable, with a chain). */
  readonly size: number;
  readonly loaded: PoolActivity;
  has(learnerId: string): boolean;
  /** The `limit` best learners of the pool for a requirement set, best first (ties by learner id). */
  rank(set: RequirementSet, limit: number): PoolRanked[];
}

/** A segment, its index (`null`: a small delta, scanned) and the names of its learners. */
interface Part {
  segment: LearnerSegment;
  pool: CandidatePool | null;
  names: string[];
  index: Map<string, number>;
}

/** Rank order: all essential requirements met first, then score, then learner id. */
const sortKey = (s: CandidateScore) => (s.allEssentialMet ? 2 : 0) + s.score;
const byRank = (a: PoolRanked, b: PoolRanked) =>
  sortKey(b.score) - sortKey(a.score) || (a.learner.learnerId < b.learner.learnerId ? -1 : 1);

/** The delta is merged into the base when it holds more than this many learners (or 1 % of the base). */
const MERGE_AT = 256;

class PoolState implements PoolSnapshot {
  readonly day: string;
  readonly #matcher: MatcherIndex;
  position: number;
  loaded: PoolActivity;
  #base: Part & { pool: CandidatePool };
  /** Learners whose vectors changed since the base was built (their base copy is tombstoned). */
  #delta = new Map<string, { name: string; stored: StoredLearner }>();
  #deltaPart: Part | null = null;
  #removedInBase = 0;

  constructor(
    matcher: MatcherIndex,
    day: string,
    position: number,
    base: Part & { pool: CandidatePool },
    loaded: PoolActivity,
  ) {
    this.#matcher = matcher;
    this.day = day;
    this.position = position;
    this.#base = base;
    this.loaded = loaded;
  }

  get size(): number {
    return this.#base.segment.count - this.#removedInBase + this.#delta.size;
  }

  get deltaSize(): number {
    return this.#delta.size;
  }

  has(learnerId: string): boolean {
    if (this.#delta.has(learnerId)) return true;
    const l = this.#base.index.get(learnerId);
    return l !== undefined && this.#base.pool.removed[l] === 0;
  }

  /** Takes a learner out of the pool (no longer discoverable, or about to be replaced). */
  remove(learnerId: string): void {
    const l = this.#base.index.get(learnerId);
    if (l !== undefined && this.#base.pool.removed[l] === 0) {
      removeFromPool(this.#base.pool, l);
      this.#removedInBase += 1;
    }
    if (this.#delta.delete(learnerId)) this.#deltaPart = null;
  }

  /** Puts a learner's current vector in the delta (replacing any copy in the base). */
  put(learnerId: string, name: string, stored: StoredLearner): void {
    this.remove(learnerId);
    this.#delta.set(learnerId, { name, stored });
    this.#deltaPart = null;
  }

  rank(set: RequirementSet, limit: number): PoolRanked[] {
    const parts = [this.#base, this.#deltaSegment()].filter((p): p is Part => p !== null);
    return parts
      .flatMap((part) =>
        this.#matcher
          .scoreCandidates(set, part.pool ?? part.segment, { limit })
          .map((score) => ({ learner: member(part, score.index), score })),
      )
      .sort(byRank)
      .slice(0, limit);
  }

  #deltaSegment(): Part | null {
    if (this.#delta.size === 0) return null;
    if (!this.#deltaPart) {
      const builder = new SegmentBuilder(this.day);
      const names: string[] = [];
      for (const [id, { name, stored }] of this.#delta) {
        builder.addStored(id, stored);
        names.push(name);
      }
      // Scanned, not indexed: an index would allocate arrays of the vocabulary's size per change.
      this.#deltaPart = scanned(builder.build(), names);
    }
    return this.#deltaPart;
  }

  get needsMerge(): boolean {
    return this.#delta.size > Math.max(MERGE_AT, this.#base.segment.count / 100);
  }

  /** Compacts base (less tombstones) and delta into a new base (synchronous: no change interleaves). */
  merge(): void {
    const started = performance.now();
    const builder = new SegmentBuilder(this.day);
    const names: string[] = [];
    const { segment, pool } = this.#base;
    for (let l = 0; l < segment.count; l++) {
      if (pool.removed[l] === 1) continue;
      builder.addFrom(segment, l);
      names.push(this.#base.names[l] as string);
    }
    for (const [id, { name, stored }] of this.#delta) {
      builder.addStored(id, stored);
      names.push(name);
    }
    this.#base = part(this.#matcher, builder.build(), names);
    this.#delta.clear();
    this.#deltaPart = null;
    this.#removedInBase = 0;
    this.loaded = { kind: 'merge', learners: this.size, vectorised: 0, ms: performance.now() - started };
  }
}

/** An indexed part (the base). */
function part(
  matcher: MatcherIndex,
  segment: LearnerSegment,
  names: string[],
): Part & { pool: CandidatePool } {
  return { ...scanned(segment, names), pool: matcher.segmentPool(segment) };
}

/** A part ranked by scanning it (a small delta). */
function scanned(segment: LearnerSegment, names: string[]): Part {
  const index = new Map<string, number>();
  segment.learnerIds.forEach((id, l) => {
    if (id !== null) index.set(id, l);
  });
  return { segment, pool: null, names, index };
}

function member(p: Part, l: number): PoolMember {
  const { segment } = p;
  const attested = new Set<string>();
  for (let k = segment.itemStart[l] as number; k < (segment.itemStart[l + 1] as number); k++)
    if (segment.attested[k] === 1) attested.add(segment.evidenceIds[k] as string);
  return { learnerId: segment.learnerIds[l] as string, name: p.names[l] as string, attested };
}

export interface PoolCacheOptions {
  /** The handle's `listen` (PostgreSQL): apply changes as soon as they commit. */
  listen?: DatabaseHandle['listen'] | undefined;
  /** Poll the feed this often between lists (ms; 0: only before lists). */
  pollMs?: number;
  onError?: (error: unknown) => void;
  /**
   * The database the pool is loaded from: a replica once it has caught up with the primary
   * (`DATABASE_REPLICA_URL`). The feed position is read on the primary before, the feed is
   * followed and vectors are written on the primary. Default: the primary.
   */
  loadFrom?: () => Promise<Db>;
}

export class CandidatePoolCache {
  readonly #db: Db;
  readonly #matcher: MatcherIndex;
  readonly #options: PoolCacheOptions;
  #key: Promise<VectorKey | null> | null = null;
  #state: PoolState | null = null;
  #loading: { day: string; promise: Promise<PoolState> } | null = null;
  #follower: FeedFollower | null = null;
  #mergeQueued = false;
  #closed = false;

  constructor(db: Db, matcher: MatcherIndex, options: PoolCacheOptions = {}) {
    this.#db = db;
    this.#matcher = matcher;
    this.#options = options;
  }

  get matcher(): MatcherIndex {
    return this.#matcher;
  }

  /** The key this cache stores vectors under (`null`: the stored taxonomy moved on; vectors are not stored). */
  vectorKey(): Promise<VectorKey | null> {
    this.#key ??= vectorKeyOf(this.#db, this.#matcher);
    return this.#key;
  }

  /**
   * The pool as of now: every change committed before this call is applied (so a withdrawal that
   * returned before it is never listed). Loads on first use and when the day changes.
   */
  async snapshot({ day = todayUtc() }: { day?: string } = {}): Promise<PoolSnapshot> {
    let state = this.#state;
    if (!state || state.day !== day) state = await this.#loadFor(day);
    const target = await feedPosition(this.#db);
    if (state.position < target) await this.#follower?.catchUp();
    // A reset (restored database) dropped the state: load again.
    if (this.#state !== state) return this.snapshot({ day });
    return state;
  }

  /** Merges the delta into the base now (it also happens by itself once the delta grows). */
  async compact(): Promise<void> {
    const state = await this.snapshot();
    if (this.#state === state) (state as PoolState).merge();
  }

  /**
   * Stops following the feed between lists (a replaced cache after a taxonomy swap; shutdown).
   * Lists still in flight keep catching up before they read.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#follower?.stop();
  }

  #loadFor(day: string): Promise<PoolState> {
    if (this.#loading?.day === day) return this.#loading.promise;
    const promise = this.#load(day).finally(() => {
      if (this.#loading?.promise === promise) this.#loading = null;
    });
    this.#loading = { day, promise };
    return promise;
  }

  async #load(day: string): Promise<PoolState> {
    const started = performance.now();
    const key = await this.vectorKey();
    // The position is read before the data: a change racing the read is applied again later.
    const position = await feedPosition(this.#db);
    // Who is discoverable and their stored vectors may come from a replica that has replayed at least
    // up to now (so up to `position`); the feed, its follower and every write stay on the primary.
    const source = await (this.#options.loadFrom?.() ?? this.#db);
    const discoverable = await listDiscoverableLearners(source);
    const at = new Map(discoverable.map((d, i) => [d.learnerId, i]));
    const found = new Uint8Array(discoverable.length);
    const builder = new SegmentBuilder(day);
    const names: string[] = [];
    if (key) {
      for (let after = ''; ; ) {
        const page = await listLearnerVectorPage(source, key, { after });
        for (const row of page) {
          const i = at.get(row.learnerId);
          const d = i === undefined ? undefined : discoverable[i];
          if (i === undefined || !d || d.headHash !== row.headHash) continue;
          builder.addStored(d.learnerId, decodeStoredLearner(row.data));
          names.push(d.name);
          found[i] = 1;
        }
        if (page.length === 0) break;
        after = (page[page.length - 1] as { learnerId: string }).learnerId;
      }
    }
    const missing: (Head & { name: string })[] = discoverable
      .filter((_, i) => found[i] === 0)
      .map((d) => ({ learnerId: d.learnerId, seq: d.headSeq, hash: d.headHash, name: d.name }));
    const analysed = await analyseAndStore(this.#db, this.#matcher, key, missing);
    for (const m of missing) {
      builder.addStored(m.learnerId, analysed.get(m.learnerId) as StoredLearner);
      names.push(m.name);
    }
    const base = part(this.#matcher, builder.build(), names);
    const state = new PoolState(this.#matcher, day, position, base, {
      kind: 'load',
      learners: base.segment.count,
      vectorised: missing.length,
      ms: performance.now() - started,
    });
    await this.#follower?.stop();
    this.#state = state;
    this.#follower = followFeed(this.#db, {
      since: position,
      onChanges: (changes) => this.#apply(state, changes),
      intervalMs: this.#closed ? 0 : (this.#options.pollMs ?? 1000),
      listen: this.#closed ? undefined : this.#options.listen,
      onError: this.#options.onError,
    });
    return state;
  }

  /** Applies a batch of feed changes to the state (removals first, then re-vectorised learners). */
  async #apply(state: PoolState, changes: FeedChanges): Promise<void> {
    if (this.#state !== state) return;
    if (changes.reset) {
      this.#state = null;
      return;
    }
    const started = performance.now();
    const ids = changes.learners.map((l) => l.learnerId);
    const [consent, heads] = await Promise.all([
      listConsentStates(this.#db, ids),
      listLedgerHeads(this.#db, ids),
    ]);
    const changed: Head[] = [];
    let vectorised = 0;
    for (const change of changes.learners) {
      const head = heads.get(change.learnerId);
      if (!head || consent.get(change.learnerId)?.discoverableByEmployers !== true) {
        state.remove(change.learnerId);
        continue;
      }
      // Consent, interest or withdrawal from one employer: the vector is unchanged.
      if (!change.evidence && state.has(change.learnerId)) continue;
      changed.push({ learnerId: change.learnerId, ...head });
    }
    if (changed.length > 0) {
      const key = await this.vectorKey();
      const [{ learners, analysed }, accounts] = await Promise.all([
        storedLearners(this.#db, this.#matcher, key, changed),
        getAccounts(
          this.#db,
          changed.map((c) => c.learnerId),
        ),
      ]);
      vectorised = analysed;
      const names = new Map(accounts.map((a) => [a.id, a.name]));
      for (const c of changed) {
        const stored = learners.get(c.learnerId);
        if (stored) state.put(c.learnerId, names.get(c.learnerId) ?? '', stored);
      }
    }
    state.position = changes.position;
    state.loaded = {
      kind: 'catch-up',
      learners: changes.learners.length,
      vectorised: vectorised,
      ms: performance.now() - started,
    };
    if (state.needsMerge && !this.#mergeQueued) {
      this.#mergeQueued = true;
      setImmediate(() => {
        this.#mergeQueued = false;
        if (this.#state === state && state.needsMerge) state.merge();
      });
    }
  }
}
