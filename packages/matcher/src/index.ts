/** @skillbank/matcher: evidence against occupation task profiles — ranking, explanations, gaps, related occupations, job-title coding. */
export { type BuildOptions, buildMatcherIndex, DEFAULT_FIELD_WEIGHTS } from './build-matcher-index.js';
export { type CandidatePool, removeFromPool } from './candidates/candidate-pool.js';
export { type LearnerSegment, SegmentBuilder } from './candidates/learner-segment.js';
export type { Requirement, RequirementSet } from './candidates/requirement-set.js';
export type { RankedRole, RoleRequirements } from './candidates/score-roles.js';
export {
  decodeStoredLearner,
  encodeStoredLearner,
  STORED_VECTOR_VERSION,
  type StoredLearner,
} from './candidates/stored-learner.js';
export type { ScoringParts } from './index-state.js';
export { invertedIndexKernel } from './kernel/inverted-index-kernel.js';
export { mlDistanceKernel } from './kernel/ml-distance-kernel.js';
export type { CorpusIndex, SimilarityKernel } from './kernel/similarity-kernel.js';
export type { IndexStats, MatcherIndex, OccupationSummary } from './matcher-index.js';
export type { LearnerEvidence, LearnerVector, PackedEvidence } from './profile/learner-vector.js';
export { BANDS, type Band, bandOf } from './scoring/band.js';
export { GENERIC_WORDS, isGenericWord } from './scoring/generic-words.js';
export { DEFAULT_MATCH_LIMIT, MAX_MATCH_LIMIT } from './scoring/match.js';
export { NEXT_STEP_CODES } from './scoring/next-step.js';
export { SCORER, SCORER_VERSION } from './scoring/scorer.js';
export {
  matcherBuildId,
  restoreMatcherIndex,
  SnapshotError,
  serializeMatcherIndex,
  warmMatcherIndex,
} from './snapshot/index.js';
export type { AnalyzerOptions } from './text/analyzer.js';
export type * from './types.js';
export type { SparseVector } from './vector/sparse-vector.js';
export type { WeightingOptions, WeightingScheme } from './vector/weighting.js';
