/**
 * The consenting learners, indexed for ranking against any role, kept current by following the
 * change feed instead of re-reading everyone:
 * - **Load** (at first use): the newest pool snapshot (the whole pool as one blob, stored by a
 *   process after its load or merge) and the feed since its position; without one, who is
 *   discoverable, then their stored vectors (keyed by chain head, scorer version and taxonomy
 *   content hash); only learners without a current stored vector are analysed (and stored).
 *   Everything lives in typed arrays (`LearnerSegment`), with no object per learner; names are
 *   read for the page shown, not kept.
 * - **A new day** (recency counts from today): the pool is carried to it from its own arrays.
 * - **Follow**: before each list the feed position is read (one row); if it moved, the changes
 *   since are applied first. A learner who is no longer discoverable is tombstoned at once (the
 *   consent guarantee: a withdrawal never shows on the next list); a learner whose evidence
 *   changed is tombstoned in the base and re-vectorised alone into a small delta segment.
 *   Between lists, NOTIFY (PostgreSQL) or a poll applies changes early so lists find them done.
 * - **Merge**: once the delta grows, base and delta are compacted into a new base, in slices
 *   between which lists and changes go on (changes meanwhile are replayed on the new base).
 */

import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  carryVectorsPastConsent,
  type DatabaseHandle,
  type Db,
  type FeedChanges,
  type FeedFollower,
  feedPosition,
  followFeed,
  latestPoolSnapshot,
  listConsentStates,
  listDiscoverableLearners,
  listLearnerVectorPage,
  listLedgerHeads,
  type StaleVector,
  todayUtc,
  type VectorKey,
  writePoolSnapshot,
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
import { type PooledLearner, vectoriseLearners } from './candidate-vectors.js';
import { analyseAndStore, type Head, storedLearners, vectorKeyOf } from './stored-vectors.js';

/** A learner of the pool as a list shows it (names are read for the page shown). */
export interface PoolMember {
  learnerId: string;
  /** Ids of the learner's attested evidence. */
  attested: ReadonlySet<string>;
}

export interface PoolRanked {
  learner: PoolMember;
  score: CandidateScore;
}

/** What the last load, catch-up or merge did, for logs, tests and benchmarks. */
export interface PoolActivity {
  kind: 'load' | 'catch-up' | 'merge';
  /** A load: from a stored pool snapshot, the learners' stored vectors, or the pool of another day. */
  from?: 'snapshot' | 'vectors' | 'another day';
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
  /** What the last load, catch-up or merge did. */
  readonly loaded: PoolActivity;
  /** The load this pool started from. */
  readonly origin: PoolActivity;
  has(learnerId: string): boolean;
  /** The `limit` best learners of the pool for a requirement set, best first (ties by learner id). */
  rank(set: RequirementSet, limit: number): PoolRanked[];
}

/** A segment, its index (`null`: a small delta, scanned) and where each learner is. */
interface Part {
  segment: LearnerSegment;
  pool: CandidatePool | null;
  index: Map<string, number>;
}
type Base = Part & { pool: CandidatePool };

/** Rank order: all essential requirements met first, then score, then learner id. */
const sortKey = (s: CandidateScore) => (s.allEssentialMet ? 2 : 0) + s.score;
const byRank = (a: PoolRanked, b: PoolRanked) =>
  sortKey(b.score) - sortKey(a.score) || (a.learner.learnerId < b.learner.learnerId ? -1 : 1);

/** The delta is merged into the base when it holds more than this many learners (or 1 % of the base). */
const MERGE_AT = 256;
/** Learners per slice of a merge (between slices, lists and changes go on). */
const MERGE_SLICE = 4096;

/** Feed entries since a stored snapshot beyond which it is not used (or half its learners, if more). */
const STALE_SNAPSHOT = 20_000;

/** A change applied while a merge was building: replayed on the merged base. */
type Change = { learnerId: string; stored: StoredLearner | null };

/** Rankings kept per requirement set (the most recently asked). */
const RANKINGS_KEPT = 32;
/** A kept ranking holds this many more learners than asked (withdrawals from its top eat into it). */
const RANKING_MARGIN = 16;
/** Changes a kept ranking is brought up to date with; beyond, it is ranked afresh. */
const RANKING_CHANGES = 256;
/** Shortlisted learners kept vectorised from their evidence (the most recently read). */
const READ_KEPT = 4096;

