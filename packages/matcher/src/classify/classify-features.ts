/**
 * The evidence a job title gives for each candidate occupation, as numbers the classifier weighs:
 * similarity to the occupation's name and profile, aliases found in the title, the votes of the
 * nearest labelled titles, and the title's seniority. One row per candidate.
 */
import type { IndexState } from '../index-state.js';
import { addBag, queryVector } from '../profile/evidence-vector.js';
import type { TermBag } from '../text/analyzer.js';
import { normalizeTitle } from '../titles/normalize-title.js';
import type { TitleIndex } from '../titles/title-index.js';
import type { CodeTarget } from '../titles/title-label.js';

import { FEATURES, type FeatureName } from './feature-names.js';

export { FEATURES, type FeatureName };

export interface CandidateFeatures {
  /** Index into `state.occupations`. */
  index: number;
  values: Float64Array;
}

export interface TitleFeatures {
  candidates: CandidateFeatures[];
  /** What the classifier found, for the explanation and the group decision. */
  aliasHits: { alias: string; target: CodeTarget }[];
  neighbourVotes: { target: CodeTarget; share: number }[];
}

/** Candidates from text similarity alone, before alias and neighbour candidates join. */
const TEXT_CANDIDATES = 40;
/** Groups this large are not expanded into candidates (a major group says little). */
const MAX_GROUP_EXPANSION = 40;

export function titleFeatures(
  state: IndexState,
  titles: TitleIndex,
  input: { title: string; description?: string | undefined },
  {
    exclude,
    descriptionWeight = 0.5,
    evidence = false,
    neighbours = true,
  }: {
    exclude?: number;
    descriptionWeight?: number;
    /** The title of an evidence item: form-of-evidence words (实训, 课程, 项目 …) say nothing of the role. */
    evidence?: boolean;
    /** Whether to look up the nearest labelled titles (a role reading does not weigh them). */
    neighbours?: boolean;
  } = {},
): TitleFeatures {
  const normalized = normalizeTitle(input.title);
  const bag: TermBag = new Map();
  const analyze = (text: string) => state.analyzer.analyze(text, { expand: true, posting: true, evidence });
  addBag(bag, analyze(normalized.core), 1);
  if (input.description) addBag(bag, analyze(input.description), descriptionWeight);
  const query = queryVector(state, bag);

  const rows = new Map<number, Float64Array>();
  const row = (index: number): Float64Array => {
    let values = rows.get(index);
    if (!values) {
      values = new Float64Array(FEATURES.length);
      rows.set(index, values);
    }
    return values;
  };
  const add = (index: number, feature: FeatureName, value: number, mode: 'max' | 'sum' = 'max') => {
    const values = row(index);
    const at = FEATURES.indexOf(feature);
    values[at] = mode === 'max' ? Math.max(values[at] as number, value) : (values[at] as number) + value;
  };
  const targetMembers = (target: CodeTarget): number[] => {
    if (target.level === 'occupation') {
      const index = state.occupationByCode.get(target.target);
      return index === undefined ? [] : [index];
    }
    const members = titles.members.get(target.target) ?? [];
    return members.length <= MAX_GROUP_EXPANSION ? members : [];
  };

  // Text similarity: the best TEXT_CANDIDATES by the blend of name and profile.
  const n = state.occupations.length;
  const names = new Float64Array(n);
  const profiles = new Float64Array(n);
  if (query.ids.length > 0) {
    state.nameIndex.scoreAll(query, names);
    state.profileIndex.scoreAll(query, profiles);
    const order: number[] = [];
    for (let o = 0; o < n; o++) if ((names[o] as number) + (profiles[o] as number) > 0) order.push(o);
    order.sort(
      (a, b) =>
        (names[b] as number) + (profiles[b] as number) - (names[a] as number) - (profiles[a] as number) ||
        a - b,
    );
    for (const o of order.slice(0, TEXT_CANDIDATES)) row(o);
  }

  // Aliases inside the title (the job part; the employer's name only names a sector).
  const compactLength = Math.max(1, normalized.core.replace(/\s+/g, '').length);
  const hits = titles.aliases.find(normalized.core);
  const longest = hits.reduce((best, hit) => Math.max(best, hit.alias.length), 0);
  for (const hit of hits) {
    const coverage = Math.min(1, hit.alias.length / compactLength);
    for (const index of targetMembers(hit.target)) {
      if (hit.target.level === 'occupation') {
        add(index, 'alias', coverage);
        if (hit.alias.length === longest) add(index, 'longestAlias', 1);
      } else add(index, 'groupAlias', coverage);
    }
  }

  // Nearest labelled titles.
  const { votes } = neighbours
    ? titles.neighbours.votes(input.title, exclude === undefined ? {} : { exclude })
    : { votes: [] };
  const total = votes.reduce((sum, vote) => sum + vote.weight, 0);
  const neighbourVotes = votes.map((vote) => ({
    target: vote.target,
    share: total > 0 ? vote.weight / total : 0,
  }));
  for (const { target, share } of neighbourVotes) {
    if (target.level === 'occupation') {
      const index = state.occupationByCode.get(target.target);
      if (index === undefined) continue;
      add(index, 'neighbour', share, 'sum');
      const minor = state.occupations[index]?.minorCode ?? '';
      for (const sibling of titles.members.get(minor) ?? []) {
        if (sibling !== index) add(sibling, 'neighbourSibling', share, 'sum');
      }
    } else {
      for (const index of targetMembers(target)) add(index, 'neighbourGroup', share, 'sum');
    }
  }

  const manager = normalized.seniority.includes('manager');
  const candidates: CandidateFeatures[] = [];
  for (const [index, values] of rows) {
    values[FEATURES.indexOf('name')] = names[index] as number;
    values[FEATURES.indexOf('profile')] = profiles[index] as number;
    if (manager && state.occupations[index]?.majorCode === '1') values[FEATURES.indexOf('manager')] = 1;
    candidates.push({ index, values });
  }
  candidates.sort((a, b) => a.index - b.index);
  return {
    candidates,
    aliasHits: hits.map((hit) => ({ alias: hit.alias, target: hit.target })),
    neighbourVotes,
  };
}

/** Weighted sum of a candidate's features. */
export function combine(values: Float64Array, weights: Readonly<Record<FeatureName, number>>): number {
  let score = 0;
  FEATURES.forEach((feature, i) => {
    score += weights[feature] * (values[i] as number);
  });
  return score;
}
