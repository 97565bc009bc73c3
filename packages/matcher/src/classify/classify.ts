/**
 * Job title / role text → occupation codes. Ranks occupations by a blend of name similarity and
 * whole-profile similarity; when no occupation is clearly ahead, falls back to the minor (or middle)
 * group the leading candidates share, and says so.
 */
import type { IndexState } from '../index-state.js';
import { addBag, queryVector } from '../profile/evidence-vector.js';
import { round4, SCORER_VERSION } from '../scoring/scorer.js';
import type { TermBag } from '../text/analyzer.js';
import type { ClassifyCandidate, ClassifyResult } from '../types.js';

export const CLASSIFY = Object.freeze({
  nameWeight: 0.55,
  profileWeight: 0.45,
  descriptionWeight: 0.5,
  /** A top candidate this strong and this far ahead of the next needs no fallback. */
  confidentScore: 0.3,
  confidentMargin: 0.05,
  certainScore: 0.6,
  /** Candidates within this share of the top one vote for a group. */
  voteShare: 0.5,
  votes: 10,
  /** Candidates below this share only a stray word with the text. */
  minScore: 0.04,
  /** A group wins the fallback with this share of the votes. */
  groupShare: 0.6,
});

export const DEFAULT_CLASSIFY_LIMIT = 5;

export function classifyText(
  state: IndexState,
  input: { title: string; description?: string },
  { limit = DEFAULT_CLASSIFY_LIMIT }: { limit?: number } = {},
): ClassifyResult {
  const result: ClassifyResult = {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...state.taxonomy },
    candidates: [],
  };
  const bag: TermBag = new Map();
  const analyze = (text: string) => state.analyzer.analyze(text, { expand: true, posting: true });
  addBag(bag, analyze(input.title), 1);
  if (input.description) addBag(bag, analyze(input.description), CLASSIFY.descriptionWeight);
  const query = queryVector(state, bag);
  const count = Math.max(0, Math.min(100, Math.floor(Number.isFinite(limit) ? limit : 0)));
  if (query.ids.length === 0 || count === 0) return result;

  const n = state.occupations.length;
  const names = new Float64Array(n);
  const profiles = new Float64Array(n);
  state.nameIndex.scoreAll(query, names);
  state.profileIndex.scoreAll(query, profiles);
  const ranked: { index: number; score: number }[] = [];
  for (let o = 0; o < n; o++) {
    const score = round4(
      CLASSIFY.nameWeight * (names[o] as number) + CLASSIFY.profileWeight * (profiles[o] as number),
    );
    if (score >= CLASSIFY.minScore) ranked.push({ index: o, score });
  }
  ranked.sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return result;

  const occupations: ClassifyCandidate[] = ranked
    .slice(0, Math.max(count, CLASSIFY.votes))
    .map(({ index, score }) => {
      const occupation = state.occupations[index];
      return { code: occupation?.code ?? '', name: occupation?.name ?? '', score, level: 'occupation' };
    });
  const fallback = chooseFallback(state, occupations);
  if (fallback) {
    result.fallback = fallback.fallback;
    result.candidates = [fallback.candidate, ...occupations.slice(0, Math.max(0, count - 1))];
  } else {
    result.candidates = occupations.slice(0, count);
  }
  return result;
}

function chooseFallback(
  state: IndexState,
  ranked: ClassifyCandidate[],
): { fallback: NonNullable<ClassifyResult['fallback']>; candidate: ClassifyCandidate } | null {
  const [first, second] = ranked;
  if (!first) return null;
  const margin = first.score - (second?.score ?? 0);
  if (first.score >= CLASSIFY.certainScore) return null;
  if (first.score >= CLASSIFY.confidentScore && margin >= CLASSIFY.confidentMargin) return null;

  const voters = ranked.slice(0, CLASSIFY.votes).filter((c) => c.score >= first.score * CLASSIFY.voteShare);
  const total = voters.reduce((sum, c) => sum + c.score, 0);
  for (const level of ['minor', 'middle'] as const) {
    const mass = new Map<string, { score: number; top: number }>();
    for (const voter of voters) {
      const index = state.occupationByCode.get(voter.code);
      const occupation = index === undefined ? undefined : state.occupations[index];
      // A scheme without this rank (or a voter outside the index) casts no vote at this level.
      const group = occupation?.[level === 'minor' ? 'minorCode' : 'middleCode'];
      if (!group) continue;
      const entry = mass.get(group) ?? { score: 0, top: 0 };
      entry.score += voter.score;
      entry.top = Math.max(entry.top, voter.score);
      mass.set(group, entry);
    }
    const best = [...mass.entries()].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))[0];
    if (!best || best[1].score / total < CLASSIFY.groupShare) continue;
    // A lone voter's own group says nothing more than the occupation does.
    if (voters.length < 2) return null;
    const group = state.groups.get(best[0]);
    const name = group?.name ?? best[0];
    // The scheme names its levels: "minor group" in CN-2022.
    const levelName = group ? state.scheme.levelName(group.level, 'en') : `${level} group`;
    const reason =
      first.score < CLASSIFY.confidentScore
        ? `no occupation matches strongly (best ${first.score}); the leading candidates share the ${levelName} ${best[0]} ${name}`
        : `the leading occupations are too close to call (margin ${round4(margin)}); they share the ${levelName} ${best[0]} ${name}`;
    return {
      fallback: { level, code: best[0], name, reason },
      candidate: { code: best[0], name, score: round4(best[1].top), level },
    };
  }
  return null;
}
