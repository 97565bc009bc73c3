/**
 * Many learners' evidence for candidate ranking in a few typed arrays (no object per learner):
 * learner l's items are `itemStart[l] … itemStart[l + 1]`, item k's terms `termStart[k] …
 * termStart[k + 1]` in `terms` / `weights`, with the item's quality for the segment's day, level
 * and attestation. Built from stored learners (no text analysis) or from learner vectors.
 */
import { parseDay, recencyFactor } from '../profile/evidence-weight.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import { coverageQuality } from '../scoring/scorer.js';
import { NO_DAY, type StoredLearner } from './stored-learner.js';

export interface LearnerSegment {
  /** The day qualities are counted for (days since 1970; `null`: no recency). */
  readonly asOf: number | null;
  readonly count: number;
  readonly learnerIds: readonly (string | null)[];
  readonly itemStart: Int32Array;
  readonly termStart: Int32Array;
  readonly terms: Int32Array;
  readonly weights: Float32Array;
  readonly quality: Float32Array;
  /** 新八级 level, 0 when unknown. */
  readonly level: Int8Array;
  readonly attested: Uint8Array;
  /**
   * Per item, the weight without recency and the item's day (`NO_DAY` when undated), so the
   * segment can be carried to another day without the stored learners; `NaN` where the quality
   * is fixed (items added from learner vectors).
   */
  readonly baseWeight: Float64Array;
  readonly itemDay: Int32Array;
  readonly evidenceIds: readonly string[];
}

/** An item's quality for a day, from its weight without recency and its day. */
function qualityFor(baseWeight: number, day: number, today: number | null): number {
  return coverageQuality(baseWeight * recencyFactor(day === NO_DAY ? null : day, today));
}

function grow<T extends Int32Array | Float32Array | Float64Array | Int8Array | Uint8Array>(
  array: T,
  need: number,
): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(need, array.length * 2, 64));
  next.set(array);
  return next;
}

/** Appends learners one by one; `build()` trims the arrays to size. */
export class SegmentBuilder {
  readonly #today: number | null;
  #learnerIds: (string | null)[] = [];
  #itemStart = new Int32Array(64);
  #termStart = new Int32Array(64);
  #terms = new Int32Array(1024);
  #weights = new Float32Array(1024);
  #quality = new Float32Array(64);
  #level = new Int8Array(64);
  #attested = new Uint8Array(64);
  #baseWeight = new Float64Array(64);
  #itemDay = new Int32Array(64);
  #evidenceIds: string[] = [];

  /** `asOf`: the day recency is counted to (`YYYY-MM-DD`). */
  constructor(asOf: string) {
    this.#today = parseDay(asOf);
  }

  get count(): number {
    return this.#learnerIds.length;
  }

