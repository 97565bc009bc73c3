/**
 * What a cohort report needs of one learner, computed once: the learner vector (from their stored
 * vector, or from their evidence analysed once, whose stored vector then comes back to be kept),
 * the occupations ranked without explanations (the report shows names and scores only), and the
 * gaps of the best one from that same vector (the index's own task vectors, no text analysis). A
 * pure function of the matcher and its input, so it runs the same on the event loop or in a
 * report worker thread.
 */
import type { AssessmentKey, VectorKey } from '@skillbank/core';
import {
  bandOf,
  decodeStoredLearner,
  type EvidenceInput,
  encodeStoredLearner,
  type LearnerVector,
  type MatcherIndex,
  type StoredLearner,
} from '@skillbank/matcher';
import { fitsWell } from './cohort-report.fits.js';
import type { ReportOccupationScore } from './cohort-report.types.js';

/**
 * The form of a stored assessment (`encodeAssessment`) and what it holds: change it whenever the
 * encoding, `FIT_WINDOW`, `TERMS_PER_LEARNER` or what an assessment keeps changes, so that rows of
 * the old form are no longer read (the stored key also names the matcher's scorer and the taxonomy).
 * as2: the same bytes as as1; the missing terms kept leave out generic words, job words and fragments.
 * as3: the same bytes; missing terms are whole words of the tasks (not 人工 of 人工智能), no pronoun
 * (他人) nor other function word by jieba's tags.
 * as4: the same bytes; missing terms rank everyday words (机会, 层面, 发展) below the trades' words, so
 * a learner's first eight may differ.
 */
export const ASSESSMENT_FORM = 'as4';

/** The key a learner's assessment for day `asOf` is stored under, next to their vector's key. */
export function assessmentKeyOf(key: VectorKey, asOf: string): AssessmentKey {
  return { scorerVersion: `${key.scorerVersion}/${ASSESSMENT_FORM}`, taxonomyHash: key.taxonomyHash, asOf };
}

/** Occupations considered per learner when counting fits. */
export const FIT_WINDOW = 10;
/** Distinctive missing terms taken from each learner's best occupation. */
export const TERMS_PER_LEARNER = 8;

export type LearnerAssessment =
  | { status: 'no_evidence'; evidenceCount: number }
  | { status: 'failed'; evidenceCount: number; error: string }
  | {
      status: 'included';
      evidenceCount: number;
      /** The best `FIT_WINDOW` occupations, best first. */
      matches: ReportOccupationScore[];
      /** The best occupation's uncovered tasks, largest gain first. */
      gaps: { taskId: string; text: string; gain: number }[];
      /** The best occupation's distinctive words the evidence lacks (at most `TERMS_PER_LEARNER`). */
      missingTerms: string[];
    };

/** A learner to assess: their stored vector for their current chain head, or their evidence to analyse. */
export type LearnerToAssess =
  | { learnerId: string; stored: Uint8Array }
  | { learnerId: string; items: readonly EvidenceInput[] };

export interface Assessed {
  assessment: LearnerAssessment;
  /** The stored vector of a learner given by their evidence (`encodeStoredLearner`), to be kept. */
  analysed: Uint8Array | null;
}

/** One learner assessed; a learner given by evidence is analysed once and their stored vector returned. */
export function assessOne(matcher: MatcherIndex, learner: LearnerToAssess, asOf: string): Assessed {
  let stored: StoredLearner;
  let analysed: Uint8Array | null = null;
  try {
    if ('stored' in learner) stored = decodeStoredLearner(learner.stored);
    else {
      stored = matcher.analyseLearner(learner.items);
      analysed = encodeStoredLearner(stored);
    }
  } catch (error) {
    const evidenceCount = 'items' in learner ? learner.items.length : 0;
    return { assessment: failed(evidenceCount, error), analysed: null };
  }
  const evidenceCount = stored.evidenceIds.length;
  if (evidenceCount === 0) return { assessment: { status: 'no_evidence', evidenceCount }, analysed };
  let vector: LearnerVector;
  try {
    vector = matcher.storedProfileVector(stored, { asOf, id: learner.learnerId });
  } catch (error) {
    return { assessment: failed(evidenceCount, error), analysed };
  }
  return { assessment: assessVector(matcher, vector, evidenceCount), analysed };
}

/** A learner assessed from their evidence's texts (the same assessment `assessOne` gives). */
export function assessLearner(
  matcher: MatcherIndex,
  items: readonly EvidenceInput[],
  learnerId: string,
  asOf: string,
): LearnerAssessment {
  const evidenceCount = items.length;
  if (evidenceCount === 0) return { status: 'no_evidence', evidenceCount };
  try {
    return assessVector(matcher, matcher.profileVector(items, { asOf, id: learnerId }), evidenceCount);
  } catch (error) {
    return failed(evidenceCount, error);
  }
}

function assessVector(
  matcher: MatcherIndex,
  vector: LearnerVector,
  evidenceCount: number,
): LearnerAssessment {
  try {
    const matches = matcher
      .rankProfile(vector, { limit: FIT_WINDOW })
      .map(({ code, name, score, digital, green }) => ({
        code,
        name,
        score,
        band: bandOf(score),
        fitsWell: fitsWell(score),
        digital,
        green,
      }));
    const best = matches[0];
    if (!best) return { status: 'no_evidence', evidenceCount };
    // The report shows the gaps and missing terms, not the covered tasks' explanations.
    const report = matcher.gapsForProfile(vector, best.code, { explain: false });
    return {
      status: 'included',
      evidenceCount,
      matches,
      gaps: (report?.gaps ?? []).map(({ taskId, text, gain }) => ({ taskId, text, gain })),
      missingTerms: (report?.missingTerms ?? []).slice(0, TERMS_PER_LEARNER),
    };
  } catch (error) {
    return failed(evidenceCount, error);
  }
}

