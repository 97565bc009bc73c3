/** Turns evidence (and other query text) into weighted vectors in the index's term space. */
import type { IndexState } from '../index-state.js';
import type { TermBag } from '../text/analyzer.js';
import type { EvidenceInput } from '../types.js';
import type { SparseVector } from '../vector/sparse-vector.js';

/** Field weights of an evidence item: the title says most densely what it was about. */
export const EVIDENCE_FIELD_WEIGHTS = Object.freeze({ title: 2, description: 1, skills: 1.5 });

/** Adds `bag × weight` into `into`. */
export function addBag(into: TermBag, bag: TermBag, weight: number): void {
  for (const [term, tf] of bag) into.set(term, (into.get(term) ?? 0) + tf * weight);
}

/** Terms of one evidence item (synonyms expanded). */
export function evidenceBag(state: IndexState, evidence: EvidenceInput): TermBag {
  const bag: TermBag = new Map();
  const formWords = state.scoring.formWords;
  const analyze = (text: string) => state.analyzer.analyze(text, { expand: true, evidence: formWords });
  addBag(bag, analyze(evidence.title), EVIDENCE_FIELD_WEIGHTS.title);
  addBag(bag, analyze(evidence.description), EVIDENCE_FIELD_WEIGHTS.description);
  const skills = (evidence.skills ?? []).map((skill) => skill.name).join('，');
  if (skills.length > 0) addBag(bag, analyze(skills), EVIDENCE_FIELD_WEIGHTS.skills);
  return bag;
}

/** A query-side unit vector (no length normalisation: queries are short and of any length). */
export function queryVector(state: IndexState, bag: TermBag): SparseVector {
  return state.weighting.vector(bag, 0);
}

/** How many ids of a vector are taxonomy terms (hashed unknown terms can match no occupation). */
export function knownTermCount(state: IndexState, vector: SparseVector): number {
  let count = 0;
  for (const id of vector.ids) if (state.vocabulary.isKnown(id)) count++;
  return count;
}
