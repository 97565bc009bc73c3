/**
 * Nearest labelled titles: real posting titles with the code a person gave them, compared by
 * characters and character pairs (TF-IDF over the labelled titles, cosine). The labels of the
 * closest ones vote for a code, each vote weighted by its similarity.
 */
import { normalizeTitle } from './normalize-title.js';
import type { CodeTarget } from './title-label.js';

export interface NeighbourVote {
  target: CodeTarget;
  /** Summed similarity^power of the neighbours carrying this label, over the k nearest. */
  weight: number;
}

export interface TitleNeighbours {
  readonly size: number;
  /**
   * The labels of the `k` nearest titles and their weights, and the best similarity. `exclude`
   * leaves one labelled title out (its position in the input), for leave-one-out measurements.
   */
  votes(title: string, opts?: { exclude?: number }): { votes: NeighbourVote[]; best: number };
}

export const NEIGHBOURS = Object.freeze({ k: 10, power: 2, contextWeight: 0.3 });

/** A Latin word, number or code inside a title (java, hr, 3d, c++ → "c"). */
const LATIN_WORD = /[a-z0-9]+/g;

/**
 * Character and character-pair counts of a title's job part (its context at a lower weight). A
 * Chinese character carries meaning (工, 师, 焊), a Latin letter does not: Latin words count as
 * whole words, so "welder" meets titles that say welder, not every title with an "er" or a "d".
 */
function grams(title: string): Map<string, number> {
  const { core, context } = normalizeTitle(title);
  const bag = new Map<string, number>();
  const count = (gram: string, weight: number) => bag.set(gram, (bag.get(gram) ?? 0) + weight);
  const addText = (text: string, weight: number) => {
    for (const whole of text.split(/[\s+#]+/)) {
      for (const word of whole.match(LATIN_WORD) ?? []) count(`~${word}`, weight);
      // The rest, with each Latin word as one gap: characters and pairs never join across a word.
      for (const run of whole.split(LATIN_WORD)) {
        for (let i = 0; i < run.length; i++) {
          count(run.charAt(i), weight);
          if (i + 1 < run.length) count(run.slice(i, i + 2), weight);
        }
      }
    }
  };
  addText(core, 1);
  if (context) addText(context, NEIGHBOURS.contextWeight);
  return bag;
}

export function buildTitleNeighbours(
  labelled: readonly { title: string; target: CodeTarget }[],
): TitleNeighbours {
  const bags = labelled.map((item) => grams(item.title));
  const df = new Map<string, number>();
  for (const bag of bags) for (const gram of bag.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const n = bags.length;
  const idf = (gram: string) => Math.log((1 + n) / (1 + (df.get(gram) ?? 0))) + 1;
  const weigh = (bag: Map<string, number>): Map<string, number> => {
    const out = new Map<string, number>();
    let sum = 0;
    for (const [gram, tf] of bag) {
      const w = Math.log1p(tf) * idf(gram);
      out.set(gram, w);
      sum += w * w;
    }
    const length = Math.sqrt(sum) || 1;
    for (const [gram, w] of out) out.set(gram, w / length);
    return out;
  };
  // Postings: gram → (title, weight), for one pass over the titles sharing a gram with the query.
  const postings = new Map<string, { doc: number; w: number }[]>();
  bags.forEach((bag, doc) => {
    for (const [gram, w] of weigh(bag)) {
      const list = postings.get(gram) ?? [];
      list.push({ doc, w });
      postings.set(gram, list);
    }
  });
  const scores = new Float64Array(n);

  return {
    size: n,
    votes(title, { exclude = -1 } = {}) {
      scores.fill(0);
      const touched: number[] = [];
      for (const [gram, w] of weigh(grams(title))) {
        for (const { doc, w: dw } of postings.get(gram) ?? []) {
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = (scores[doc] as number) + w * dw;
        }
      }
      const nearest = touched
        .filter((doc) => doc !== exclude)
        .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
        .slice(0, NEIGHBOURS.k);
      const byTarget = new Map<string, NeighbourVote>();
      for (const doc of nearest) {
        const target = labelled[doc]?.target;
        if (!target) continue;
        const vote = byTarget.get(target.target) ?? { target, weight: 0 };
        vote.weight += (scores[doc] as number) ** NEIGHBOURS.power;
        byTarget.set(target.target, vote);
      }
      const best = nearest.length > 0 ? (scores[nearest[0] as number] as number) : 0;
      return { votes: [...byTarget.values()].sort((a, b) => b.weight - a.weight), best };
    },
  };
}
