/**
 * The evidence a job title gives for each candidate occupation, as numbers the classifier weighs:
 * similarity to the occupation's name and profile, aliases found in the title, the votes of the
 * nearest labelled titles, and the title's seniority. One row per candidate.
 */

import { kthLargest } from '../candidates/top-k.js';
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
/**
 * How far under the TEXT_CANDIDATES-th largest blend an occupation must be to be left out without
 * sorting: far more than the rounding of the sort's differences of sums, far less than any real gap.
 */
const BLEND_MARGIN = 1e-9;
/** Rows allocated at once (text candidates plus a few alias and neighbour ones). */
const ROW_BLOCK = 64;
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
  // Rows are views of one block (a typed array of their size each cost more than the rest).
  let block = new Float64Array(0);
  let used = 0;
  const row = (index: number): Float64Array => {
    let values = rows.get(index);
    if (!values) {
      if (used === block.length) {
        block = new Float64Array(ROW_BLOCK * FEATURES.length);
        used = 0;
      }
      values = block.subarray(used, used + FEATURES.length);
      used += FEATURES.length;
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

  // Text similarity: the best TEXT_CANDIDATES by the blend of name and profile. Only occupations
  // sharing a term with the query have a similarity (the others' is 0 and cannot lead).
  const { names, profiles, touchedNames, touchedProfiles, seen, blends, pool, largest } =
    textScratchOf(state);
  let namesTouched = 0;
  let profilesTouched = 0;
  try {
    if (query.ids.length > 0) {
      namesTouched = state.nameIndex.scoreTouched(query, names, touchedNames);
      profilesTouched = state.profileIndex.scoreTouched(query, profiles, touchedProfiles);
      // The candidates: every occupation with a positive blend (once, though both lists may hold it).
      let m = 0;
      const consider = (o: number) => {
        if (seen[o] === 1) return;
        seen[o] = 1;
        const value = (names[o] as number) + (profiles[o] as number);
        if (!(value > 0)) return;
        blends[o] = value;
        pool[m++] = o;
      };
      for (let i = 0; i < namesTouched; i++) consider(touchedNames[i] as number);
      for (let i = 0; i < profilesTouched; i++) consider(touchedProfiles[i] as number);
      // The order of a full sort — the larger blend, then the smaller index — over the few whose blend
      // is not clearly below the TEXT_CANDIDATES-th largest: the others cannot lead.
      let leading: number[] = [];
      if (m <= TEXT_CANDIDATES) for (let i = 0; i < m; i++) leading.push(pool[i] as number);
      else {
        const cut = kthLargest(blends, pool, m, TEXT_CANDIDATES, largest) - BLEND_MARGIN;
        for (let i = 0; i < m; i++)
          if ((blends[pool[i] as number] as number) >= cut) leading.push(pool[i] as number);
        leading.sort(
          (a, b) =>
            (names[b] as number) + (profiles[b] as number) - (names[a] as number) - (profiles[a] as number) ||
            a - b,
        );
        leading = leading.slice(0, TEXT_CANDIDATES);
      }
      for (const o of leading) row(o);
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
  } finally {
    for (let i = 0; i < namesTouched; i++) {
      names[touchedNames[i] as number] = 0;
      seen[touchedNames[i] as number] = 0;
    }
    for (let i = 0; i < profilesTouched; i++) {
      profiles[touchedProfiles[i] as number] = 0;
      seen[touchedProfiles[i] as number] = 0;
    }
  }
}
/** Per-index scratch of the text similarities: zero between calls (one thread). */
interface TextScratch {
  names: Float64Array;
  profiles: Float64Array;
  touchedNames: Int32Array;
  touchedProfiles: Int32Array;
  seen: Uint8Array;
  /** Name + profile similarity of the occupations in `pool` (read only there). */
  blends: Float64Array;
  pool: Int32Array;
  largest: Float64Array;
}
const textScratch = new WeakMap<IndexState, TextScratch>();
function textScratchOf(state: IndexState): TextScratch {
  let scratch = textScratch.get(state);
  if (!scratch) {
    const n = state.occupations.length;
    scratch = {
      names: new Float64Array(n),
      profiles: new Float64Array(n),
      touchedNames: new Int32Array(n),
      touchedProfiles: new Int32Array(n),
      seen: new Uint8Array(n),
      blends: new Float64Array(n),
      pool: new Int32Array(n),
      largest: new Float64Array(TEXT_CANDIDATES),
    };
    textScratch.set(state, scratch);
  }
  return scratch;
}

/** Weighted sum of a candidate's features. */
export function combine(values: Float64Array, weights: Readonly<Record<FeatureName, number>>): number {
  let score = 0;
  for (let i = 0; i < FEATURES.length; i++)
    score += weights[FEATURES[i] as FeatureName] * (values[i] as number);
  return score;
}
