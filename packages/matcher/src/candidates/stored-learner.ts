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
import { TaskValues } from '../profile/task-values.js';
import { groupDirections } from '../scoring/directions.js';
import { itemRole } from '../scoring/role-reading.js';
import type { RoleReading } from '../scoring/role-types.js';
import { saidWordCount } from '../scoring/said-words.js';
import { SCORER_VERSION } from '../scoring/scorer.js';
import { type Clause, evidenceWords } from '../scoring/task-meaning.js';
import { NEAR_SYNONYMS, nearLexiconOf } from '../text/near-synonyms.js';
import type { EvidenceInput } from '../types.js';

/**
 * What a stored vector is keyed by besides the chain head and taxonomy: the scorer and this
 * encoding. Whatever changes `analyseLearner`'s output (text analysis, clauses, work verbs,
 * directions) must change the scorer version or this suffix, so older rows are re-computed.
 */
export const STORED_VECTOR_VERSION = `${SCORER_VERSION}/sv4`;

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
   * What occupation ranking reads besides (`RankingFacts`, in the binary form of `writeRankingFacts`):
   * decoded only by `storedLearnerVector`, never by a candidate pool.
   */
  ranking: Uint8Array;
}

/** Per item what occupation ranking reads besides its terms; item k is `evidenceIds[k]`. */
export interface RankingFacts {
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
    /** How many distinct words of its clauses the classification knows (`saidWordCount`). */
    saidWords: number;
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
    ranking: writeRankingFacts(rankingFacts(state, analysed)),
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
      saidWords: saidWordCount(state, analysis.words.clauses),
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
  const facts = readRankingFacts(stored.ranking);
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
        memo:
          item.saidWords >= 0
            ? { meaning: new TaskValues(), reused: false, saidWords: item.saidWords }
            : { meaning: new TaskValues(), reused: false },
        roleSource: { title: item.title, description: item.description, reading: readStoredRole(item.role) },
      },
    };
  });
  return analysedLearner(items, { asOf, id, directions: facts.directions ?? undefined });
}

const MAGIC = 0x33564253; // "SBV3", little-endian
const HEADER = 24;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

const align8 = (n: number) => (n + 7) & ~7;

/**
 * The binary form: a 24-byte header (magic, items, terms, id bytes, ranking bytes, 0), then
 * baseWeight (f64), day (i32), termStart (i32), terms (i32), weights (f32), the ranking facts
 * (`writeRankingFacts`, at an 8-byte boundary), level (i8), attested (u8) and the evidence ids as
 * UTF-8 joined by newlines. About 8 bytes per term and the items' clauses as text.
 */
