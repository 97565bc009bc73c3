/**
 * Roles for one graduate: the candidate scoring of `scoreCandidates`, seen from the learner's side,
 * so one learner can be ranked against thousands of roles. A role is held as its requirement
 * vectors only (`RoleRequirements`, a few hundred bytes — a `RequirementSet` carries a table the
 * size of the vocabulary); the learner's evidence is inverted once per call (term → items), and
 * each requirement's similarity to each item is summed in the same term order and precision as
 * `scoreCandidates` does, so a role's score here is exactly the score its employer sees for the
 * learner by its vectors. `describeRoles` explains the roles shown, also without a `RequirementSet`,
 * reading each requirement in full — by meaning, and its action — as `scoreCandidates` does for learner vectors: rank
 * with `rankRoles`, describe the shortlist, and re-order within it by the described scores.
 */
import type { IndexState } from '../index-state.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import { isCovered, round4, SCORER } from '../scoring/scorer.js';
import { explainStatement } from '../scoring/task-coverage.js';
import type { Clause } from '../scoring/task-meaning.js';
import type { CandidateScore, RequirementInput, RequirementOutcome } from '../types.js';
import { readsAction, vectoriseRequirements } from './requirement-set.js';
import { credit, keyOf, readCredit, totalImportance } from './score-candidates.js';
import { TopK } from './top-k.js';

/** A role's requirements vectorised for `rankRoles` (an in-memory handle). */
export interface RoleRequirements {
  requirementIds: string[];
  /** Per requirement: term ids (ascending) and weights. */
  ids: Int32Array[];
  values: Float32Array[];
  minLevels: Int8Array;
  importance: Float64Array;
  essential: Uint8Array;
  totalImportance: number;
  /** Per requirement, its clauses for coverage by meaning, and the index's word weight. */
  clauses: Clause[][];
  wordWeight: (word: string) => number;
  /** Whether a requirement's action is read, as a task's is (`statementCredit`). */
  actionGate: boolean;
}

export interface RankedRole {
  /** Position of the role in the input array. */
  index: number;
  score: number;
  allEssentialMet: boolean;
}

export function buildRoleRequirements(
  state: IndexState,
  inputs: readonly RequirementInput[],
): RoleRequirements {
  const requirements = vectoriseRequirements(state, inputs);
  const importance = Float64Array.from(
    requirements.map((q) => (q.essential ? SCORER.essentialWeight : SCORER.optionalWeight)),
  );
  return {
    requirementIds: requirements.map((q) => q.id),
    ids: requirements.map((q) => q.vector.ids),
    values: requirements.map((q) => q.vector.values),
    minLevels: Int8Array.from(requirements.map((q) => q.minLevel ?? 0)),
    importance,
    essential: Uint8Array.from(requirements.map((q) => (q.essential ? 1 : 0))),
    totalImportance: totalImportance({ importance }),
    clauses: requirements.map((q) => q.clauses),
    wordWeight: state.wordWeight,
    actionGate: readsAction(state),
  };
}

/** The learner's evidence by term: for each term, the items using it and their weights. */
function invert(learner: LearnerVector): Map<number, { items: number[]; values: number[] }> {
  const { ids, values, offsets } = learner.packed;
  const byTerm = new Map<number, { items: number[]; values: number[] }>();
  for (let e = 0; e + 1 < offsets.length; e++) {
    for (let j = offsets[e] as number; j < (offsets[e + 1] as number); j++) {
      const id = ids[j] as number;
      let list = byTerm.get(id);
      if (!list) {
        list = { items: [], values: [] };
        byTerm.set(id, list);
      }
      list.items.push(e);
      list.values.push(values[j] as number);
    }
  }
  return byTerm;
}

type ByTerm = Map<number, { items: number[]; values: number[] }>;

/** Sums requirement k's similarity to each evidence item into `acc` (Float32, in term order); false when no term is shared. */
function accumulate(byTerm: ByTerm, role: RoleRequirements, k: number, acc: Float32Array): boolean {
  acc.fill(0);
  const ids = role.ids[k] as Int32Array;
  const weights = role.values[k] as Float32Array;
  let touched = false;
  for (let t = 0; t < ids.length; t++) {
    const list = byTerm.get(ids[t] as number);
    if (!list) continue;
    touched = true;
    const w = weights[t] as number;
    for (let i = 0; i < list.items.length; i++) {
      const e = list.items[i] as number;
      acc[e] = (acc[e] as number) + (list.values[i] as number) * w;
    }
  }
  return touched;
}