function failed(evidenceCount: number, error: unknown): LearnerAssessment {
  return { status: 'failed', evidenceCount, error: error instanceof Error ? error.message : String(error) };
}

const STATUS_NO_EVIDENCE = 0;
const STATUS_INCLUDED = 1;
/** Flag: scores and gains as 64-bit floats (they are not all whole ten-thousandths). */
const WIDE_NUMBERS = 1;
const FORM_BYTE = 1;

/** True when every score and gain is a whole number of ten-thousandths in 0–6.5535 (two bytes each). */
function narrow(values: readonly number[]): boolean {
  return values.every((v) => {
    const k = Math.round(v * 10_000);
    return k >= 0 && k <= 0xffff && k / 10_000 === v;
  });
}

/**
 * A learner's assessment in a compact binary form to store (`learner_assessments`), or null when it
 * must not be kept (a failure is assessed again next time). Occupations are kept by code only (their
 * names and markers come from the matcher index the key names; band and fit from the score), scores
 * and gains as ten-thousandths, strings as UTF-8.
 */
export function encodeAssessment(assessment: LearnerAssessment): Uint8Array | null {
  if (assessment.status === 'failed') return null;
  if (assessment.status === 'no_evidence') {
    const head = Buffer.alloc(7);
    head.writeUInt8(FORM_BYTE, 0);
    head.writeUInt8(STATUS_NO_EVIDENCE, 1);
    head.writeUInt32LE(assessment.evidenceCount, 3);
    return head;
  }
  const { matches, gaps, missingTerms } = assessment;
  const numbers = [...matches.map((m) => m.score), ...gaps.map((g) => g.gain)];
  const wide = !narrow(numbers);
  const numberSize = wide ? 8 : 2;
  // Sized first, then written into one buffer (one small buffer per field cost a report's main
  // thread ≈ 15 µs per learner).
  let size = 7 + 2 + 2 + 2;
  for (const m of matches) size += 2 + Buffer.byteLength(m.code, 'utf8') + numberSize;
  for (const g of gaps)
    size += 2 + Buffer.byteLength(g.taskId, 'utf8') + 2 + Buffer.byteLength(g.text, 'utf8') + numberSize;
  for (const term of missingTerms) size += 2 + Buffer.byteLength(term, 'utf8');
  const bytes = Buffer.alloc(size);
  bytes.writeUInt8(FORM_BYTE, 0);
  bytes.writeUInt8(STATUS_INCLUDED, 1);
  bytes.writeUInt8(wide ? WIDE_NUMBERS : 0, 2);
  bytes.writeUInt32LE(assessment.evidenceCount, 3);
  let at = 7;
  const count = (n: number) => {
    at = bytes.writeUInt16LE(n, at);
  };
  const text = (s: string) => {
    const length = bytes.write(s, at + 2, 'utf8');
    count(length);
    at += length;
  };
  const number = (v: number) => {
    at = wide ? bytes.writeDoubleLE(v, at) : bytes.writeUInt16LE(Math.round(v * 10_000), at);
  };
  count(matches.length);
  for (const m of matches) {
    text(m.code);
    number(m.score);
  }
  count(gaps.length);
  for (const g of gaps) {
    text(g.taskId);
    text(g.text);
    number(g.gain);
  }
  count(missingTerms.length);
  for (const term of missingTerms) text(term);
  return bytes;
}

/**
 * A stored assessment back (`encodeAssessment`), with the names and markers of the occupations from
 * the matcher; null when the bytes are not of this form or name an occupation the index lacks (then
 * the learner is assessed again).
 */
export function decodeAssessment(matcher: MatcherIndex, data: Uint8Array): LearnerAssessment | null {
  try {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.readUInt8(0) !== FORM_BYTE) return null;
    const status = bytes.readUInt8(1);
    const wide = (bytes.readUInt8(2) & WIDE_NUMBERS) !== 0;
    const evidenceCount = bytes.readUInt32LE(3);
    if (status === STATUS_NO_EVIDENCE) return { status: 'no_evidence', evidenceCount };
    if (status !== STATUS_INCLUDED) return null;
    let at = 7;
    const count = () => {
      const n = bytes.readUInt16LE(at);
      at += 2;
      return n;
    };
    const text = () => {
      const length = count();
      const s = bytes.toString('utf8', at, at + length);
      at += length;
      return s;
    };
    const number = () => {
      const v = wide ? bytes.readDoubleLE(at) : bytes.readUInt16LE(at) / 10_000;
      at += wide ? 8 : 2;
      return v;
    };
    const matches: ReportOccupationScore[] = [];
    for (let n = count(); n > 0; n--) {
      const code = text();
      const score = number();
      const occupation = matcher.occupation(code);
      if (!occupation) return null;
      const { name, digital, green } = occupation;
      matches.push({ code, name, score, band: bandOf(score), fitsWell: fitsWell(score), digital, green });
    }
    const gaps: { taskId: string; text: string; gain: number }[] = [];
    for (let n = count(); n > 0; n--) {
      const taskId = text();
      const gapText = text();
      gaps.push({ taskId, text: gapText, gain: number() });
    }
    const missingTerms: string[] = [];
    for (let n = count(); n > 0; n--) missingTerms.push(text());
    if (at !== bytes.length || matches.length === 0) return null;
    return { status: 'included', evidenceCount, matches, gaps, missingTerms };
  } catch {
    // Truncated or foreign bytes.
    return null;
  }
}
