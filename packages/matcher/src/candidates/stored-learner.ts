/**
 * A learner's evidence analysed once, independent of the day: per item its term ids and weights,
 * the weight factors other than recency, its date, level and attestation (what candidate ranking
 * reads), and what occupation ranking reads besides (`ranking`: clauses and words, work-verb counts,
 * declared occupations, the learner's directions). This is what is stored (a compact binary form,
 * typed arrays back to back) so that nothing re-analyses text on a read path: `LearnerSegment`
 * turns it into qualities for a given day, `storedLearnerVector` into the learner vector
 * `profileVector` makes from the same evidence.
 */
import type { IndexState } from '../index-state.js';
import { evidenceFactors, evidenceLevel, parseDay } from '../profile/evidence-weight.js';
import {
  analysedLearner,
  analyseItem,
  type ItemAnalysis,
  itemFacts,
  type LearnerVector,
} from '../profile/learner-vector.js';
import { groupDirections } from '../scoring/directions.js';
import { itemRole } from '../scoring/role-reading.js';
import type { RoleReading } from '../scoring/role-types.js';
import { SCORER_VERSION } from '../scoring/scorer.js';
import { type Clause, evidenceWords } from '../scoring/task-meaning.js';
import { NEAR_SYNONYMS, nearLexiconOf } from '../text/near-synonyms.js';
import type { EvidenceInput } from '../types.js';

/**
 * What a stored vector is keyed by besides the chain head and taxonomy: the scorer and this
 * encoding. Whatever changes `analyseLearner`'s output (text analysis, clauses, work verbs,
 * directions) must change the scorer version or this suffix, so older rows are re-computed.
 */
export const STORED_VECTOR_VERSION = `${SCORER_VERSION}/sv3`;

/** `day` of an undated item. */
export const NO_DAY = -2147483648;

export interface StoredLearner {
  evidenceIds: readonly string[];
  /** kind × attestation (recency is applied for the day the segment is built for). */
  baseWeight: Float64Array;
  /** Days since 1970 of `occurredOn`, `NO_DAY` when undated. */
  day: Int32Array;
  /** 新八级 level, 0 when unknown. */
  level: Int8Array;
  attested: Uint8Array;
  /** Item k's terms are `terms[termStart[k] … termStart[k + 1])`. */
  termStart: Int32Array;
  terms: Int32Array;
  weights: Float32Array;
  /**
   * What occupation ranking reads besides (`RankingFacts` as UTF-8 JSON): decoded only by
   * `storedLearnerVector`, never by a candidate pool.
   */
  ranking: Uint8Array;
}

/** Per item what occupation ranking reads besides its terms; item k is `evidenceIds[k]`. */
interface RankingFacts {
  items: {
    kind: EvidenceInput['kind'];
    occurredOn: string | null;
    steps: readonly string[];
    occupationCodes: readonly string[];
    knownTerms: number;
    /** Work verbs in its texts: professional, operational (level and steps not added). */
    work: [number, number];
    /** Its clauses: text, action words, other words, the synonym list's words. */
    clauses: [string, string[], string[], string[]][];
    /** Its title and description, for the role the title names (`scoring/role-reading.ts`; read when matched). */
    title: string;
    description: string;
    /**
     * The role its title names, read when it was analysed (occupation indices, their share of the
     * best, the reading's share of the score), null when it names none: a match from the stored
     * vector reads no title again (the reading is half of a ranking's CPU otherwise).
     */
    role: [number[], number[], number] | null;
  }[];
  /** `groupDirections` of the learner, null when the index does not group directions. */
  directions: number[][] | null;
  /** Whether its clauses are read with the near-synonym lexicon (`scoring.nearSynonyms`). */
  near: boolean;
}