/**
 * The best learners of the pool for one requirement set, kept between lists and brought up to date
 * with the changes since (each changed learner is taken out and, if still in the pool, scored
 * alone and put back in its place), so an unchanged or slightly changed pool is not ranked again.
 * `complete`: the list holds every learner of the pool.
 */
interface Ranking {
  list: PoolRanked[];
  complete: boolean;
  /** The change count it is up to date with. */
  seen: number;
}

class PoolState implements PoolSnapshot {
  readonly day: string;
  readonly #matcher: MatcherIndex;
  position: number;
  loaded: PoolActivity;
  origin: PoolActivity;
  #base: Base;
  /** Learners whose vectors changed since the base was built (their base copy is tombstoned). */
  #delta = new Map<string, StoredLearner>();
  #deltaPart: Part | null = null;
  #removedInBase = 0;
  /** While a merge builds: the changes since it started. */
  #journal: Change[] | null = null;
  /** The base is a stored pool snapshot (no need to store it again). */
  stored = false;
  /** Kept rankings, and the learners changed since the oldest of them (change k is `changes[k - changesFrom]`). */
  #rankings = new Map<RequirementSet, Ranking>();
  #changes: string[] = [];
  #changesFrom = 0;

  constructor(matcher: MatcherIndex, day: string, position: number, base: Base, loaded: PoolActivity) {
    this.#matcher = matcher;
    this.day = day;
    this.position = position;
    this.#base = base;
    this.loaded = loaded;
    this.origin = loaded;
  }

  get size(): number {
    return this.#base.segment.count - this.#removedInBase + this.#delta.size;
  }

  /** The base pool, when nothing is pending beside it (what a pool snapshot stores). */
  get compactPool(): CandidatePool | null {
    return this.#delta.size === 0 && this.#journal === null ? this.#base.pool : null;
  }

