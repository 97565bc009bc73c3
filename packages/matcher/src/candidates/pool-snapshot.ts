/**
 * A whole candidate pool — its segment and index, tombstones included — as one binary blob, so a
 * process loads every learner at once instead of reading, decoding and indexing them one by one.
 * The layout is the pool's own typed arrays back to back (each section 8-byte aligned), then the
 * learner and evidence ids as UTF-8; decoding makes views on the bytes, copying nothing.
 */
import { type CandidatePool, poolScratch } from './candidate-pool.js';
import type { LearnerSegment } from './learner-segment.js';
import { MAX_LEVEL } from './level-factor.js';

const MAGIC = 0x31504253; // "SBP1", little-endian
const HEADER = 64;
/** `asOf` of a segment without a day. */
const NO_AS_OF = -2147483648;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

const pad8 = (n: number) => (n + 7) & ~7;

interface Sizes {
  n: number;
  items: number;
  terms: number;
  postings: number;
  dimension: number;
}

type ArrayType =
  | Float64ArrayConstructor
  | Float32ArrayConstructor
  | Int32ArrayConstructor
  | Int8ArrayConstructor
  | Uint8ArrayConstructor;

/** The sections in order: name, array type, element count. */
function sections({ n, items, terms, postings, dimension }: Sizes): [string, ArrayType, number][] {
  return [
    ['baseWeight', Float64Array, items],
    ['itemStart', Int32Array, n + 1],
    ['termStart', Int32Array, items + 1],
    ['terms', Int32Array, terms],
    ['termWeights', Float32Array, terms],
    ['quality', Float32Array, items],
    ['itemDay', Int32Array, items],
    ['level', Int8Array, items],
    ['attested', Uint8Array, items],
    ['removed', Uint8Array, n],
    ['levelQuality', Float32Array, (MAX_LEVEL + 1) * n],
    ['offsets', Int32Array, dimension + 1],
    ['members', Int32Array, postings],
    ['postingWeights', Float32Array, postings],
    ['termMax', Float32Array, dimension],
  ];
}

/** The pool as bytes (its index's `dimension` is recorded and checked when read back). */
export function encodePoolSnapshot(pool: CandidatePool): Uint8Array {
  const s = pool.segment;
  const sizes: Sizes = {
    n: s.count,
    items: s.quality.length,
    terms: s.terms.length,
    postings: pool.members.length,
    dimension: pool.termMax.length,
  };
  const learnerIds = utf8.encode(s.learnerIds.map((id) => id ?? '').join('\n'));
  const evidenceIds = utf8.encode(s.evidenceIds.join('\n'));
  const arrays: Record<string, ArrayBufferView> = {
    baseWeight: s.baseWeight,
    itemStart: s.itemStart,
    termStart: s.termStart,
    terms: s.terms,
    termWeights: s.weights,
    quality: s.quality,
    itemDay: s.itemDay,
    level: s.level,
    attested: s.attested,
    removed: pool.removed,
    levelQuality: pool.levelQuality,
    offsets: pool.offsets,
    members: pool.members,
    postingWeights: pool.weights,
    termMax: pool.termMax,
  };
  let size = HEADER;
  for (const [, type, count] of sections(sizes)) size += pad8(type.BYTES_PER_ELEMENT * count);
  size += learnerIds.length + evidenceIds.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  [MAGIC, 1, sizes.n, sizes.items, sizes.terms, sizes.postings, sizes.dimension].forEach((v, i) => {
    view.setUint32(4 * i, v, true);
  });
  view.setInt32(28, s.asOf ?? NO_AS_OF, true);
  view.setUint32(32, learnerIds.length, true);
  view.setUint32(36, evidenceIds.length, true);
  let at = HEADER;
  for (const [name, type, count] of sections(sizes)) {
    const array = arrays[name] as ArrayBufferView;
    const length = type.BYTES_PER_ELEMENT * count;
    if (array.byteLength !== length) throw new Error(`pool snapshot: ${name} has the wrong length`);
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, length), at);
    at += pad8(length);
  }
  bytes.set(learnerIds, at);
  bytes.set(evidenceIds, at + learnerIds.length);
  return bytes;
}

/**
 * Reads a pool back (views on `input`, copied first only when it is not 8-byte aligned). Throws
 * when the bytes are not a pool snapshot or were made for an index of another `dimension`.
 */
export function decodePoolSnapshot(input: Uint8Array, dimension: number): CandidatePool {
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== 1)
    throw new Error('not a pool snapshot');
  const [n, items, terms, postings, size] = [8, 12, 16, 20, 24].map((o) => view.getUint32(o, true)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (size !== dimension) throw new Error('pool snapshot made for another index');
  const asOf = view.getInt32(28, true);
  const idBytes = view.getUint32(32, true);
  const evidenceBytes = view.getUint32(36, true);
  const sizes: Sizes = { n, items, terms, postings, dimension };
  let total = HEADER;
  for (const [, type, count] of sections(sizes)) total += pad8(type.BYTES_PER_ELEMENT * count);
  if (bytes.byteLength !== total + idBytes + evidenceBytes)
    throw new Error('pool snapshot has the wrong length');
  const out: Record<string, ArrayBufferView> = {};
  let at = bytes.byteOffset + HEADER;
  for (const [name, type, count] of sections(sizes)) {
    out[name] = new type(bytes.buffer as ArrayBuffer, at, count);
    at += pad8(type.BYTES_PER_ELEMENT * count);
  }
  const text = (from: number, length: number, count: number) =>
    count === 0 ? [] : fromUtf8.decode(new Uint8Array(bytes.buffer, from, length)).split('\n');
  const learnerIds = text(at, idBytes, n);
  const evidenceIds = text(at + idBytes, evidenceBytes, items);
  if (learnerIds.length !== n || evidenceIds.length !== items)
    throw new Error('pool snapshot: the ids do not match the arrays');
  const segment: LearnerSegment = {
    asOf: asOf === NO_AS_OF ? null : asOf,
    count: n,
    learnerIds,
    itemStart: out.itemStart as Int32Array,
    termStart: out.termStart as Int32Array,
    terms: out.terms as Int32Array,
    weights: out.termWeights as Float32Array,
    quality: out.quality as Float32Array,
    level: out.level as Int8Array,
    attested: out.attested as Uint8Array,
    baseWeight: out.baseWeight as Float64Array,
    itemDay: out.itemDay as Int32Array,
    evidenceIds,
  };
  return {
    kind: 'candidate-pool',
    segment,
    removed: out.removed as Uint8Array,
    levelQuality: out.levelQuality as Float32Array,
    offsets: out.offsets as Int32Array,
    members: out.members as Int32Array,
    weights: out.postingWeights as Float32Array,
    termMax: out.termMax as Float32Array,
    scratch: poolScratch(n),
  };
}
