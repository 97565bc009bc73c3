/**
 * Reference points for the real-title figures: what a naive coder, the text classifier alone, and
 * a longest-name-or-alias rule in front of it get on the same titles. None of them learns from
 * the labelled titles, so their figures are plain (no folds needed).
 */
import type { TaxonomyData } from '@skillbank/core';
import { rankCandidates } from '../classify/classify.js';
import { titleFeatures } from '../classify/classify-features.js';
import type { IndexState } from '../index-state.js';
import { normalizeText } from '../text/normalize.js';
import { normalizeTitle } from '../titles/normalize-title.js';
import { isUnder } from '../titles/title-label.js';
import { buildTitleNeighbours } from '../titles/title-neighbours.js';
import type { DevTitle } from './datasets.js';

export interface BaselineFigures {
  name: string;
  top1: number;
  top5: number;
}

function figures(
  name: string,
  items: readonly DevTitle[],
  rank: (item: DevTitle) => string[],
): BaselineFigures {
  let top1 = 0;
  let top5 = 0;
  for (const item of items) {
    const codes = rank(item);
    if (codes[0] !== undefined && isUnder(item, codes[0])) top1++;
    if (codes.slice(0, 5).some((code) => isUnder(item, code))) top5++;
  }
  return { name, top1: top1 / Math.max(1, items.length), top5: top5 / Math.max(1, items.length) };
}

/** Character-bigram TF-IDF over each occupation's name, definition and tasks; cosine with the raw title. */
export function naiveBigramBaseline(taxonomy: TaxonomyData, items: readonly DevTitle[]): BaselineFigures {
  const bigrams = (text: string) => {
    const compact = normalizeText(text).replace(/[^\u3400-\u9fffa-z0-9]/g, '');
    const bag = new Map<string, number>();
    for (let i = 0; i + 1 < compact.length; i++) {
      const pair = compact.slice(i, i + 2);
      bag.set(pair, (bag.get(pair) ?? 0) + 1);
    }
    return bag;
  };
  const occupations = [...taxonomy.occupations].sort((a, b) => (a.code < b.code ? -1 : 1));
  const docs = occupations.map((o) =>
    bigrams([o.name, o.definition ?? '', ...o.tasks.map((t) => t.text)].join('。')),
  );
  const df = new Map<string, number>();
  for (const doc of docs) for (const pair of doc.keys()) df.set(pair, (df.get(pair) ?? 0) + 1);
  const idf = (pair: string) => Math.log((1 + docs.length) / (1 + (df.get(pair) ?? 0))) + 1;
  const unit = (bag: Map<string, number>) => {
    const out = new Map<string, number>();
    let sum = 0;
    for (const [pair, tf] of bag) {
      const w = (1 + Math.log(tf)) * idf(pair);
      out.set(pair, w);
      sum += w * w;
    }
    const length = Math.sqrt(sum) || 1;
    for (const [pair, w] of out) out.set(pair, w / length);
    return out;
  };
  const vectors = docs.map(unit);
  return figures('naive: character-bigram TF-IDF over names, definitions and tasks', items, (item) => {
    const query = unit(bigrams(item.title));
    return vectors
      .map((vector, i) => {
        let s = 0;
        for (const [pair, w] of query) s += w * (vector.get(pair) ?? 0);
        return { code: occupations[i]?.code ?? '', s };
      })
      .filter((c) => c.s > 0)
      .sort((a, b) => b.s - a.s || (a.code < b.code ? -1 : 1))
      .map((c) => c.code);
  });
}

/** The text classifier alone (name and profile similarity, no aliases, no labelled titles). */
export function textOnlyBaseline(state: IndexState, items: readonly DevTitle[]): BaselineFigures {
  const titles = { ...state.titles, neighbours: buildTitleNeighbours([]) };
  const weights = { ...ZERO, name: 0.55, profile: 0.45 };
  return figures('text classifier alone (0.55 · name + 0.45 · profile, title normalised)', items, (item) =>
    rankCandidates(state, titleFeatures(state, titles, item), weights).map(
      (c) => state.occupations[c.index]?.code ?? '',
    ),
  );
}

/** The longest occupation name or alias inside the title first (when it names an occupation), then the text classifier. */
export function longestAliasBaseline(state: IndexState, items: readonly DevTitle[]): BaselineFigures {
  const titles = { ...state.titles, neighbours: buildTitleNeighbours([]) };
  const weights = { ...ZERO, name: 0.55, profile: 0.45 };
  return figures('longest name-or-alias in the title, then the text classifier', items, (item) => {
    const text = rankCandidates(state, titleFeatures(state, titles, item), weights).map(
      (c) => state.occupations[c.index]?.code ?? '',
    );
    const hits = state.titles.aliases
      .find(normalizeTitle(item.title).core)
      .filter((h) => h.target.level === 'occupation');
    const longest = hits.reduce((best, hit) => Math.max(best, hit.alias.length), 0);
    const first = hits.filter((h) => h.alias.length === longest).map((h) => h.target.target);
    return [...new Set([...first.sort(), ...text])];
  });
}

const ZERO = {
  name: 0,
  profile: 0,
  alias: 0,
  longestAlias: 0,
  groupAlias: 0,
  neighbour: 0,
  neighbourGroup: 0,
  neighbourSibling: 0,
  manager: 0,
};
