/**
 * Recommended offerings for a learner and a target occupation (pure, deterministic, versioned).
 *
 * For every published offering that declares a task of the target occupation, the matcher scores
 * the learner's evidence as it is (`scoreNow`) and with the evidence that completing the offering
 * would add (`scoreAfter`): the very record a provider would sign and the learner accept
 * (`resultEvidenceRecord` with the expected outcome, dated today, attested at the offering's
 * level). An offering is recommended when it covers at least one task the learner is missing;
 * it is ranked by the score it adds per hour-equivalent of effort:
 *
 *   gain   = scoreAfter − scoreNow
 *   effort = hours + costYuan / YUAN_PER_HOUR        (unknown hours or cost: the kind's default, said so)
 *   value  = gain / effort                            ties: larger gain, then lower cost, then id
 *
 * Missing tasks that no offering covers are listed with the matcher's own next step. Nothing is
 * made up: every item is a stored offering, every number comes from the matcher.
 */
import {
  type ActiveEvidence,
  acceptedResultEvidence,
  type CoveredTask,
  expectedResult,
  type Offering,
  type OfferingKind,
  type RoleRequirement,
  resultEvidenceRecord,
} from '@skillbank/core';
import { type Gap, type MatcherIndex, type NextStep, SCORER_VERSION } from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';

export const RECOMMENDER_VERSION = 'recommend-2026.11-1';

/** What an hour of a learner's time is taken to be worth when cost and hours are combined (¥). */
export const YUAN_PER_HOUR = 25;
/** Assumed when an offering does not say (hours; yuan). */
export const DEFAULT_HOURS: Record<OfferingKind, number> = { course: 40, assessment: 8, competition: 24 };
export const DEFAULT_COST_YUAN: Record<OfferingKind, number> = {
  course: 500,
  assessment: 300,
  competition: 0,
};
/** Offerings scored with the matcher per request; beyond it, those declaring most missing tasks per effort. */
export const MAX_EVALUATED = 200;

export interface RecommendedOffering {
  offering: Offering;
  /** Missing tasks of the target this offering would cover, in the occupation's order. */
  coversTaskIds: string[];
  /**
   * Those tasks with the matcher's gain figure for covering each one (from the gap report), and
   * whether the provider declared it (otherwise the matcher finds the record covers it too).
   */
  coversTasks: { taskId: string; text: string; gain: number; declared: boolean }[];
  scoreNow: number;
  scoreAfter: number;
  gain: number;
  /** Score points per hour of the offering (gain ÷ hours). */
  gainPerHour: number;
  /** Score points per yuan, `null` when it is free. */
  gainPerYuan: number | null;
  /** gain ÷ (hours + cost ÷ YUAN_PER_HOUR): the ranking key. */
  value: number;
  effort: { hours: number; costYuan: number; hoursAssumed: boolean; costAssumed: boolean };
}

export interface UncoveredTask {
  taskId: string;
  text: string;
  /** The matcher's gain figure for covering this task. */
  gain: number;
  /** The matcher's generic next step for it. */
  nextStep: Gap['nextStep'];
}

export interface Recommendations {
  recommender: { version: string };
  scorer: { version: string };
  taxonomy: { id: string; version: string };
  target: { kind: 'occupation'; code: string; name: string };
  /** The date the prediction assumes the result is recorded and accepted. */
  asOf: string;
  scoreNow: number;
  items: RecommendedOffering[];
  uncovered: UncoveredTask[];
  /** How many offerings declare a task of the target, and how many were scored. */
  considered: number;
  evaluated: number;
}

