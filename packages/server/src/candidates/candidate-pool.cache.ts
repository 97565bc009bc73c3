/**
 * The consenting learners, vectorised and indexed once for ranking against any role, and kept
 * only while nothing changed: the cache is keyed by the ledger's version (its entry count — every
 * deposit, correction, revocation, attestation and consent change appends one) and by the day
 * (recency weights count from today). On a change, the discoverable learners are read again: when
 * none of them changed the pool is kept; otherwise only learners whose chain head moved are
 * vectorised again and the pool is rebuilt. So a learner who withdraws consent is gone from the
 * very next list.
 */
import {
  type Db,
  ledgerVersion,
  listActiveEvidenceOf,
  listDiscoverableLearners,
  todayUtc,
} from '@skillbank/core';
import type { CandidatePool, LearnerVector, MatcherIndex } from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';

export interface PooledLearner {
  learnerId: string;
  name: string;
  headSeq: number;
  vector: LearnerVector;
  /** Ids of the learner's attested evidence. */
  attested: ReadonlySet<string>;
}

export interface PoolSnapshot {
  version: number;
  day: string;
  learners: PooledLearner[];
  pool: CandidatePool;
  /** What the last refresh did, for logs and benchmarks. */
  loaded: { learners: number; vectorised: number; ms: number };
}

export class CandidatePoolCache {
  readonly #db: Db;
  readonly #matcher: MatcherIndex;
  #current: PoolSnapshot | null = null;
  #pending: { key: string; promise: Promise<PoolSnapshot> } | null = null;

  readonly #loadFrom: () => Promise<Db>;

  /**
   * `loadFrom` gives the database the pool is loaded from (a replica that has caught up with the
   * primary); the version is always read on `db`, the primary, before the load.
   */
  constructor(db: Db, matcher: MatcherIndex, { loadFrom }: { loadFrom?: () => Promise<Db> } = {}) {
    this.#db = db;
    this.#matcher = matcher;
    this.#loadFrom = loadFrom ?? (async () => db);
  }

  get matcher(): MatcherIndex {
    return this.#matcher;
  }

  /** The pool as of now: the cached one when the ledger has not changed since, else a refreshed one. */
  async snapshot({ day = todayUtc() }: { day?: string } = {}): Promise<PoolSnapshot> {
    // The version is read before the data it guards: a change racing the read only forces a reload later.
    const version = await ledgerVersion(this.#db);
    const current = this.#current;
    if (current && current.version === version && current.day === day) return current;
    const key = `${version}@${day}`;
    if (this.#pending?.key === key) return this.#pending.promise;
    const promise = this.#load(version, day).finally(() => {
      if (this.#pending?.key === key) this.#pending = null;
    });
    this.#pending = { key, promise };
    return promise;
  }

  async #load(version: number, day: string): Promise<PoolSnapshot> {
    const started = performance.now();
    const previous = this.#current?.day === day ? this.#current : null;
    const known = new Map(previous?.learners.map((l) => [l.learnerId, l]));
    const source = await this.#loadFrom();
    const discoverable = await listDiscoverableLearners(source);
    // Nobody discoverable changed (the change was someone else's): keep the pool, move the version.
    if (
      previous &&
      previous.learners.length === discoverable.length &&
      discoverable.every((d, i) => {
        const p = previous.learners[i];
        return p?.learnerId === d.learnerId && p.headSeq === d.headSeq;
      })
    ) {
      const kept: PoolSnapshot = {
        ...previous,
        version,
        loaded: { learners: discoverable.length, vectorised: 0, ms: performance.now() - started },
      };
      if (!this.#current || this.#current.version <= version) this.#current = kept;
      return kept;
    }
    const stale = discoverable.filter((d) => known.get(d.learnerId)?.headSeq !== d.headSeq);
    const evidence = await listActiveEvidenceOf(
      source,
      stale.map((d) => d.learnerId),
    );
    const learners = discoverable.map((d): PooledLearner => {
      const cached = known.get(d.learnerId);
      if (cached && cached.headSeq === d.headSeq) return cached;
      const items = evidence.get(d.learnerId) ?? [];
      return {
        learnerId: d.learnerId,
        name: d.name,
        headSeq: d.headSeq,
        vector: this.#matcher.profileVector(toMatcherEvidence(items), { asOf: day, id: d.learnerId }),
        attested: new Set(items.filter((e) => e.attested).map((e) => e.id)),
      };
    });
    const snapshot: PoolSnapshot = {
      version,
      day,
      learners,
      pool: this.#matcher.candidatePool(learners.map((l) => l.vector)),
      loaded: { learners: learners.length, vectorised: stale.length, ms: performance.now() - started },
    };
    // A slower, older load must not replace a newer snapshot.
    if (!this.#current || this.#current.version <= version) this.#current = snapshot;
    return snapshot;
  }
}
