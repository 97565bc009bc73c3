/** The matcher's public surface: an index built once from a taxonomy, queried many times. */
import type { TaxonomyScheme } from '@skillbank/core';
import type { CandidatePool } from './candidates/candidate-pool.js';
import type { LearnerSegment } from './candidates/learner-segment.js';
import type { RequirementSet } from './candidates/requirement-set.js';
import type { RankedRole, RoleRequirements } from './candidates/score-roles.js';
import type { StoredLearner } from './candidates/stored-learner.js';
import type { LearnerVector } from './profile/learner-vector.js';
import type {
  CandidateScore,
  ClassifyResult,
  EvidenceInput,
  GapReport,
  MatchOptions,
  MatchResult,
  NextStep,
  OccupationRank,
  RelatedResult,
  RequirementInput,
  SearchOptions,
  SearchResult,
} from './types.js';

export interface MatcherIndex {
  taxonomy: { id: string; version: string };
  /** The scheme of the indexed taxonomy (code grammar, level names), swapped with the index. */
  scheme: TaxonomyScheme;
  /** Facts about the build (sizes, options, time), for logs and the README. */
  stats: IndexStats;
  /** The indexed facts of one occupation (the shape of core's `OccupationSummary`), or null. */
  occupation(code: string): OccupationSummary | null;
  /** Occupations ranked by how well the evidence fits them, best first. */
  match(evidence: readonly EvidenceInput[], opts?: MatchOptions): MatchResult;
  /** Like `match`, from a learner vectorised once with `profileVector`. */
  matchProfile(learner: LearnerVector, opts?: Omit<MatchOptions, 'asOf'>): MatchResult;
  /** The same ranking as `matchProfile`, names and scores only (no explanations): for batch work. */
  rankProfile(learner: LearnerVector, opts?: Omit<MatchOptions, 'asOf'>): OccupationRank[];
  /**
   * Like `gaps`, from a learner vectorised once with `profileVector`; `explain: false` leaves out
   * the covered tasks and the shared terms, and does not read the tasks for their next steps (each
   * keeps only its statement): batch work that shows only the gaps, such as cohort reports.
   */
  gapsForProfile(
    learner: LearnerVector,
    occupationCode: string,
    opts?: { explain?: boolean },
  ): GapReport | null;
  /** Uncovered tasks of one occupation with next steps; null for an unknown code. */
  gaps(
    evidence: readonly EvidenceInput[],
    occupationCode: string,
    opts?: { asOf?: string },
  ): GapReport | null;
  /**
   * The next step for a statement said like a task that no evidence covers (an employer's own
   * requirement): the same reading and wording as a gap's.
   */
  nextStep(statement: string): NextStep;
  /** Occupations close in task profile; null for an unknown code. */
  related(code: string, opts?: { limit?: number }): RelatedResult | null;
  /** The skill-like words that characterise one occupation, heaviest first; null for an unknown code. */
  terms(code: string, opts?: { limit?: number }): string[] | null;
  /** Candidate occupations for a job title or role text. */
  classify(input: { title: string; description?: string }, opts?: { limit?: number }): ClassifyResult;
  /** Occupations ranked by relevance to a search text. */
  search(q: string, opts?: SearchOptions): SearchResult;
  /** Vectorises a learner once, for `scoreCandidates`. */
  profileVector(evidence: readonly EvidenceInput[], opts?: { asOf?: string; id?: string }): LearnerVector;
  /** Vectorises a role's requirements once, for `scoreCandidates`. */
  requirementSet(requirements: readonly RequirementInput[]): RequirementSet;
  /** Indexes many learners once, so that ranking them against each role is fast. */
  candidatePool(learners: readonly LearnerVector[]): CandidatePool;
  /**
   * A learner's evidence analysed once, independent of the day: what is stored
   * (`encodeStoredLearner`) and added to a `SegmentBuilder`, or turned back into a learner vector
   * (`storedProfileVector`), without analysing text again.
   */
  analyseLearner(evidence: readonly EvidenceInput[]): StoredLearner;
  /**
   * The learner vector `profileVector` makes from the evidence a stored learner was analysed from
   * (`analyseLearner`, by this index), without analysing text: ranking, coverage, gaps and
   * explanations from it are the same.
   */
  storedProfileVector(stored: StoredLearner, opts?: { asOf?: string; id?: string }): LearnerVector;
  /** Indexes a segment of learners (typed arrays, see `SegmentBuilder`) for ranking. */
  segmentPool(segment: LearnerSegment): CandidatePool;
  /** `segmentPool` in steps of `perSlice` learners (drive it, pausing between steps, off the hot path). */
  segmentPoolSteps(segment: LearnerSegment, perSlice: number): Generator<void, CandidatePool>;
  /** A whole pool as one blob (segment, index and tombstones), for `restorePool`. */
  encodePool(pool: CandidatePool): Uint8Array;
  /** A pool back from `encodePool`'s bytes (views, no copy); throws when made for another index. */
  restorePool(bytes: Uint8Array): CandidatePool;
  /**
   * Learners ranked against a requirement set, each with per-requirement outcomes. Learner vectors
   * are read by their vectors and by meaning (each requirement met with the evidence sentence that
   * says it); a `candidatePool` (for many learners) or a segment (a few learners: no index is built)
   * holds no text and is read by its vectors alone — exactly what the same learners' vectors give
   * with `meaning: false`; score the shortlist again from learner vectors to read it by meaning.
   */
  scoreCandidates(
    set: RequirementSet,
    learners: readonly LearnerVector[] | CandidatePool | LearnerSegment,
    opts?: { limit?: number; meaning?: boolean },
  ): CandidateScore[];
  /** Vectorises a role's requirements compactly, for `rankRoles` over many roles. */
  roleRequirements(requirements: readonly RequirementInput[]): RoleRequirements;
  /**
   * Roles ranked for one learner by the candidate scoring's vector reading (the score each role's
   * employer pool sees for the learner), best first; describe the shortlist with `describeRoles`
   * (which reads by meaning too) and re-order within it.
   */
  rankRoles(
    learner: LearnerVector,
    roles: readonly RoleRequirements[],
    opts?: { limit?: number },
  ): RankedRole[];
  /** Each role's full outcome for one learner, read by meaning too: what `scoreCandidates` gives its employer for the learner's vector. */
  describeRoles(learner: LearnerVector, roles: readonly RoleRequirements[]): CandidateScore[];
}

export interface OccupationSummary {
  code: string;
  name: string;
  digital: boolean;
  green: boolean;
  isNew: boolean;
  majorCode: string;
  middleCode: string | null;
  minorCode: string | null;
}

export interface IndexStats {
  occupations: number;
  tasks: number;
  vocabulary: number;
  userWords: number;
  kernel: string;
  weighting: string;
  analyzer: { ngrams: boolean; synonyms: boolean; everyday: boolean; userDictionary: boolean };
  buildMs: number;
}
