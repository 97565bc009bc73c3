/**
 * The scoring formula, versioned. Any change to a constant or to how they combine bumps
 * `SCORER_VERSION`, so stored results can say which formula produced them.
 *
 *   evidence vector  vᵢ = unit TF-IDF vector of (2 × title + description + 1.5 × skill names), synonyms expanded
 *   evidence weight  wᵢ = kind × attestation × recency   (core's, @skillbank/core/evidence-weight; the skill profile uses it too)
 *   learner profile  L  = unit(Σ wᵢ vᵢ)
 *   profile score    P  = min(1, cos(L, occupation profile) / PROFILE_SATURATION)
 *   task coverage    cₜ = maxᵢ qᵢ · max(min(1, cos(vᵢ, task vector) / TASK_SATURATION), meaningᵢₜ),   qᵢ = 0.7 + 0.3 wᵢ
 *                         (meaning: action ↔ action and object ↔ object, each task clause against one evidence clause, task-meaning.ts;
 *                          read for the 15 occupations leading after the whole-text pass)
 *   coverage         C  = mean of cₜ over the occupation's tasks
 *   level of work    F  = 1 + 0.3 · confidence · (1 − 2 |evidence share − occupation share|)   (work-level.ts)
 *   role             R  = how strongly the evidence's titles name the occupation as the job done: the job-title
 *                         classifier's text features on each item's title, as a share of the best (role-reading.ts)
 *   score            B  = (1 − r) · (PROFILE_WEIGHT · P + COVERAGE_WEIGHT · C) + r · R     (occupations without tasks: P
 *                         for the first part; r = 0.15, and r = 0 when no evidence title names a role)
 *                    S  = 1 − (1 − B)^F + declared bonus, capped at 1
 *                         (the level of work scales the shortfall from 1, so scores never tie at the cap)
 *                         the whole-text reading of a task that names an action is × its action agreement (how far
 *                         the evidence clause says that action), read with meaning for the leading occupations
 *   explained        for the 15 leading occupations (those read by meaning) B × (x / best x among them)^0.2, x = Σ vₜ²
 *                         of the unit learner profile over the terms the occupation's profile has (match.ts `explainedFits`)
 *   a task is covered when cₜ ≥ COVERED_THRESHOLD.
 *   employers' requirements: covered the same way (`statementCredit` in task-coverage.ts: meaning, and the
 *                         whole text × the requirement's action agreement), × the level factor when the item's
 *                         level is below the requirement's minLevel; met when covered.
 *   directions: evidence pieces grouped by the occupations they resemble (directions.ts); each
 *   direction is scored on its own and the overall score of an occupation is its best direction's,
 *   × (the direction's share of the evidence, Σ weight × words said over the heaviest direction's)^0.5,
 *   words said: the distinct words of an item's clauses (actions and objects as written) the vocabulary knows.
 *
 * Job-title classification (classify.ts) carries the same version: -12 compares the labelled titles'
 * Latin words as whole words (title-neighbours.ts). -14 weighs directions by the words said, not by
 * their vectors' known terms (match.ts `directionWeights`). -19 reads the evidence's verbs and objects with
 * their near-synonyms in coverage by meaning (text/near-synonyms.ts: 修理 for 维修 at 1, 清理 for 清洗 at 0.7).
 * -21 adds the fifth and sixth walks of everyday words per occupation (text/everyday-occupation-list.ts),
 * -22 the seventh (group 2's professional occupations).
 * -23 gives two words that only share a character 0.25 in coverage by meaning and the action
 * agreement (制作 ↔ 操作 was 0.5), reads the agreement against the task clause's objects, with the
 * object alone 0.2 and covered at 0.25 (task-meaning.ts `MEANING`).
 * -24 reads actions said as nouns by the head of their phrase in the clauses coverage by meaning
 * reads (text/work-phrases.ts: 负责设备的安装调试工作 → 安装, 调试 on 设备; 做过数据分析 → 分析 on 数据).
 * -25: a gaps report for a learner of several directions scores the direction the overall ranking
 * took for the occupation, weighed by its factor (match.ts `directionForGaps`), not the whole
 * evidence: its score, gains and covered tasks change, so do recommendations' now → after; rankings
 * and one-direction learners' reports are unchanged.
 */

export const SCORER_VERSION = 'match-2026.11-25';

export const SCORER = Object.freeze({
  profileWeight: 0.4,
  coverageWeight: 0.6,
  profileSaturation: 0.35,
  taskSaturation: 0.5,
  /**
   * Chosen with the object-alone credit (`MEANING.objectOnly`) by 5-fold cross-validation on the
   * labelled coverage set (README, "Coverage by meaning against a person's judgement"): 0.25 since
   * `match-2026.11-23` (a character in common half the credit), 0.35 from `-15`; 0.5 until
   * `match-2026.11-15` (recall 14 %).
   */
  coveredThreshold: 0.25,
  /** Floor and slope of the evidence quality that scales task coverage. */
  qualityFloor: 0.7,
  /** Bonus when evidence names the occupation itself, and when it names another in the same minor group. */
  declaredOccupationBonus: 0.05,
  declaredGroupBonus: 0.02,
  /** Results scoring below this are noise and are not returned. */
  minScore: 0.03,
  essentialWeight: 2,
  optionalWeight: 1,
});

/** Evidence quality as it scales coverage: a weak item still covers, just less. */
export function coverageQuality(weight: number): number {
  return SCORER.qualityFloor + (1 - SCORER.qualityFloor) * weight;
}

/** `min(1, similarity / saturation)`, never negative. */
export function saturate(similarity: number, saturation: number): number {
  return similarity <= 0 ? 0 : Math.min(1, similarity / saturation);
}

/**
 * The one definition of "covered", for occupation tasks and employers' requirements alike: an
 * evidence item's credit for a statement is its quality × the better of two readings — whole-text
 * similarity, `min(1, cos / TASK_SATURATION)`, and coverage by meaning (`task-meaning.ts`: action
 * and object compared clause by clause) — and the statement is covered at `COVERED_THRESHOLD`.
 * `agreement` (in [0, 1]) is how far the evidence says the statement's action (`actionAgreement`):
 * the whole-text reading of a statement that names an action counts only that far, so an item that
 * names the same object but does something else with it (操控无人机 for 进行无人机维修) does not cover
 * it. Tasks and employers' requirements both read it with meaning (`statementCredit` in
 * task-coverage.ts); the vector-only readings (a candidate pool, `rankRoles`) pass 1.
 */
export function coverCredit(quality: number, similarity: number, meaning: number, agreement = 1): number {
  const text = saturate(similarity, SCORER.taskSaturation) * agreement;
  return quality * Math.max(meaning, text);
}

/** Whether a credit of `coverCredit` covers its task or meets its requirement. */
export function isCovered(credit: number): boolean {
  return credit >= SCORER.coveredThreshold;
}

/** Rounds a score for output, so that results are stable to print and compare. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
