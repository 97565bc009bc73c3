/** The cohort match report as data: what every format (JSON, CSV, HTML) renders. */
import type { ReportLang } from './report-i18n.js';

/** How each member's data was used. Batch work reports per item instead of failing halfway. */
export type MemberStatus = 'included' | 'not_shared' | 'no_evidence' | 'failed';

export interface ReportOccupationScore {
  code: string;
  name: string;
  score: number;
  /** The calibrated band of the score, the same as on every page (`strong` from `method.fitThreshold`). */
  band: 'strong' | 'moderate' | 'weak';
  /** The score reaches the fit threshold (`method.fitThreshold`), i.e. its band is strong: the one test of "fits well" in the report. */
  fitsWell: boolean;
  digital: boolean;
  green: boolean;
}

export interface ReportLearner {
  learnerId: string;
  name: string;
  status: MemberStatus;
  evidenceCount: number;
  /**
   * Best first; empty unless `included`. The learner's best fits are the first `method.bestFits` of
   * these that fit well (`bestFits()`): the ones digital and green readiness count.
   */
  topOccupations: ReportOccupationScore[];
  bestScore: number | null;
  /** Why a member is `failed` (never shown in the anonymised form, which lists no learners). */
  error?: string;
}

export interface OccupationFit {
  code: string;
  name: string;
  digital: boolean;
  green: boolean;
  /** Learners for whom the occupation is among their ten best and scores at least the fit threshold. */
  learners: number;
  share: number;
}

export interface TaskGap {
  taskId: string;
  text: string;
  occupationCode: string;
  occupationName: string;
  /** Learners whose best-fitting occupation lists the task and whose evidence does not cover it. */
  learners: number;
  share: number;
  /** Mean rise of those learners' scores if they covered it. */
  meanGain: number;
}

export interface SkillGap {
  term: string;
  learners: number;
  share: number;
}

export interface Readiness {
  /** Learners with a digital (green) occupation among their best fits (`bestFits()`); `null` when suppressed. */
  learners: number | null;
  share: number | null;
}

export interface ScoreBucket {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound (inclusive for the last bucket, 1). */
  to: number;
  learners: number;
}

export interface CohortReport {
  format: 'skillbank.cohort-report';
  version: 1;
  /** The language of the sentences (`summary`, `method.consentRule`, `suppressed.note`); all else is language-neutral. */
  lang: ReportLang;
  cohort: { id: string; name: string };
  generatedAt: string;
  anonymised: boolean;
  scorer: { version: string };
  taxonomy: { id: string; version: string };
  method: {
    fitThreshold: number;
    topOccupations: number;
    bestFits: number;
    consentRule: string;
    /** Smallest group shown in the anonymised form; `null` in the full form. */
    minGroupSize: number | null;
  };
  /** Counts by member status; in the anonymised form only `included`, and only when at least k. */
  population: {
    members: number | null;
    included: number | null;
    notShared: number | null;
    noEvidence: number | null;
    failed: number | null;
  };
  scores: { mean: number | null; median: number | null; fitWellShare: number | null };
  learners: ReportLearner[];
  occupations: OccupationFit[];
  gaps: { tasks: TaskGap[]; skills: SkillGap[] };
  readiness: { digital: Readiness; green: Readiness };
  distribution: ScoreBucket[];
  /** What the anonymised form left out, so readers know the lists are not complete. */
  suppressed: { occupations: number; tasks: number; skills: number; note: string } | null;
  /** Plain sentences for a head of department, derived from what this form shows, in `lang`. */
  summary: string[];
}