  #reserve(items: number, terms: number): { item: number; term: number } {
    const l = this.#learnerIds.length;
    const item = this.#itemStart[l] as number;
    const term = this.#termStart[item] as number;
    this.#itemStart = grow(this.#itemStart, l + 2);
    this.#termStart = grow(this.#termStart, item + items + 1);
    this.#quality = grow(this.#quality, item + items);
    this.#level = grow(this.#level, item + items);
    this.#attested = grow(this.#attested, item + items);
    this.#baseWeight = grow(this.#baseWeight, item + items);
    this.#itemDay = grow(this.#itemDay, item + items);
    this.#terms = grow(this.#terms, term + terms);
    this.#weights = grow(this.#weights, term + terms);
    return { item, term };
  }

  /** Adds a stored learner: qualities for the builder's day, the same as `profileVector` gives. */
  addStored(learnerId: string, s: StoredLearner): number {
    const items = s.evidenceIds.length;
    const { item, term } = this.#reserve(items, s.terms.length);
    for (let k = 0; k < items; k++) {
      const day = s.day[k] as number;
      this.#quality[item + k] = qualityFor(s.baseWeight[k] as number, day, this.#today);
      this.#baseWeight[item + k] = s.baseWeight[k] as number;
      this.#itemDay[item + k] = day;
      this.#level[item + k] = s.level[k] as number;
      this.#attested[item + k] = s.attested[k] as number;
      this.#termStart[item + k + 1] = term + (s.termStart[k + 1] as number);
      this.#evidenceIds.push(s.evidenceIds[k] as string);
    }
    this.#terms.set(s.terms, term);
    this.#weights.set(s.weights, term);
    return this.#close(learnerId, item + items);
  }

  /** Adds a vectorised learner (its qualities are those of the day it was vectorised for). */
  addVector(learner: LearnerVector): number {
    const { ids, values, offsets, quality, level } = learner.packed;
    const items = quality.length;
    const { item, term } = this.#reserve(items, ids.length);
    for (let k = 0; k < items; k++) {
      this.#quality[item + k] = quality[k] as number;
      this.#baseWeight[item + k] = Number.NaN;
      this.#itemDay[item + k] = NO_DAY;
      this.#level[item + k] = level[k] as number;
      this.#attested[item + k] = learner.evidence[k]?.summary.factors.attestation === 1 ? 1 : 0;
      this.#termStart[item + k + 1] = term + (offsets[k + 1] as number);
      this.#evidenceIds.push(learner.evidence[k]?.id ?? '');
    }
    this.#terms.set(ids, term);
    this.#weights.set(values, term);
    return this.#close(learner.id, item + items);
  }

  /**
   * Copies learner `l` of another segment (compaction keeps what it needs of an old one), its
   * qualities counted for this builder's day (the same values when the day is the same).
   */
  addFrom(segment: LearnerSegment, l: number): number {
    const first = segment.itemStart[l] as number;
    const last = segment.itemStart[l + 1] as number;
    const from = segment.termStart[first] as number;
    const to = segment.termStart[last] as number;
    const { item, term } = this.#reserve(last - first, to - from);
    for (let k = first; k < last; k++) {
      const at = item + k - first;
      const base = segment.baseWeight[k] as number;
      const day = segment.itemDay[k] as number;
      this.#quality[at] =
        Number.isNaN(base) || segment.asOf === this.#today
          ? (segment.quality[k] as number)
          : qualityFor(base, day, this.#today);
      this.#baseWeight[at] = base;
      this.#itemDay[at] = day;
      this.#level[at] = segment.level[k] as number;
      this.#attested[at] = segment.attested[k] as number;
      this.#termStart[at + 1] = term + (segment.termStart[k + 1] as number) - from;
      this.#evidenceIds.push(segment.evidenceIds[k] as string);
    }
    this.#terms.set(segment.terms.subarray(from, to), term);
    this.#weights.set(segment.weights.subarray(from, to), term);
    return this.#close(segment.learnerIds[l] ?? null, item + last - first);
  }

  #close(learnerId: string | null, itemEnd: number): number {
    const l = this.#learnerIds.length;
    this.#learnerIds.push(learnerId);
    this.#itemStart[l + 1] = itemEnd;
    return l;
  }

  build(): LearnerSegment {
    const n = this.#learnerIds.length;
    const items = this.#itemStart[n] as number;
    const terms = this.#termStart[items] as number;
    return {
      asOf: this.#today,
      count: n,
      learnerIds: this.#learnerIds,
      itemStart: this.#itemStart.slice(0, n + 1),
      termStart: this.#termStart.slice(0, items + 1),
      terms: this.#terms.slice(0, terms),
      weights: this.#weights.slice(0, terms),
      quality: this.#quality.slice(0, items),
      level: this.#level.slice(0, items),
      attested: this.#attested.slice(0, items),
      baseWeight: this.#baseWeight.slice(0, items),
      itemDay: this.#itemDay.slice(0, items),
      evidenceIds: this.#evidenceIds,
    };
  }
}

/** A segment of vectorised learners, in order (for pools and scans built from `profileVector`). */
export function segmentOf(learners: readonly LearnerVector[]): LearnerSegment {
  const builder = new SegmentBuilder('1970-01-01');
  for (const learner of learners) builder.addVector(learner);
  return builder.build();
}
