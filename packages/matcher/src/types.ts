/** Public types of the matcher: its inputs and its JSON-serialisable results. */

export type EvidenceKind = 'work_project' | 'learning' | 'assessment' | 'competition' | 'credential';

/** One piece of evidence, as plain input (the matcher knows nothing about storage). */
export interface EvidenceInput {
  id: string;
  kind: EvidenceKind;
  title: string;
  description: string;
  /** `YYYY-MM-DD`. */
  occurredOn?: string | undefined;
  /** `level` is the 新八级 level, 1 (学徒工) … 8 (首席技师). */
  skills?: { name: string; level?: number | undefined }[] | undefined;
  /** Which of the six work-process steps the person did. */
  steps?: string[] | undefined;
  attested?: boolean | undefined;
  /** Occupations the learner says this evidence belongs to. */
  occupationCodes?: string[] | undefined;
}

/** Versions every scored result carries. */
export interface Versioned {
  scorer: { version: string };
  taxonomy: { id: string; version: string };
}

/** How one evidence item was weighted (each factor in (0, 1]). */
export interface EvidenceWeight {
  id: string;
  /** kind × attestation × recency: core's evidence weight (`@skillbank/core/evidence-weight`). */
  weight: number;
  factors: { kind: number; attestation: number; recency: number };
  /** Number of its terms found in the taxonomy's vocabulary; 0 means it could not be matched. */
  knownTerms: number;
}

export interface TaskCoverage {
  taskId: string;
  text: string;
  /** Coverage in [0, 1]. */
  score: number;
  /** Evidence that covers the task, best first. */
  evidenceIds: string[];
  /**
   * The explanation in words: the sentence of the best evidence that says the same thing, and the
   * task statement's words it matches (whole words, never fragments), to highlight side by side.
   */
  evidence?: { id: string; sentence: string; words: string[] };
}

export interface MatchBreakdown {
  /** Cosine similarity of the whole learner profile and the occupation's profile. */
  profileSimilarity: number;
  /** `min(1, profileSimilarity / profileSaturation)`. */
  profileScore: number;
  /** Mean task coverage over the occupation's tasks (null when it lists no tasks). */
  taskCoverage: number | null;
  coveredTaskCount: number;
  taskCount: number;
  /** Added because evidence names this occupation (or its minor group) in `occupationCodes`. */
  declaredBonus: number;
  /**
   * How strongly the evidence's titles name this occupation as the role (the job-title classifier's
   * score as a share of its best, `scoring/role-reading.ts`); null when no title names a role.
   */
  roleScore: number | null;
  /**
   * Weights of the parts: B = (1 − role) · (profile · profileScore + coverage · taskCoverage) +
   * role · roleScore (role 0 when no title names a role; without tasks, profileScore stands for the first part).
   */
  weights: { profile: number; coverage: number; role: number };
  /**
   * Level of work: the professional share the evidence shows (null: its verbs say nothing), the
   * occupation's, and the factor their agreement applies to the score (`scoring/work-level.ts`).
   */
  workLevel: { evidence: number | null; occupation: number; factor: number };
  /**
   * How much of the evidence the occupation explains — `share`: Σ of the squared weights of the
   * evidence profile's terms the occupation's profile has — and the factor B took for it,
   * (share / the best share among the leading occupations)^0.2; null where it was not read (the
   * occupations below the 15 leading ones: factor 1).
   */
  explained: { share: number; factor: number } | null;
  /** Words that the evidence and the occupation share, strongest first. */
  sharedTerms: string[];
  /**
   * In the overall ranking of evidence with several directions, when the match's direction holds
   * less of the evidence than the heaviest: its share (Σ weight × words said, over the heaviest
   * direction's) and the factor its score took, share^0.5 (`scoring/directions.ts`). Absent when 1.
   */
  direction?: { share: number; factor: number };
}

/** An occupation's place in a ranking without explanations (`rankProfile`). */
export interface OccupationRank {
  code: string;
  name: string;
  score: number;
  digital: boolean;
  green: boolean;
}

export interface OccupationMatch {
  code: string;
  name: string;
  score: number;
  /** strong / moderate / weak: the calibrated band of the score (`scoring/band.ts`). */
  band: 'strong' | 'moderate' | 'weak';
  digital: boolean;
  green: boolean;
  breakdown: MatchBreakdown;
  coveredTasks: TaskCoverage[];
  missingTasks: { taskId: string; text: string }[];
}