/**
 * The roles best for a learner, best first: anyone's key is 2 + score when every essential
 * requirement is met, else the score (as in `scoreCandidates`); ties keep the input order.
 */
export function rankRoles(
  learner: LearnerVector,
  roles: readonly RoleRequirements[],
  { limit = 20 }: { limit?: number } = {},
): RankedRole[] {
  const count = Math.max(0, Math.floor(Number.isFinite(limit) ? limit : 0));
  if (count === 0 || roles.length === 0) return [];
  const byTerm = invert(learner);
  const { quality, level } = learner.packed;
  const items = quality.length;
  // Float32 sums, like `scoreCandidates`, so both round alike.
  const acc = new Float32Array(items);
  const keys = new Float64Array(roles.length);
  const top = new TopK(count, (a, b) => a - b);
  let best = new Float64Array(0);
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r] as RoleRequirements;
    const n = role.ids.length;
    if (best.length !== n) best = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const touched = accumulate(byTerm, role, k, acc);
      let most = 0;
      if (touched) {
        const minLevel = role.minLevels[k] as number;
        for (let e = 0; e < items; e++) {
          const c = credit(quality[e] as number, acc[e] as number, level[e] as number, minLevel);
          if (c > most) most = c;
        }
      }
      best[k] = most;
    }
    keys[r] = keyOf(role, best, role.totalImportance);
    top.push(r, keys);
  }
  return top.sorted(keys).map((index) => {
    const key = keys[index] as number;
    return { index, score: round4(key >= 2 ? key - 2 : key), allEssentialMet: key >= 2 };
  });
}

/**
 * Each role's full outcome for the learner — the `CandidateScore` `scoreCandidates` gives the
 * role's employer for this learner (`index` is the role's position here) — without building a
 * `RequirementSet`.
 */
export function describeRoles(learner: LearnerVector, roles: readonly RoleRequirements[]): CandidateScore[] {
  const byTerm = invert(learner);
  const { quality, level } = learner.packed;
  const items = quality.length;
  const acc = new Float32Array(items);
  return roles.map((role, index) => {
    const n = role.ids.length;
    const best = new Float64Array(n);
    const outcomes: RequirementOutcome[] = [];
    for (let k = 0; k < n; k++) {
      accumulate(byTerm, role, k, acc);
      const minLevel = role.minLevels[k] as number;
      const clauses = role.clauses[k];
      const credits: number[] = [];
      for (let e = 0; e < items; e++) {
        const similarity = acc[e] as number;
        const item = learner.evidence[e];
        if (!item) {
          credits.push(credit(quality[e] as number, similarity, level[e] as number, minLevel));
          continue;
        }
        credits.push(
          readCredit(role, clauses, item, quality[e] as number, similarity, level[e] as number, minLevel),
        );
      }
      const value = Math.max(0, ...credits);
      best[k] = value;
      const meeting = credits
        .map((c, e) => ({ c, e }))
        .filter(({ c }) => isCovered(c))
        .sort((a, b) => b.c - a.c || a.e - b.e);
      const outcome: RequirementOutcome = {
        id: role.requirementIds[k] as string,
        essential: role.essential[k] === 1,
        met: isCovered(value),
        score: round4(value),
        evidenceIds: meeting.map(({ e }) => learner.evidence[e]?.id ?? ''),
      };
      const top = meeting[0] ? learner.evidence[meeting[0].e] : undefined;
      const evidence = top && explainStatement(role.wordWeight, clauses, top);
      if (evidence) outcome.evidence = evidence;
      outcomes.push(outcome);
    }
    const key = keyOf(role, best, role.totalImportance);
    const essential = outcomes.filter((o) => o.essential);
    const optional = outcomes.filter((o) => !o.essential);
    return {
      learnerId: learner.id,
      index,
      score: round4(key >= 2 ? key - 2 : key),
      allEssentialMet: key >= 2,
      breakdown: {
        essentialMet: essential.filter((o) => o.met).length,
        essentialTotal: essential.length,
        optionalMet: optional.filter((o) => o.met).length,
        optionalTotal: optional.length,
        weights: { essential: SCORER.essentialWeight, optional: SCORER.optionalWeight },
      },
      requirements: outcomes,
      metRequirements: outcomes.filter((o) => o.met).map((o) => o.id),
      missingRequirements: outcomes.filter((o) => !o.met).map((o) => o.id),
    };
  });
}
