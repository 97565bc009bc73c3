/**
 * Words alike by how the classification uses them: two verbs are alike when they take the same
 * objects in the classification's own task statements and definitions (安装 / 装配 / 组装 of 设备,
 * 管线), two object words when the same verbs take them. Learned from the clauses coverage by meaning
 * already reads (verbs and objects by part of speech): positive pointwise mutual information of
 * verb–object pairs in one clause (contexts smoothed, α 0.75), the cosine of two words' PPMI
 * vectors, and the support (contexts both take); or, as substitutes, words that fill the same frame
 * of otherwise equal clauses (`learnSubstitutes`). Every pair is kept with its cosine and support, so
 * each credit can be traced to the text that made it.
 *
 * Tried as partial credit of coverage by meaning (issue 9, alike session) and not kept: matcher
 * README, "Words alike by how the classification uses them, tried and not kept"; the scripts that
 * read it are in `scripts/alike-tried/`. The product does not import this file.
 */
import { WORK_VERBS } from '../scoring/work-level.js';

export interface AlikeSettings {
  /** Least cosine of the two PPMI vectors. */
  minCosine: number;
  /** Least number of contexts both words take (objects for verbs, verbs for objects). */
  minSupport: number;
  /** Least number of verb–object pairs a word takes part in (as that part). */
  minCount: number;
  /** Each word of a pair among the other's `mutualTop` most alike (0: no such rule). */
  mutualTop: number;
  /**
   * Most of the rarer word's clauses that may also hold the other: words said together are parts or
   * steps listed side by side (客流、运力; 维护、保养), not one said for the other.
   */
  maxTogether: number;
}

export const ALIKE_SETTINGS: AlikeSettings = Object.freeze({
  minCosine: 0.1,
  minSupport: 10,
  minCount: 8,
  mutualTop: 3,
  maxTogether: 0.1,
});

/** One learned pair: `a` < `b`, the part they are alike as, the cosine and the support. */
export interface AlikePair {
  a: string;
  b: string;
  part: 'verb' | 'object';
  cosine: number;
  support: number;
}

type Counts = Map<string, Map<string, number>>;

function add(counts: Counts, word: string, context: string): void {
  let row = counts.get(word);
  if (!row) {
    row = new Map();
    counts.set(word, row);
  }
  row.set(context, (row.get(context) ?? 0) + 1);
}

/** Whether a word is a work verb of the given kind or contains one (电焊 is hands-on work). */
const isKind = (word: string, verbs: readonly string[]) => verbs.some((verb) => word.includes(verb));

/**
 * Whether two words must not be made alike: one inside the other (coverage by meaning already
 * matches them), or a verb of professional work with one of hands-on work (设计 is not 安装: the
 * level of work the classification contrasts).
 */
function excluded(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const professional = isKind(a, WORK_VERBS.professional) || isKind(b, WORK_VERBS.professional);
  const operational = isKind(a, WORK_VERBS.operational) || isKind(b, WORK_VERBS.operational);
  return professional && operational;
}

/** PPMI rows (word → context → value) from co-occurrence counts, contexts smoothed by α. */
function ppmi(counts: Counts, minCount: number, alpha = 0.75): Map<string, Map<string, number>> {
  const contextTotals = new Map<string, number>();
  let total = 0;
  for (const row of counts.values())
    for (const [context, n] of row) {
      contextTotals.set(context, (contextTotals.get(context) ?? 0) + n);
      total += n;
    }
  let smoothed = 0;
  for (const n of contextTotals.values()) smoothed += n ** alpha;
  const rows = new Map<string, Map<string, number>>();
  for (const [word, row] of counts) {
    let wordTotal = 0;
    for (const n of row.values()) wordTotal += n;
    if (wordTotal < minCount) continue;
    const out = new Map<string, number>();
    for (const [context, n] of row) {
      const pc = (contextTotals.get(context) as number) ** alpha / smoothed;
      const value = Math.log(n / total / ((wordTotal / total) * pc));
      if (value > 0) out.set(context, value);
    }
    if (out.size > 0) rows.set(word, out);
  }
  return rows;
}

function similarPairs(
  rows: Map<string, Map<string, number>>,
  part: AlikePair['part'],
  settings: AlikeSettings,
): AlikePair[] {
  const words = [...rows.keys()].sort();
  const norms = new Map<string, number>();
  for (const [word, row] of rows) {
    let s = 0;
    for (const v of row.values()) s += v * v;
    norms.set(word, Math.sqrt(s));
  }
  // Inverted: context → words taking it, so only words sharing a context are compared.
  const byContext = new Map<string, string[]>();
  for (const word of words)
    for (const context of (rows.get(word) as Map<string, number>).keys()) {
      const list = byContext.get(context) ?? [];
      list.push(word);
      byContext.set(context, list);
    }
  const out: AlikePair[] = [];
  for (const a of words) {
    const row = rows.get(a) as Map<string, number>;
    const dots = new Map<string, number>();
    const support = new Map<string, number>();
    for (const [context, value] of row)
      for (const b of byContext.get(context) as string[]) {
        if (b <= a) continue;
        dots.set(
          b,
          (dots.get(b) ?? 0) + value * ((rows.get(b) as Map<string, number>).get(context) as number),
        );
        support.set(b, (support.get(b) ?? 0) + 1);
      }
    for (const [b, dot] of dots) {
      const shared = support.get(b) as number;
      if (shared < settings.minSupport) continue;
      const cosine = dot / ((norms.get(a) as number) * (norms.get(b) as number));
      if (cosine < settings.minCosine || excluded(a, b)) continue;
      out.push({ a, b, part, cosine: Math.round(cosine * 1000) / 1000, support: shared });
    }
  }
  return out;
}