/** One direction of a learner's evidence: the pieces that point at the same part of the classification. */
export interface MatchDirection {
  /** The minor group of the direction's best occupation. */
  label: string;
  evidenceIds: string[];
  matches: OccupationMatch[];
}

export interface MatchResult extends Versioned {
  /** The overall ranking: each occupation at its best direction. */
  matches: OccupationMatch[];
  /** Present when the evidence points in more than one direction. */
  directions?: MatchDirection[];
  evidence: EvidenceWeight[];
}

export interface MatchOptions {
  limit?: number | undefined;
  digital?: boolean | undefined;
  green?: boolean | undefined;
  /** `YYYY-MM-DD` the recency weights are computed at; defaults to the latest `occurredOn` of the evidence. */
  asOf?: string | undefined;
}

export type NextStepAction = 'learn' | 'practise' | 'assess' | 'attest' | 'detail';

/** What a next step says, by code (the server's catalogues word it in each language). */
export type NextStepCode =
  | 'attest_partial'
  | 'add_detail'
  | 'get_assessed'
  | 'course_and_project'
  | 'practise_hands_on'
  | 'practise_service'
  | 'learn_and_practise';

export interface NextStep {
  action: NextStepAction;
  /** The kind of evidence that would show the task. */
  kind: EvidenceKind;
  code: NextStepCode;
  /**
   * `task`: the task's statement. The rest, when the task reads as work on something (see
   * `scoring/task-reading.ts`), in the task's own words: `doing` the work (分析人工智能算法),
   * `topic` what to learn about, `tool` the equipment it names, `standard` the rule it follows.
   */
  params: NextStepParams;
}

/** What a next step's sentence is made from (absent parts: the task did not say them). */
export interface NextStepParams {
  task: string;
  doing?: string;
  topic?: string;
  tool?: string;
  standard?: string;
}

export interface Gap {
  taskId: string;
  text: string;
  /** Current coverage in [0, 1]. */
  coverage: number;
  /** How much the match score would rise if the task were fully covered by a self-reported project. */
  gain: number;
  evidenceIds: string[];
  nextStep: NextStep;
}

export interface GapReport extends Versioned {
  occupation: { code: string; name: string };
  score: number;
  breakdown: MatchBreakdown;
  gaps: Gap[];
  coveredTasks: TaskCoverage[];
  /** Distinctive words of the occupation that no evidence mentions. */
  missingTerms: string[];
}

export interface RelatedOccupation {
  code: string;
  name: string;
  score: number;
  digital: boolean;
  green: boolean;
  sharedTerms: string[];
  sharedTasks: { taskId: string; text: string; relatedTaskId: string; relatedText: string; score: number }[];
}

export interface RelatedResult extends Versioned {
  occupation: { code: string; name: string };
  related: RelatedOccupation[];
}

/** An occupation (never a group) a title may belong to. */
export interface ClassifyCandidate {
  code: string;
  name: string;
  score: number;
}

export interface ClassifyResult extends Versioned {
  /** Occupations only, best first. */
  candidates: ClassifyCandidate[];
  /** Present when the leading candidates share a minor or middle group and none stands out. */
  group?: { level: 'minor' | 'middle'; code: string; name: string; reason: string };
}

export interface SearchOptions {
  limit?: number | undefined;
  offset?: number | undefined;
  filter?: (code: string) => boolean | undefined;
}

export interface SearchResult {
  items: { code: string; score: number }[];
  total: number;
}

export interface RequirementInput {
  id: string;
  text: string;
  essential: boolean;
  /** 新八级 level the evidence must show. */
  minLevel?: number | undefined;
}

export interface RequirementOutcome {
  id: string;
  essential: boolean;
  met: boolean;
  /** Coverage in [0, 1]. */
  score: number;
  /** Evidence that meets the requirement, best first (empty when missing). */
  evidenceIds: string[];
  /**
   * When met and read from learner vectors: the sentence of the best evidence that says the same
   * thing, and the requirement's words it matches (as `TaskCoverage.evidence`).
   */
  evidence?: { id: string; sentence: string; words: string[] };
}

export interface CandidateScore {
  learnerId: string | null;
  /** Position of the learner in the input array. */
  index: number;
  score: number;
  allEssentialMet: boolean;
  breakdown: {
    essentialMet: number;
    essentialTotal: number;
    optionalMet: number;
    optionalTotal: number;
    weights: { essential: number; optional: number };
  };
  requirements: RequirementOutcome[];
  metRequirements: string[];
  missingRequirements: string[];
}
