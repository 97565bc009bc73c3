/**
 * Text search over occupations for `GET /api/occupations?q=`: relevance blends name and profile
 * similarity (synonyms expanded, so everyday words find official names) with a boost for the query
 * appearing literally in the name or the definition.
 */
import type { IndexState } from '../index-state.js';
import { queryVector } from '../profile/evidence-vector.js';
import { round4 } from '../scoring/scorer.js';
import { normalizeText } from '../text/normalize.js';
import type { SearchOptions, SearchResult } from '../types.js';

export const SEARCH = Object.freeze({
  nameWeight: 0.6,
  profileWeight: 0.4,
  exactNameBoost: 1,
  nameContainsBoost: 0.5,
  definitionContainsBoost: 0.1,
  /** Hits scoring below this share of the best hit are stray overlaps, not results. */
  relativeFloor: 0.1,
});

export function searchText(
  state: IndexState,
  q: string,
  { limit = 20, offset = 0, filter }: SearchOptions = {},
): SearchResult {
  const literal = normalizeText(q).replace(/\s+/g, '');
  const query = queryVector(state, state.analyzer.analyze(q, { expand: true }));
  if (literal.length === 0 && query.ids.length === 0) return { items: [], total: 0 };

  const n = state.occupations.length;
  const names = new Float64Array(n);
  const profiles = new Float64Array(n);
  state.nameIndex.scoreAll(query, names);
  state.profileIndex.scoreAll(query, profiles);
  const hits: { code: string; score: number; similarity: number; boosted: boolean }[] = [];
  let best = 0;
  for (let o = 0; o < n; o++) {
    const occupation = state.occupations[o];
    if (!occupation || (filter && !filter(occupation.code))) continue;
    const similarity =
      SEARCH.nameWeight * (names[o] as number) + SEARCH.profileWeight * (profiles[o] as number);
    let boost = 0;
    if (literal.length > 0) {
      if (occupation.nameText === literal) boost = SEARCH.exactNameBoost;
      else if (occupation.nameText.includes(literal)) boost = SEARCH.nameContainsBoost;
      else if (occupation.definitionText.includes(literal)) boost = SEARCH.definitionContainsBoost;
    }
    if (similarity + boost <= 0) continue;
    best = Math.max(best, similarity);
    hits.push({ code: occupation.code, score: round4(similarity + boost), similarity, boosted: boost > 0 });
  }
  hits.sort((a, b) => b.score - a.score);
  // Literal hits always count; the rest must be within reach of the best similarity.
  const floor = best * SEARCH.relativeFloor;
  const kept = hits
    .filter((hit) => hit.boosted || hit.similarity >= floor)
    .map(({ code, score }) => ({ code, score }));
  const start = Math.max(0, Math.floor(offset));
  const count = Math.max(0, Math.floor(limit));
  return { items: kept.slice(start, start + count), total: kept.length };
}
