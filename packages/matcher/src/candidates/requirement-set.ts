/**
 * An employer role's requirements, vectorised once and laid out for ranking many learners: a
 * term → slot table and a slot × requirement weight matrix, so that scoring a learner touches each
 * of its terms once.
 */
import type { IndexState } from '../index-state.js';
import { queryVector } from '../profile/evidence-vector.js';
import { SCORER } from '../scoring/scorer.js';
import { type Clause, parseClauses, weighClauses } from '../scoring/task-meaning.js';
import type { RequirementInput } from '../types.js';
import type { SparseVector } from '../vector/sparse-vector.js';

export interface Requirement {
  id: string;
  text: string;
  essential: boolean;
  /** 新八级 level the covering evidence must show, or null. */
  minLevel: number | null;
  vector: SparseVector;
  /** Its clauses with action and object words, for coverage by meaning (`task-meaning.ts`). */
  clauses: Clause[];
}

export interface RequirementSet {
  requirements: Requirement[];
  /** How distinctive a word is (the index's idf), for reading requirements by meaning. */
  wordWeight: (word: string) => number;
  /** Whether a requirement's action is read, as a task's is (`statementCredit`). */
  actionGate: boolean;
  /** Term ids any requirement uses, ascending; row s of `matrix` belongs to `terms[s]`. */
  terms: Int32Array;
  /** Term id → row of `matrix`, -1 for terms no requirement uses. */
  slotOf: Int16Array;
  /** Row-major: `matrix[slot * requirements.length + r]` is requirement r's weight of that term. */
  matrix: Float32Array;
  /** The same weights, sparse: slot s lists `(entryRequirement[i], entryWeight[i])` for i in `entryStart[s] … entryStart[s + 1]`. */
  entryStart: Int32Array;
  entryRequirement: Int32Array;
  entryWeight: Float32Array;
  /** Essential requirements weigh more. */
  importance: Float64Array;
  minLevels: Int8Array;
  essential: Uint8Array;
}

/** Most requirements a set may hold (slots are 16-bit). */
export const MAX_REQUIREMENTS = 100;

/** Each requirement with its query vector (the one way requirement texts are vectorised). */
export function vectoriseRequirements(state: IndexState, inputs: readonly RequirementInput[]): Requirement[] {
  if (inputs.length > MAX_REQUIREMENTS) throw new RangeError(`at most ${MAX_REQUIREMENTS} requirements`);
  return inputs.map((input) => ({
    id: input.id,
    text: input.text,
    essential: input.essential,
    minLevel:
      input.minLevel !== undefined &&
      Number.isInteger(input.minLevel) &&
      input.minLevel >= 1 &&
      input.minLevel <= 8
        ? input.minLevel
        : null,
    vector: queryVector(state, state.analyzer.analyze(input.text, { expand: true })),
    clauses: state.scoring.meaning
      ? weighClauses(parseClauses(state.analyzer, input.text), state.wordWeight)
      : [],
  }));
}

/** Whether requirements' actions are read: with coverage by meaning and the action gate, as tasks' are. */
export function readsAction(state: IndexState): boolean {
  return state.scoring.meaning === true && state.scoring.actionGate !== false;
}

export function buildRequirementSet(state: IndexState, inputs: readonly RequirementInput[]): RequirementSet {
  const requirements = vectoriseRequirements(state, inputs);
  // Rows in ascending term order, so that every scoring path adds a term's contribution in the same order.
  const terms = Int32Array.from(new Set(requirements.flatMap((q) => [...q.vector.ids]))).sort();
  const slots = new Map<number, number>();
  terms.forEach((id, slot) => {
    slots.set(id, slot);
  });
  const r = requirements.length;
  const slotOf = new Int16Array(state.vocabulary.dimension).fill(-1);
  for (const [id, slot] of slots) slotOf[id] = slot;
  const matrix = new Float32Array(slots.size * r);
  requirements.forEach((requirement, k) => {
    for (let i = 0; i < requirement.vector.ids.length; i++) {
      const slot = slots.get(requirement.vector.ids[i] as number) as number;
      matrix[slot * r + k] = requirement.vector.values[i] as number;
    }
  });
  const entryStart = new Int32Array(terms.length + 1);
  const entryRequirement: number[] = [];
  const entryWeight: number[] = [];
  for (let slot = 0; slot < terms.length; slot++) {
    for (let k = 0; k < r; k++) {
      const weight = matrix[slot * r + k] as number;
      if (weight !== 0) {
        entryRequirement.push(k);
        entryWeight.push(weight);
      }
    }
    entryStart[slot + 1] = entryRequirement.length;
  }
  return {
    requirements,
    wordWeight: state.wordWeight,
    actionGate: readsAction(state),
    terms,
    slotOf,
    matrix,
    entryStart,
    entryRequirement: Int32Array.from(entryRequirement),
    entryWeight: Float32Array.from(entryWeight),
    importance: Float64Array.from(
      requirements.map((q) => (q.essential ? SCORER.essentialWeight : SCORER.optionalWeight)),
    ),
    minLevels: Int8Array.from(requirements.map((q) => q.minLevel ?? 0)),
    essential: Uint8Array.from(requirements.map((q) => (q.essential ? 1 : 0))),
  };
}