/** Keeps the pairs whose words are each among the other's `top` most alike (all when `top` is 0). */
function mutual(top: number): (pair: AlikePair, _: number, pairs: AlikePair[]) => boolean {
  let ranks: Map<string, string[]> | null = null;
  return (pair, _, pairs) => {
    if (top <= 0) return true;
    if (!ranks) {
      ranks = new Map();
      const sorted = [...pairs].sort((x, y) => y.cosine - x.cosine);
      for (const p of sorted)
        for (const [from, to] of [
          [p.a, p.b],
          [p.b, p.a],
        ] as const) {
          const key = `${p.part}:${from}`;
          const list = ranks.get(key) ?? [];
          list.push(to);
          ranks.set(key, list);
        }
    }
    const near = (from: string, to: string) =>
      (ranks?.get(`${pair.part}:${from}`) ?? []).slice(0, top).includes(to);
    return near(pair.a, pair.b) && near(pair.b, pair.a);
  };
}

/** The clauses' verbs and objects (each clause: its action words and its other words). */
export interface VerbObjectClause {
  text: string;
  actions: readonly string[];
  objects: readonly string[];
}

/** Learns the pairs of alike verbs and alike objects from the clauses. */
export function learnAlike(
  clauses: readonly VerbObjectClause[],
  settings: AlikeSettings = ALIKE_SETTINGS,
): AlikePair[] {
  const verbs: Counts = new Map();
  const objects: Counts = new Map();
  // Each clause once: many occupations repeat a task word for word.
  const seen = new Set<string>();
  const together: Counts = new Map();
  const count = new Map<string, number>();
  for (const clause of clauses) {
    if (seen.has(clause.text)) continue;
    seen.add(clause.text);
    for (const list of [clause.actions, clause.objects]) {
      const words = [...new Set(list)];
      for (const word of words)
        count.set(
          `${list === clause.actions ? 'v' : 'o'}${word}`,
          (count.get(`${list === clause.actions ? 'v' : 'o'}${word}`) ?? 0) + 1,
        );
      for (const a of words) for (const b of words) if (a < b) add(together, a, b);
    }
    for (const verb of new Set(clause.actions))
      for (const object of new Set(clause.objects)) {
        if (verb === object) continue;
        add(verbs, verb, object);
        add(objects, object, verb);
      }
  }
  const apart = (pair: AlikePair) => {
    const key = pair.part === 'verb' ? 'v' : 'o';
    const rarer = Math.min(count.get(key + pair.a) ?? 0, count.get(key + pair.b) ?? 0);
    return (together.get(pair.a)?.get(pair.b) ?? 0) <= settings.maxTogether * rarer;
  };
  return [
    ...similarPairs(ppmi(verbs, settings.minCount), 'verb', settings),
    ...similarPairs(ppmi(objects, settings.minCount), 'object', settings),
  ]
    .filter(apart)
    .filter(mutual(settings.mutualTop))
    .sort((x, y) => y.cosine - x.cosine || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

/**
 * Substitutes: two words of one part (verbs, or objects) that fill the same frame — two clauses of
 * the classification whose other words are all the same (安装 / 装配 of 成品) — in at least
 * `minFrames` frames; with `neverTogether`, only words no clause says together (steps listed side
 * by side, 安装、调试, fill each other's frames too). The support is the number of frames.
 */
export function learnSubstitutes(
  clauses: readonly VerbObjectClause[],
  { minFrames, neverTogether }: { minFrames: number; neverTogether: boolean },
): AlikePair[] {
  const seen = new Set<string>();
  const frames = new Map<string, Set<string>>();
  const together = new Set<string>();
  for (const clause of clauses) {
    if (seen.has(clause.text)) continue;
    seen.add(clause.text);
    const verbs = [...new Set(clause.actions)].sort();
    const objects = [...new Set(clause.objects)].sort();
    for (const [part, list, other] of [
      ['verb', verbs, objects],
      ['object', objects, verbs],
    ] as const) {
      for (const a of list) for (const b of list) if (a < b) together.add(`${a} ${b}`);
      list.forEach((word, i) => {
        const rest = list.filter((_, j) => j !== i);
        if (other.length === 0 && rest.length === 0) return;
        const key = `${part}|${rest.join(' ')}|${other.join(' ')}`;
        const words = frames.get(key) ?? new Set<string>();
        words.add(word);
        frames.set(key, words);
      });
    }
  }
  const counts = new Map<string, number>();
  for (const [key, words] of frames) {
    // A frame many words fill is a list of kinds, not a place where one word stands for another.
    if (words.size < 2 || words.size > 6) continue;
    const list = [...words].sort();
    const part = key.slice(0, key.indexOf('|'));
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const pair = `${part} ${list[i]} ${list[j]}`;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
  }
  const out: AlikePair[] = [];
  for (const [pair, support] of counts) {
    const [part, a, b] = pair.split(' ') as [AlikePair['part'], string, string];
    if (support < minFrames || excluded(a, b)) continue;
    if (neverTogether && together.has(`${a} ${b}`)) continue;
    out.push({ a, b, part, cosine: 1, support });
  }
  return out.sort((x, y) => y.support - x.support || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}