/** Analyses a learner's evidence (the expensive part: text analysis and weighting). */
export function analyseLearner(state: IndexState, evidence: readonly EvidenceInput[]): StoredLearner {
  const analysed = evidence.map((item) => ({ facts: itemFacts(item), analysis: analyseItem(state, item) }));
  const vectors = analysed.map(({ analysis }) => analysis.vector);
  const termStart = new Int32Array(evidence.length + 1);
  vectors.forEach((v, k) => {
    termStart[k + 1] = (termStart[k] as number) + v.ids.length;
  });
  const total = termStart[evidence.length] as number;
  const terms = new Int32Array(total);
  const weights = new Float32Array(total);
  vectors.forEach((v, k) => {
    terms.set(v.ids, termStart[k] as number);
    weights.set(v.values, termStart[k] as number);
  });
  return {
    evidenceIds: evidence.map((item) => item.id),
    baseWeight: Float64Array.from(evidence, (item) => {
      // The same product, in the same order, as the learner vector's weight without recency.
      const f = evidenceFactors(item, null);
      return f.kind * f.attestation;
    }),
    day: Int32Array.from(evidence, (item) => parseDay(item.occurredOn) ?? NO_DAY),
    level: Int8Array.from(evidence, (item) => evidenceLevel(item) ?? 0),
    attested: Uint8Array.from(evidence, (item) => (item.attested === true ? 1 : 0)),
    termStart,
    terms,
    weights,
    ranking: utf8.encode(JSON.stringify(rankingFacts(state, analysed))),
  };
}

function rankingFacts(
  state: IndexState,
  analysed: readonly { facts: ReturnType<typeof itemFacts>; analysis: ItemAnalysis }[],
): RankingFacts {
  return {
    items: analysed.map(({ facts, analysis }) => ({
      kind: facts.kind,
      occurredOn: facts.occurredOn ?? null,
      steps: facts.steps,
      occupationCodes: facts.occupationCodes,
      knownTerms: analysis.knownTerms,
      work: [analysis.textCounts.professional, analysis.textCounts.operational],
      clauses: analysis.words.clauses.map((c) => [c.text, c.actions, c.objects, c.expanded]),
      title: analysis.roleSource.title,
      description: analysis.roleSource.description,
      role: storedRole(itemRole(state, analysis.roleSource)),
    })),
    // A property of the items' vectors alone (not of their weights or the day).
    directions: state.scoring.directions ? groupDirections(state, analysedLearner(analysed)) : null,
    near: nearLexiconOf(state) !== null,
  };
}

function storedRole(reading: RoleReading | null): [number[], number[], number] | null {
  // Float32 values are exact as JSON numbers and come back as the same Float32 values.
  return reading ? [Array.from(reading.indices), Array.from(reading.values), reading.share] : null;
}

function readStoredRole(role: [number[], number[], number] | null): RoleReading | null {
  return role && { indices: Int32Array.from(role[0]), values: Float32Array.from(role[1]), share: role[2] };
}

/**
 * The learner vector `profileVector` makes from the evidence `stored` was analysed from, with no
 * text analysis: every score, coverage and explanation from it is the same.
 */
export function storedLearnerVector(
  stored: StoredLearner,
  { asOf, id = null }: { asOf?: string | undefined; id?: string | null } = {},
): LearnerVector {
  const facts = JSON.parse(fromUtf8.decode(stored.ranking)) as RankingFacts;
  if (facts.items.length !== stored.evidenceIds.length)
    throw new Error('stored learner vector: ranking facts do not match its items');
  const items = facts.items.map((item, k) => {
    const from = stored.termStart[k] as number;
    const to = stored.termStart[k + 1] as number;
    const level = stored.level[k] as number;
    return {
      facts: {
        id: stored.evidenceIds[k] as string,
        kind: item.kind,
        occurredOn: item.occurredOn ?? undefined,
        attested: stored.attested[k] === 1,
        level: level === 0 ? null : level,
        steps: item.steps,
        occupationCodes: item.occupationCodes,
      },
      analysis: {
        vector: { ids: stored.terms.subarray(from, to), values: stored.weights.subarray(from, to) },
        knownTerms: item.knownTerms,
        textCounts: { professional: item.work[0], operational: item.work[1] },
        words: evidenceWords(
          item.clauses.map(
            ([text, actions, objects, expanded]): Clause => ({ text, actions, objects, expanded }),
          ),
          facts.near ? NEAR_SYNONYMS : null,
        ),
        memo: { meaning: new Map(), reused: false },
        roleSource: { title: item.title, description: item.description, reading: readStoredRole(item.role) },
      },
    };
  });
  return analysedLearner(items, { asOf, id, directions: facts.directions ?? undefined });
}

