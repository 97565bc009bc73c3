/**
 * Job title / role text → occupations, best first. Each candidate occupation is scored by a
 * weighted sum of what the title says about it (`classify-features.ts`): similarity to its name and
 * profile, aliases found in the title, and the votes of the nearest labelled titles. The weights
 * were fitted on the labelled dev titles and measured by k-fold cross-validation (`pnpm eval`).
 * When the leading occupations share a group and none stands out, the group is named separately.
 */
import type { IndexState } from '../index-state.js';
import { clampLimit } from '../limit.js';
import { round4, SCORER_VERSION } from '../scoring/scorer.js';
import type { ClassifyCandidate, ClassifyResult } from '../types.js';
import { combine, type FeatureName, type TitleFeatures, titleFeatures } from './classify-features.js';

/**
 * Feature weights, fitted by coordinate ascent on all dev titles with leave-one-out neighbours
 * (`pnpm eval --titles-only --fit-all`). The honest estimate of this procedure is the nested k-fold
 * figure (`--fit`: weights fitted on the other folds each time), reported in the README.
 */
export const CLASSIFY_WEIGHTS: Readonly<Record<FeatureName, number>> = Object.freeze({
  name: 0.45,
  profile: 1.3,
  alias: 0,
  longestAlias: 0.2,
  groupAlias: 0.2,
  neighbour: 1.3,
  neighbourGroup: 0.8,
  neighbourSibling: 0.1,
  manager: 0,
});

export const CLASSIFY = Object.freeze({
  descriptionWeight: 0.5,
  /** Candidates below this score share only a stray word with the text. */
  minScore: 0.04,
  /** The best candidate stands out when the next is at most this share of it. */
  standOut: 0.8,
  /** Candidates within this share of the best take part in the group decision. */
  groupShare: 0.8,
});

export const DEFAULT_CLASSIFY_LIMIT = 5;

/** Scores of every candidate, best first (ties by code): shared by `classify` and the eval. */
export function rankCandidates(
  state: IndexState,
  features: TitleFeatures,
  weights: Readonly<Record<FeatureName, number>> = CLASSIFY_WEIGHTS,
): { index: number; score: number }[] {
  return features.candidates
    .map(({ index, values }) => ({ index, score: combine(values, weights) }))
    .filter((c) => c.score >= CLASSIFY.minScore)
    .sort(
      (a, b) =>
        b.score - a.score ||
        ((state.occupations[a.index]?.code ?? '') < (state.occupations[b.index]?.code ?? '') ? -1 : 1),
    );
}

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
  const count = clampLimit(limit, 100);
  if (count === 0 || input.title.trim() === '') return result;
  const features = titleFeatures(state, state.titles, input, {
    descriptionWeight: CLASSIFY.descriptionWeight,
  });
  const ranked = rankCandidates(state, features);
  result.candidates = ranked.slice(0, count).map(({ index, score }): ClassifyCandidate => {
    const occupation = state.occupations[index];
    return { code: occupation?.code ?? '', name: occupation?.name ?? '', score: round4(score) };
  });
  const group = sharedGroup(state, ranked);
  if (group) result.group = group;
  return result;
}

/**
 * The group the leading candidates share, when the best does not stand out (the next is within
 * `standOut` of it) and every candidate within `groupShare` of the best belongs to one minor group
 * (else one middle group).
 */
function sharedGroup(
  state: IndexState,
  ranked: readonly { index: number; score: number }[],
): ClassifyResult['group'] | null {
  const [first, second] = ranked;
  if (!first || !second || second.score < first.score * CLASSIFY.standOut) return null;
  const leading = ranked.filter((c) => c.score >= first.score * CLASSIFY.groupShare).slice(0, 10);
  for (const level of ['minor', 'middle'] as const) {
    const codes = new Set(
      leading.map(({ index }) => {
        const occupation = state.occupations[index];
        return (level === 'minor' ? occupation?.minorCode : occupation?.middleCode) ?? '';
      }),
    );
    // A scheme without this rank (CN-2022 has both) names no group at it.
    if (codes.size !== 1 || codes.has('')) continue;
    const [code = ''] = codes;
    const group = state.groups.get(code);
    const name = group?.name ?? code;
    // The scheme names its levels: "minor group" in CN-2022.
    const levelName = group ? state.scheme.levelName(group.level, 'en') : `${level} group`;
    return {
      level,
      code,
      name,
      reason: `${leading.length} occupations score within ${Math.round((1 - CLASSIFY.groupShare) * 100)} % of the best and all belong to the ${levelName} ${code} ${name}`,
    };
  }
  return null;
}