  has(learnerId: string): boolean {
    if (this.#delta.has(learnerId)) return true;
    const l = this.#base.index.get(learnerId);
    return l !== undefined && this.#base.pool.removed[l] === 0;
  }

  /** Takes a learner out of the pool (no longer discoverable, or about to be replaced). */
  remove(learnerId: string): void {
    this.#journal?.push({ learnerId, stored: null });
    this.#drop(learnerId);
  }

  /** Puts a learner's current vector in the delta (replacing any copy in the base). */
  put(learnerId: string, stored: StoredLearner): void {
    this.#journal?.push({ learnerId, stored });
    this.#drop(learnerId);
    this.#delta.set(learnerId, stored);
    this.#deltaPart = null;
  }

  #drop(learnerId: string): void {
    if (this.#rankings.size > 0) {
      this.#changes.push(learnerId);
      // Rankings this far behind are ranked afresh anyway: forget them and what they missed.
      if (this.#changes.length > 2 * RANKING_CHANGES) {
        const count = this.#changesFrom + this.#changes.length;
        for (const [set, r] of this.#rankings)
          if (count - r.seen > RANKING_CHANGES) this.#rankings.delete(set);
        this.#trimChanges();
      }
    }
    const l = this.#base.index.get(learnerId);
    if (l !== undefined && this.#base.pool.removed[l] === 0) {
      removeFromPool(this.#base.pool, l);
      this.#removedInBase += 1;
    }
    if (this.#delta.delete(learnerId)) this.#deltaPart = null;
  }

  rank(set: RequirementSet, limit: number): PoolRanked[] {
    const changeCount = this.#changesFrom + this.#changes.length;
    const kept = this.#rankings.get(set);
    const ranking = kept ? this.#updated(kept, set, changeCount) : null;
    if (ranking && (ranking.complete || ranking.list.length >= limit)) {
      // Most recently used last.
      this.#rankings.delete(set);
      this.#rankings.set(set, ranking);
      return ranking.list.slice(0, limit);
    }
    const want = limit + RANKING_MARGIN;
    const list = this.#rankAll(set, want);
    this.#rankings.delete(set);
    this.#rankings.set(set, { list, complete: list.length < want, seen: changeCount });
    if (this.#rankings.size > RANKINGS_KEPT)
      this.#rankings.delete(this.#rankings.keys().next().value as RequirementSet);
    this.#trimChanges();
    return list.slice(0, limit);
  }

  /** A kept ranking brought up to date with the changes since it was made, or `null` (rank afresh). */
  #updated(kept: Ranking, set: RequirementSet, changeCount: number): Ranking | null {
    if (kept.seen === changeCount) return kept;
    if (kept.seen < this.#changesFrom || changeCount - kept.seen > RANKING_CHANGES) return null;
    const changed = new Set(this.#changes.slice(kept.seen - this.#changesFrom));
    const retained = kept.list.filter((r) => !changed.has(r.learner.learnerId));
    // Changed learners still in the pool are in the delta: scored alone, put back in their place.
    const builder = new SegmentBuilder(this.day);
    let scored = 0;
    for (const id of changed) {
      const stored = this.#delta.get(id);
      if (stored) {
        builder.addStored(id, stored);
        scored += 1;
      }
    }
    let rescored: PoolRanked[] = [];
    if (scored > 0) rescored = this.#rankPart(scanned(builder.build()), set, scored);
    // Below the last learner kept from the old list, someone never scored here may rank higher:
    // only what ranks above it is certain (all of it, if the old list held the whole pool).
    const last = retained[retained.length - 1];
    const certain = kept.complete
      ? rescored
      : rescored.filter((r) => last !== undefined && byRank(r, last) < 0);
    const list = [...retained, ...certain].sort(byRank);
    return { list, complete: kept.complete, seen: changeCount };
  }

  /** Forgets changes every kept ranking has seen. */
  #trimChanges(): void {
    let oldest = this.#changesFrom + this.#changes.length;
    for (const r of this.#rankings.values()) oldest = Math.min(oldest, r.seen);
    if (oldest > this.#changesFrom) {
      this.#changes = this.#changes.slice(oldest - this.#changesFrom);
      this.#changesFrom = oldest;
    }
  }

  /** Ranks the whole pool: base (indexed) and delta (scanned). */
  #rankAll(set: RequirementSet, limit: number): PoolRanked[] {
    const fromBase = this.#rankPart(this.#base, set, limit);
    const delta = this.#deltaSegment();
    if (!delta) return fromBase;
    return [...fromBase, ...this.#rankPart(delta, set, limit)].sort(byRank).slice(0, limit);
  }

  #rankPart(part: Part, set: RequirementSet, limit: number): PoolRanked[] {
    return this.#matcher
      .scoreCandidates(set, part.pool ?? part.segment, { limit })
      .map((score) => ({ learner: member(part.segment, score.index), score }));
  }

  #deltaSegment(): Part | null {
    if (this.#delta.size === 0) return null;
    if (!this.#deltaPart) {
      const builder = new SegmentBuilder(this.day);
      for (const [id, stored] of this.#delta) builder.addStored(id, stored);
      // Scanned, not indexed: an index would allocate arrays of the vocabulary's size per change.
      this.#deltaPart = scanned(builder.build());
    }
    return this.#deltaPart;
  }

  get needsMerge(): boolean {
    return this.#journal === null && this.#delta.size > Math.max(MERGE_AT, this.#base.segment.count / 100);
  }

  /**
   * Compacts base (less tombstones) and delta into a new base for this state's day. With
   * `slice`, pauses every `slice` learners (lists and changes go on meanwhile, ranking the old
   * base; changes are replayed on the new one); without, runs at once.
   */
  async merge(slice = Number.POSITIVE_INFINITY): Promise<void> {
    if (this.#journal !== null) return;
    const started = performance.now();
    const journal: Change[] = [];
    this.#journal = journal;
    try {
      const pause = () => (Number.isFinite(slice) ? nextTurn() : undefined);
      const builder = new SegmentBuilder(this.day);
      const { segment, pool } = this.#base;
      // Tombstones and the delta as they are now; later changes are in the journal.
      const removed = pool.removed.slice();
      const delta = [...this.#delta];
      for (let l = 0; l < segment.count; l++) {
        if (l > 0 && l % slice === 0) await pause();
        if (removed[l] === 0) builder.addFrom(segment, l);
      }
      for (const [id, stored] of delta) builder.addStored(id, stored);
      const merged = builder.build();
      const steps = this.#matcher.segmentPoolSteps(merged, slice);
      let step = steps.next();
      while (!step.done) {
        await pause();
        step = steps.next();
      }
      this.#base = { ...scanned(merged), pool: step.value };
    } finally {
      this.#journal = null;
    }
    this.#delta.clear();
    this.#deltaPart = null;
    this.#removedInBase = 0;
    // (Kept rankings stay right — nobody's score changed — but are made afresh on the new base.)
    this.#rankings.clear();
    this.#changesFrom += this.#changes.length;
    this.#changes = [];
    for (const change of journal) {
      if (change.stored) this.put(change.learnerId, change.stored);
      else this.remove(change.learnerId);
    }
    this.loaded = { kind: 'merge', learners: this.size, vectorised: 0, ms: performance.now() - started };
  }

  /** This pool carried to another day (recency re-counted from the pool's own arrays). */
  async carriedTo(day: string, slice: number): Promise<PoolState> {
    const next = new PoolState(this.#matcher, day, this.position, this.#base, this.loaded);
    next.#delta = new Map(this.#delta);
    next.#removedInBase = this.#removedInBase;
    // The merge builds for `next.day`; tombstones must not touch this state's pool meanwhile.
    next.#base = { ...this.#base, pool: { ...this.#base.pool, removed: this.#base.pool.removed.slice() } };
    await next.merge(slice);
    return next;
  }
}

/** A part ranked by scanning it (a small delta), or before its index is set. */
function scanned(segment: LearnerSegment): Part {
  const index = new Map<string, number>();
  segment.learnerIds.forEach((id, l) => {
    if (id !== null) index.set(id, l);
  });
  return { segment, pool: null, index };
}

function member(segment: LearnerSegment, l: number): PoolMember {
  const attested = new Set<string>();
  for (let k = segment.itemStart[l] as number; k < (segment.itemStart[l + 1] as number); k++)
    if (segment.attested[k] === 1) attested.add(segment.evidenceIds[k] as string);
  return { learnerId: segment.learnerIds[l] as string, attested };
}

export interface PoolCacheOptions {
  /** The handle's `listen` (PostgreSQL): apply changes as soon as they commit. */
  listen?: DatabaseHandle['listen'] | undefined;
  /** Poll the feed this often between lists (ms; 0: only before lists). */
  pollMs?: number;
  onError?: (error: unknown) => void;
  /**
   * Store a pool snapshot after a load from vectors or a new day, and after a merge at most this
   * often (ms; default 10 minutes; `false`: never store one).
   */
  snapshotEveryMs?: number | false;
  /** How long after a load its snapshot is stored (ms; default 2 s). */
  snapshotDelayMs?: number;
  /** Learners per slice of a background merge (default 4096). */
  mergeSlice?: number;
  /**
   * The database the pool is loaded from (its stored snapshot, or who is discoverable and their
   * vectors): a replica once it has caught up with the primary (`DATABASE_REPLICA_URL`). The feed
   * position is read on the primary before, the feed is followed and vectors and snapshots are
   * written on the primary. Default: the primary.
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
  /** Snapshot writes and merges in flight (awaited by `settled()` and `close()`). */
  #background = new Set<Promise<void>>();
  #lastSnapshotAt = 0;
  /** Writes the snapshot waiting for its delay now. */
  #pendingSnapshot: (() => void) | null = null;
  /**
   * Learners read from their evidence for a shortlist (their text, for reading requirements by
   * meaning), kept for their day until the feed reports a change of theirs; least recently used
   * first out.
   */
  #read = new Map<string, { day: string; learner: PooledLearner }>();

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
   * returned before it is never listed). Loads on first use; carried to a new day when it changes.
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

  /**
   * These learners vectorised from their active evidence for `day`, as `vectoriseLearners` gives
   * them (in the order given, unknown ids left out), from kept copies where the feed has reported
   * no change of theirs since they were read: an unchanged shortlist reads and analyses no text.
   * Meant for pool members (every change of theirs is on the feed); names are not for showing.
   */
  async vectorised(ids: readonly string[], day: string): Promise<PooledLearner[]> {
    const found = new Map<string, PooledLearner>();
    const missing: string[] = [];
    for (const id of ids) {
      const kept = this.#read.get(id);
      if (kept?.day === day) {
        this.#read.delete(id);
        this.#read.set(id, kept);
        found.set(id, kept.learner);
      } else missing.push(id);
    }
    if (missing.length > 0) {
      const state = this.#state;
      const position = state?.position;
      const read = await vectoriseLearners(this.#db, this.#matcher, missing, { day });
      // Kept only if no change was applied while reading: a change applied meanwhile may be newer
      // than the evidence read (one applied later drops the copy).
      const keep = state !== null && this.#state === state && state.position === position;
      for (const learner of read) {
        found.set(learner.learnerId, learner);
        if (keep) this.#read.set(learner.learnerId, { day, learner });
      }
      for (const id of this.#read.keys()) {
        if (this.#read.size <= READ_KEPT) break;
        this.#read.delete(id);
      }
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /**
   * Merges the delta into the base now (it also happens by itself, in slices, once the delta
   * grows); with `slice`, pausing every `slice` learners while lists and changes go on.
   */
  async compact({ slice }: { slice?: number } = {}): Promise<void> {
    const state = await this.snapshot();
    if (this.#state === state) await (state as PoolState).merge(slice);
  }

  /** Stores a snapshot of the pool now (when nothing is pending beside its base). */
  async saveSnapshot(): Promise<boolean> {
    const state = this.#state ?? (await this.snapshot());
    return this.#writeSnapshot(state as PoolState);
  }

  /** Resolves once background work started so far (snapshot writes, merges) is done. */
  async settled(): Promise<void> {
    this.#pendingSnapshot?.();
    while (this.#background.size > 0) await Promise.allSettled([...this.#background]);
  }

  /**
   * Stops following the feed between lists (a replaced cache after a taxonomy swap; shutdown) and
   * waits for background work. Lists still in flight keep catching up before they read.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#follower?.stop();
    await this.settled();
  }

  #loadFor(day: string): Promise<PoolState> {
    if (this.#loading?.day === day) return this.#loading.promise;
    const promise = this.#load(day).finally(() => {
      if (this.#loading?.promise === promise) this.#loading = null;
    });
    this.#loading = { day, promise };
    return promise;
  }

  /** Runs work beside the lists; its failure is reported, never thrown at a list. */
  #inBackground(work: () => Promise<unknown>): void {
    const promise = work().then(
      () => undefined,
      (error: unknown) => this.#options.onError?.(error),
    );
    this.#background.add(promise);
    void promise.finally(() => this.#background.delete(promise));
  }

  async #load(day: string): Promise<PoolState> {
    const previous = this.#state;
    let state: PoolState;
    const carried =
      previous && previous.day !== day
        ? // A new day: the same learners, recency counted from it.
          await previous.carriedTo(day, this.#options.mergeSlice ?? MERGE_SLICE)
        : null;
    // (A reset while carrying: load afresh.)
    if (carried && this.#state === previous) {
      state = carried;
      state.loaded = { ...state.loaded, kind: 'load', from: 'another day' };
      state.origin = state.loaded;
    } else state = (await this.#fromSnapshot(day)) ?? (await this.#fromVectors(day));
    await this.#follower?.stop();
    this.#state = state;
    this.#follower = followFeed(this.#db, {
      since: state.position,
      onChanges: (changes) => this.#apply(state, changes),
      intervalMs: this.#closed ? 0 : (this.#options.pollMs ?? 1000),
      listen: this.#closed ? undefined : this.#options.listen,
      onError: this.#options.onError,
    });
    if (!state.stored && this.#options.snapshotEveryMs !== false && !this.#closed) this.#snapshotSoon(state);
    return state;
  }

  /** The newest stored pool snapshot (carried to `day` if made for another), or `null`. */
  async #fromSnapshot(day: string): Promise<PoolState | null> {
    const started = performance.now();
    const key = await this.vectorKey();
    if (!key || this.#options.snapshotEveryMs === false) return null;
    const now = await feedPosition(this.#db);
    // Read on the replica once it has replayed at least up to now (`loadFrom`), else the primary.
    const source = await (this.#options.loadFrom?.() ?? this.#db);
    const stored = await latestPoolSnapshot(source, key, now);
    if (!stored) return null;
    let pool: CandidatePool;
    try {
      pool = this.#matcher.restorePool(stored.data);
    } catch (error) {
      this.#options.onError?.(error);
      return null;
    }
    // Too far behind (the feed since would change a large part of it): load from vectors.
    if (now - stored.position > Math.max(STALE_SNAPSHOT, pool.segment.count / 2)) return null;
    const loaded = (learners: number): PoolActivity => ({
      kind: 'load',
      from: 'snapshot',
      learners,
      vectorised: 0,
      ms: performance.now() - started,
    });
    const base: Base = { ...scanned(pool.segment), pool };
    const state = new PoolState(this.#matcher, stored.day, stored.position, base, loaded(0));
    state.stored = stored.day === day;
    const ready = state.stored ? state : await state.carriedTo(day, Number.POSITIVE_INFINITY);
    ready.loaded = loaded(ready.size);
    ready.origin = ready.loaded;
    return ready;
  }

  /** Who is discoverable, then their stored vectors; only those without a current one are analysed. */
  async #fromVectors(day: string): Promise<PoolState> {
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
    if (key) {
      const stale: StaleVector[] = [];
      for (let after = ''; ; ) {
        const page = await listLearnerVectorPage(source, key, { after });
        for (const row of page) {
          const i = at.get(row.learnerId);
          const d = i === undefined ? undefined : discoverable[i];
          if (i === undefined || !d) continue;
          if (d.headHash !== row.headHash) {
            stale.push({ vector: row, head: { seq: d.headSeq, hash: d.headHash } });
            continue;
          }
          builder.addStored(d.learnerId, decodeStoredLearner(row.data));
          found[i] = 1;
        }
        if (page.length === 0) break;
        after = (page[page.length - 1] as { learnerId: string }).learnerId;
      }
      // Made before a consent change only (the one that made them discoverable, say): still right.
      for (const row of await carryVectorsPastConsent(source, key, stale, { writeTo: this.#db })) {
        const i = at.get(row.learnerId) as number;
        builder.addStored(row.learnerId, decodeStoredLearner(row.data));
        found[i] = 1;
      }
    }
    const missing: Head[] = discoverable
      .filter((_, i) => found[i] === 0)
      .map((d) => ({ learnerId: d.learnerId, seq: d.headSeq, hash: d.headHash }));
    const analysed = await analyseAndStore(this.#db, this.#matcher, key, missing);
    for (const m of missing) builder.addStored(m.learnerId, analysed.get(m.learnerId) as StoredLearner);
    const segment = builder.build();
    const base: Base = { ...scanned(segment), pool: this.#matcher.segmentPool(segment) };
    return new PoolState(this.#matcher, day, position, base, {
      kind: 'load',
      from: 'vectors',
      learners: segment.count,
      vectorised: missing.length,
      ms: performance.now() - started,
    });
  }

  /**
   * Stores a snapshot a little later (the lists waiting for the load go first), or at once when
   * the cache settles or closes.
   */
  #snapshotSoon(state: PoolState): void {
    let fire: () => void = () => {};
    const due = new Promise<void>((resolve) => {
      fire = resolve;
    });
    const timer = setTimeout(fire, this.#options.snapshotDelayMs ?? 2000);
    timer.unref?.();
    this.#pendingSnapshot = () => {
      clearTimeout(timer);
      fire();
    };
    this.#inBackground(async () => {
      await due;
      this.#pendingSnapshot = null;
      if (this.#state === state) await this.#writeSnapshot(state);
    });
  }

  /** Stores the state's pool as a snapshot, if nothing is pending beside its base. */
  async #writeSnapshot(state: PoolState): Promise<boolean> {
    const key = await this.vectorKey();
    const pool = state.compactPool;
    if (!key || !pool) return false;
    const { position, day } = state;
    const data = this.#matcher.encodePool(pool);
    this.#lastSnapshotAt = Date.now();
    await writePoolSnapshot(this.#db, key, { position, day, data }, new Date().toISOString(), {
      between: () => nextTurn(),
    });
    return true;
  }

  /** Applies a batch of feed changes to the state (removals first, then re-vectorised learners). */
  async #apply(state: PoolState, changes: FeedChanges): Promise<void> {
    if (this.#state !== state) return;
    if (changes.reset) {
      this.#state = null;
      this.#read.clear();
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
      const { learners, analysed } = await storedLearners(this.#db, this.#matcher, key, changed);
      vectorised = analysed;
      for (const c of changed) {
        const stored = learners.get(c.learnerId);
        if (stored) state.put(c.learnerId, stored);
      }
    }
    // With the position, at once: a copy read before it is dropped, one read meanwhile not kept.
    for (const id of ids) this.#read.delete(id);
    state.position = changes.position;
    state.loaded = {
      kind: 'catch-up',
      learners: changes.learners.length,
      vectorised: vectorised,
      ms: performance.now() - started,
    };
    if (state.needsMerge && !this.#mergeQueued) {
      this.#mergeQueued = true;
      this.#inBackground(async () => {
        try {
          if (this.#state !== state || !state.needsMerge) return;
          await state.merge(this.#options.mergeSlice ?? MERGE_SLICE);
        } finally {
          this.#mergeQueued = false;
        }
        const every = this.#options.snapshotEveryMs ?? 10 * 60_000;
        if (every !== false && Date.now() - this.#lastSnapshotAt >= every && !this.#closed)
          await this.#writeSnapshot(state);
      });
    }
  }
}