export function encodeStoredLearner(s: StoredLearner): Uint8Array {
  const items = s.evidenceIds.length;
  const terms = s.terms.length;
  const ids = utf8.encode(s.evidenceIds.join('\n'));
  const rankingAt = align8(HEADER + 8 * items + 4 * items + 4 * (items + 1) + 8 * terms);
  const size = rankingAt + s.ranking.length + 2 * items + ids.length;
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
  at = rankingAt;
  put(s.ranking);
  put(s.level);
  put(s.attested);
  bytes.set(ids, at);
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
  const rankingAt = align8(HEADER + 8 * items + 4 * items + 4 * (items + 1) + 8 * terms);
  const size = rankingAt + rankingBytes + 2 * items + idBytes;
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
  at = bytes.byteOffset + rankingAt;
  const ranking = take((b, o, n) => new Uint8Array(b, o, n), rankingBytes, 1);
  const level = take((b, o, n) => new Int8Array(b, o, n), items, 1);
  const attested = take((b, o, n) => new Uint8Array(b, o, n), items, 1);
  const text = fromUtf8.decode(new Uint8Array(bytes.buffer, at, idBytes));
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

const FACTS_MAGIC = 0x31464b52; // "RKF1", little-endian
const FACTS_HEADER = 24;
/** Keeps a leading U+FEFF of the first text (the default decoder drops it). */
const textsFrom = new TextDecoder('utf-8', { ignoreBOM: true });
/** An unpaired surrogate: UTF-8 cannot carry it (such facts are kept as JSON, which can). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The ranking facts in binary form, read without a parser (`readRankingFacts`): a 24-byte header
 * (magic and the lengths of the parts below), then numbers (f64: work counts, role shares), counts
 * and ids (i32: items, directions, per item its list lengths, known and said words, role
 * occupations), each text's length in UTF-16 units (i32), the role values (f32, as the reading
 * holds them) and every text as UTF-8, one after another. Facts with a text UTF-8 cannot carry
 * exactly (an unpaired surrogate) are kept as UTF-8 JSON instead.
 */
export function writeRankingFacts(facts: RankingFacts): Uint8Array {
  const numbers: number[] = [];
  const ints: number[] = [facts.items.length, facts.near ? 1 : 0];
  const texts: string[] = [];
  const roleValues: number[] = [];
  const list = (words: readonly string[]) => {
    ints.push(words.length);
    texts.push(...words);
  };
  if (facts.directions) {
    ints.push(facts.directions.length);
    for (const group of facts.directions) ints.push(group.length, ...group);
  } else ints.push(-1);
  for (const item of facts.items) {
    texts.push(item.kind, item.occurredOn ?? '', item.title, item.description);
    ints.push(item.occurredOn === null ? 0 : 1, item.knownTerms, item.saidWords, item.clauses.length);
    list(item.steps);
    list(item.occupationCodes);
    numbers.push(item.work[0], item.work[1]);
    for (const [text, actions, objects, expanded] of item.clauses) {
      texts.push(text);
      list(actions);
      list(objects);
      list(expanded);
    }
    if (item.role) {
      ints.push(item.role[0].length, ...item.role[0]);
      roleValues.push(...item.role[1]);
      numbers.push(item.role[2]);
    } else ints.push(-1);
  }
  const joined = texts.join('');
  if (LONE_SURROGATE.test(joined)) return utf8.encode(JSON.stringify(facts));
  const encoded = utf8.encode(joined);
  const size = FACTS_HEADER + 8 * numbers.length + 4 * (ints.length + texts.length + roleValues.length);
  const bytes = new Uint8Array(size + encoded.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, FACTS_MAGIC, true);
  view.setUint32(4, numbers.length, true);
  view.setUint32(8, ints.length, true);
  view.setUint32(12, texts.length, true);
  view.setUint32(16, roleValues.length, true);
  view.setUint32(20, encoded.length, true);
  new Float64Array(bytes.buffer, FACTS_HEADER, numbers.length).set(numbers);
  let at = FACTS_HEADER + 8 * numbers.length;
  new Int32Array(bytes.buffer, at, ints.length).set(ints);
  at += 4 * ints.length;
  new Int32Array(bytes.buffer, at, texts.length).set(texts.map((text) => text.length));
  at += 4 * texts.length;
  new Float32Array(bytes.buffer, at, roleValues.length).set(roleValues);
  bytes.set(encoded, size);
  return bytes;
}

/** The ranking facts `writeRankingFacts` wrote (either form); throws on anything else. */
export function readRankingFacts(input: Uint8Array): RankingFacts {
  // A JSON object: the form for texts UTF-8 cannot carry.
  if (input[0] === 0x7b) return JSON.parse(fromUtf8.decode(input)) as RankingFacts;
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < FACTS_HEADER || view.getUint32(0, true) !== FACTS_MAGIC)
    throw new Error('stored learner vector: unknown form of ranking facts');
  const numberCount = view.getUint32(4, true);
  const intCount = view.getUint32(8, true);
  const textCount = view.getUint32(12, true);
  const roleCount = view.getUint32(16, true);
  const textBytes = view.getUint32(20, true);
  const size = FACTS_HEADER + 8 * numberCount + 4 * (intCount + textCount + roleCount);
  if (bytes.byteLength !== size + textBytes)
    throw new Error('stored learner vector: ranking facts have the wrong length');
  let at = bytes.byteOffset + FACTS_HEADER;
  const numbers = new Float64Array(bytes.buffer, at, numberCount);
  at += 8 * numberCount;
  const ints = new Int32Array(bytes.buffer, at, intCount);
  at += 4 * intCount;
  const lengths = new Int32Array(bytes.buffer, at, textCount);
  at += 4 * textCount;
  const roleValues = new Float32Array(bytes.buffer, at, roleCount);
  const joined = textsFrom.decode(new Uint8Array(bytes.buffer, bytes.byteOffset + size, textBytes));
  let n = 0;
  let i = 0;
  let t = 0;
  let from = 0;
  let r = 0;
  const int = () => ints[i++] as number;
  const text = () => {
    const to = from + (lengths[t++] as number);
    const out = joined.slice(from, to);
    from = to;
    return out;
  };
  const list = () => {
    const out: string[] = new Array(int());
    for (let k = 0; k < out.length; k++) out[k] = text();
    return out;
  };
  const items: RankingFacts['items'] = new Array(int());
  const near = int() === 1;
  const groups = int();
  let directions: number[][] | null = null;
  if (groups >= 0) {
    directions = new Array(groups);
    for (let g = 0; g < groups; g++) {
      const group: number[] = new Array(int());
      for (let k = 0; k < group.length; k++) group[k] = int();
      directions[g] = group;
    }
  }
  for (let k = 0; k < items.length; k++) {
    const kind = text() as EvidenceInput['kind'];
    const occurredOn = text();
    const title = text();
    const description = text();
    const dated = int() === 1;
    const knownTerms = int();
    const saidWords = int();
    const clauses: RankingFacts['items'][number]['clauses'] = new Array(int());
    const steps = list();
    const occupationCodes = list();
    const work: [number, number] = [numbers[n++] as number, numbers[n++] as number];
    for (let c = 0; c < clauses.length; c++) {
      const clauseText = text();
      const actions = list();
      const objects = list();
      clauses[c] = [clauseText, actions, objects, list()];
    }
    const roleLength = int();
    let role: [number[], number[], number] | null = null;
    if (roleLength >= 0) {
      const indices: number[] = new Array(roleLength);
      const values: number[] = new Array(roleLength);
      for (let j = 0; j < roleLength; j++) {
        indices[j] = int();
        values[j] = roleValues[r++] as number;
      }
      role = [indices, values, numbers[n++] as number];
    }
    items[k] = {
      kind,
      occurredOn: dated ? occurredOn : null,
      steps,
      occupationCodes,
      knownTerms,
      work,
      clauses,
      title,
      description,
      role,
      saidWords,
    };
  }
  if (i !== intCount || t !== textCount || r !== roleCount || n !== numberCount || from !== joined.length)
    throw new Error('stored learner vector: ranking facts do not add up');
  return { items, directions, near };
}