const MAGIC = 0x32564253; // "SBV2", little-endian
const HEADER = 24;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/**
 * The binary form: a 24-byte header (magic, items, terms, id bytes, ranking bytes, 0), then
 * baseWeight (f64), day (i32), termStart (i32), terms (i32), weights (f32), level (i8), attested
 * (u8), the evidence ids as UTF-8 joined by newlines and the ranking facts. About 8 bytes per term
 * and the items' clauses as text.
 */
export function encodeStoredLearner(s: StoredLearner): Uint8Array {
  const items = s.evidenceIds.length;
  const terms = s.terms.length;
  const ids = utf8.encode(s.evidenceIds.join('\n'));
  const size =
    HEADER + 8 * items + 4 * items + 4 * (items + 1) + 8 * terms + 2 * items + ids.length + s.ranking.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, items, true);
  view.setUint32(8, terms, true);
  view.setUint32(12, ids.length, true);
  view.setUint32(16, s.ranking.length, true);
  let at = HEADER;
  const put = (array: ArrayBufferView) => {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  };
  put(s.baseWeight);
  put(s.day);
  put(s.termStart);
  put(s.terms);
  put(s.weights);
  put(s.level);
  put(s.attested);
  bytes.set(ids, at);
  bytes.set(s.ranking, at + ids.length);
  return bytes;
}

/** Reads the binary form back (typed-array views on an aligned copy); throws on anything else. */
export function decodeStoredLearner(input: Uint8Array): StoredLearner {
  // Typed-array views need aligned offsets; buffers from drivers are often pool slices.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a stored learner vector');
  const items = view.getUint32(4, true);
  const terms = view.getUint32(8, true);
  const idBytes = view.getUint32(12, true);
  const rankingBytes = view.getUint32(16, true);
  const size =
    HEADER + 8 * items + 4 * items + 4 * (items + 1) + 8 * terms + 2 * items + idBytes + rankingBytes;
  if (bytes.byteLength !== size) throw new Error('stored learner vector has the wrong length');
  let at = bytes.byteOffset + HEADER;
  const take = <T>(
    make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
    n: number,
    width: number,
  ) => {
    const out = make(bytes.buffer, at, n);
    at += n * width;
    return out;
  };
  const baseWeight = take((b, o, n) => new Float64Array(b, o, n), items, 8);
  const day = take((b, o, n) => new Int32Array(b, o, n), items, 4);
  const termStart = take((b, o, n) => new Int32Array(b, o, n), items + 1, 4);
  const termIds = take((b, o, n) => new Int32Array(b, o, n), terms, 4);
  const weights = take((b, o, n) => new Float32Array(b, o, n), terms, 4);
  const level = take((b, o, n) => new Int8Array(b, o, n), items, 1);
  const attested = take((b, o, n) => new Uint8Array(b, o, n), items, 1);
  const text = fromUtf8.decode(new Uint8Array(bytes.buffer, at, idBytes));
  const ranking = new Uint8Array(bytes.buffer, at + idBytes, rankingBytes);
  return {
    evidenceIds: items === 0 ? [] : text.split('\n'),
    baseWeight,
    day,
    level,
    attested,
    termStart,
    terms: termIds,
    weights,
    ranking,
  };
}