export interface RecommendInput {
  learnerId: string;
  evidence: readonly ActiveEvidence[];
  occupationCode: string;
  /** Published offerings declaring any task of the target occupation. */
  offerings: readonly Offering[];
  /** Each offering's covered tasks with their statements (by offering id). */
  tasks: ReadonlyMap<string, readonly CoveredTask[]>;
  /** `YYYY-MM-DD`: recency is measured and the imagined result dated on this day. */
  asOf: string;
  limit?: number;
  /** At most this many offerings are scored with the matcher (default `MAX_EVALUATED`). */
  maxEvaluated?: number;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const round6 = (x: number) => Math.round(x * 1_000_000) / 1_000_000;

/** What an offering's result would bring, from the score now and after: the fields every recommendation carries. */
function valueFigures(effort: ReturnType<typeof effortOf>, scoreNow: number, scoreAfter: number) {
  const gain = round4(scoreAfter - scoreNow);
  return {
    scoreNow,
    scoreAfter,
    gain,
    gainPerHour: round6(gain / effort.hours),
    gainPerYuan: effort.costYuan > 0 ? round6(gain / effort.costYuan) : null,
    value: round6(gain / effort.total),
    effort: {
      hours: effort.hours,
      costYuan: effort.costYuan,
      hoursAssumed: effort.hoursAssumed,
      costAssumed: effort.costAssumed,
    },
  };
}

/** The ranking: best value first; ties: the larger gain, then the lower cost, then the id. */
const byValue = (
  a: Pick<RecommendedOffering, 'value' | 'gain' | 'effort' | 'offering'>,
  b: Pick<RecommendedOffering, 'value' | 'gain' | 'effort' | 'offering'>,
) =>
  b.value - a.value ||
  b.gain - a.gain ||
  a.effort.costYuan - b.effort.costYuan ||
  (a.offering.id < b.offering.id ? -1 : 1);

function effortOf(offering: Offering) {
  const hoursAssumed = offering.hours === null;
  const costAssumed = offering.costYuan === null;
  const hours = offering.hours ?? DEFAULT_HOURS[offering.kind];
  const costYuan = offering.costYuan ?? DEFAULT_COST_YUAN[offering.kind];
  return { hours, costYuan, hoursAssumed, costAssumed, total: hours + costYuan / YUAN_PER_HOUR };
}

/** The evidence completing an offering would add, as the matcher reads it. */
export function imaginedEvidence(
  offering: Offering,
  tasks: readonly CoveredTask[],
  learnerId: string,
  on: string,
): ActiveEvidence {
  const facts = expectedResult(offering);
  const record = resultEvidenceRecord({
    offering,
    tasks,
    facts,
    ids: { evidenceId: `imagined:${offering.id}`, learnerId, resultId: `imagined:${offering.id}` },
    on,
  });
  return acceptedResultEvidence(record, facts.level);
}

/** Ranked offerings for a learner and an occupation; `null` when the matcher does not know the code. */
export function recommendOfferings(matcher: MatcherIndex, input: RecommendInput): Recommendations | null {
  const {
    learnerId,
    evidence,
    occupationCode,
    offerings,
    tasks,
    asOf,
    limit = 10,
    maxEvaluated = MAX_EVALUATED,
  } = input;
  const base = toMatcherEvidence(evidence);
  const now = matcher.gaps(base, occupationCode, { asOf });
  if (!now) return null;
  const missing = new Map(now.gaps.map((g) => [g.taskId, g]));
  const taskOrder = new Map(now.gaps.map((g, i) => [g.taskId, i]));

  // Offerings that declare at least one missing task, most declared missing tasks per effort first.
  const declared = offerings
    .map((offering) => {
      const effort = effortOf(offering);
      const hits = offering.taskIds.filter((t) => missing.has(t)).length;
      return { offering, effort, key: hits / effort.total, hits };
    })
    .filter((c) => c.hits > 0)
    .sort((a, b) => b.key - a.key || (a.offering.id < b.offering.id ? -1 : 1));
  const evaluated = declared.slice(0, maxEvaluated);

  const items: RecommendedOffering[] = [];
  for (const { offering, effort } of evaluated) {
    const imagined = imaginedEvidence(offering, tasks.get(offering.id) ?? [], learnerId, asOf);
    const after = matcher.gaps([...base, ...toMatcherEvidence([imagined])], occupationCode, { asOf });
    if (!after) continue;
    const stillMissing = new Set(after.gaps.map((g) => g.taskId));
    const covers = now.gaps.filter((g) => !stillMissing.has(g.taskId));
    const figures = valueFigures(effort, now.score, after.score);
    if (covers.length === 0 || figures.gain <= 0) continue;
    items.push({
      offering,
      coversTaskIds: covers.map((g) => g.taskId),
      coversTasks: covers.map((g) => ({
        taskId: g.taskId,
        text: g.text,
        gain: g.gain,
        declared: offering.taskIds.includes(g.taskId),
      })),
      ...figures,
    });
  }
  items.sort(byValue);
  const shown = items.slice(0, limit);
  const covered = new Set(shown.flatMap((i) => i.coversTaskIds));
  const uncovered = now.gaps
    .filter((g) => !covered.has(g.taskId))
    .sort((a, b) => b.gain - a.gain || (taskOrder.get(a.taskId) ?? 0) - (taskOrder.get(b.taskId) ?? 0))
    .map((g) => ({ taskId: g.taskId, text: g.text, gain: g.gain, nextStep: g.nextStep }));
  return {
    recommender: { version: RECOMMENDER_VERSION },
    scorer: now.scorer,
    taxonomy: now.taxonomy,
    target: { kind: 'occupation', code: now.occupation.code, name: now.occupation.name },
    asOf,
    scoreNow: now.score,
    items: shown,
    uncovered,
    considered: declared.length,
    evaluated: evaluated.length,
  };
}

/** A role as a recommendation target: its requirements (with the task each started from, if any). */
export interface RoleTarget {
  id: string;
  title: string;
  occupationCode: string | null;
  requirements: readonly RoleRequirement[];
}

export interface RoleRecommendedOffering extends Omit<RecommendedOffering, 'coversTasks'> {
  /** Missing requirements the offering would meet, with the rise of each one's coverage. */
  coversRequirements: {
    requirementId: string;
    taskId: string | null;
    text: string;
    gain: number;
    declared: boolean;
  }[];
}

export interface RoleRecommendations extends Omit<Recommendations, 'target' | 'items' | 'uncovered'> {
  target: { kind: 'role'; roleId: string; name: string; occupationCode: string | null };
  items: RoleRecommendedOffering[];
  uncovered: { requirementId: string; taskId: string | null; text: string; nextStep: NextStep }[];
}

export interface RoleRecommendInput extends Omit<RecommendInput, 'occupationCode'> {
  role: RoleTarget;
}

/**
 * Ranked offerings for a learner and an employer's role: the same ranking, with the matcher's
 * requirement scorer (`scoreCandidates`, the employer's own ranking) in place of the occupation
 * score. Candidates are offerings declaring the task of a missing requirement or a task of the
 * role's occupation; a missing requirement nobody covers keeps the matcher's next step for its
 * task (or, for a free-text requirement, the step its own reading gives: `matcher.nextStep`).
 */
export function recommendOfferingsForRole(
  matcher: MatcherIndex,
  input: RoleRecommendInput,
): RoleRecommendations {
  const {
    learnerId,
    evidence,
    role,
    offerings,
    tasks,
    asOf,
    limit = 10,
    maxEvaluated = MAX_EVALUATED,
  } = input;
  const base = toMatcherEvidence(evidence);
  const set = matcher.requirementSet(
    role.requirements.map((r) => ({
      id: r.id,
      text: r.text,
      essential: r.essential,
      ...(r.minLevel === null ? {} : { minLevel: r.minLevel }),
    })),
  );
  const score = (items: ReturnType<typeof toMatcherEvidence>) => {
    const [candidate] = matcher.scoreCandidates(set, [matcher.profileVector(items, { asOf, id: learnerId })]);
    if (!candidate) throw new Error('scoreCandidates returned no candidate for one learner');
    return candidate;
  };
  const now = score(base);
  const missing = role.requirements.filter((r) => now.missingRequirements.includes(r.id));
  const missingTasks = new Set(missing.flatMap((r) => (r.taskId ? [r.taskId] : [])));
  const declared = offerings
    .map((offering) => {
      const effort = effortOf(offering);
      const hits =
        offering.taskIds.filter((t) => missingTasks.has(t)).length +
        (role.occupationCode !== null && offering.occupationCodes.includes(role.occupationCode) ? 0.5 : 0);
      return { offering, effort, key: hits / effort.total, hits };
    })
    .filter((c) => c.hits > 0)
    .sort((a, b) => b.key - a.key || (a.offering.id < b.offering.id ? -1 : 1));
  const evaluated = declared.slice(0, maxEvaluated);
  const nowScores = new Map(now.requirements.map((r) => [r.id, r.score]));

  const items: RoleRecommendedOffering[] = [];
  for (const { offering, effort } of evaluated) {
    const imagined = imaginedEvidence(offering, tasks.get(offering.id) ?? [], learnerId, asOf);
    const after = score([...base, ...toMatcherEvidence([imagined])]);
    const met = new Set(after.metRequirements);
    const covers = missing.filter((r) => met.has(r.id));
    const figures = valueFigures(effort, now.score, after.score);
    if (covers.length === 0 || figures.gain <= 0) continue;
    const afterScores = new Map(after.requirements.map((r) => [r.id, r.score]));
    items.push({
      offering,
      coversTaskIds: covers.flatMap((r) => (r.taskId ? [r.taskId] : [])),
      coversRequirements: covers.map((r) => ({
        requirementId: r.id,
        taskId: r.taskId,
        text: r.text,
        gain: round4((afterScores.get(r.id) ?? 0) - (nowScores.get(r.id) ?? 0)),
        declared: r.taskId !== null && offering.taskIds.includes(r.taskId),
      })),
      ...figures,
    });
  }
  items.sort(byValue);
  const shown = items.slice(0, limit);
  const covered = new Set(shown.flatMap((i) => i.coversRequirements.map((r) => r.requirementId)));
  const gapSteps = new Map(
    (role.occupationCode ? (matcher.gaps(base, role.occupationCode, { asOf })?.gaps ?? []) : []).map((g) => [
      g.taskId,
      g.nextStep,
    ]),
  );
  // A requirement of the employer's own words: the step its reading gives, as for a task.
  const stepFor = (text: string): NextStep => matcher.nextStep(text);
  return {
    recommender: { version: RECOMMENDER_VERSION },
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...matcher.taxonomy },
    target: { kind: 'role', roleId: role.id, name: role.title, occupationCode: role.occupationCode },
    asOf,
    scoreNow: now.score,
    items: shown,
    uncovered: missing
      .filter((r) => !covered.has(r.id))
      .map((r) => ({
        requirementId: r.id,
        taskId: r.taskId,
        text: r.text,
        nextStep: (r.taskId ? gapSteps.get(r.taskId) : undefined) ?? stepFor(r.text),
      })),
    considered: declared.length,
    evaluated: evaluated.length,
  };
}
