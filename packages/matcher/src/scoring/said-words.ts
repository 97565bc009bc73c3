/**
 * How much an evidence item says (`directionWeights` in match.ts): the distinct words of its clauses
 * — their actions and objects, as written — that the classification's vocabulary knows. A property
 * of the item's words and the index alone, so a stored vector keeps it.
 */
import type { IndexState } from '../index-state.js';
import type { Clause } from './task-meaning.js';

export function saidWordCount(state: IndexState, clauses: readonly Clause[]): number {
  const known = new Set<string>();
  for (const clause of clauses) {
    for (const word of clause.actions) if (state.vocabulary.known(word) !== undefined) known.add(word);
    for (const word of clause.objects) if (state.vocabulary.known(word) !== undefined) known.add(word);
  }
  return known.size;
}
