/**
 * Finds terms of the taxonomy that the stock jieba dictionary breaks into fragments, so that the
 * user dictionary keeps them whole. A candidate is a run of 2–3 adjacent segments that includes a
 * one-character fragment, recurs in the taxonomy, is cohesive (the fragment mostly appears inside
 * it) and is free at both ends (several different neighbours on each side).
 */
import { STOP_CHARS } from './stop-words.js';

export interface DiscoveryOptions {
  /** Minimum occurrences across all texts. */
  minCount?: number;
  /** Minimum share of a one-character fragment's occurrences that fall inside the candidate. */
  minCohesion?: number;
  /** Minimum number of distinct neighbours on each side. */
  minNeighbours?: number;
}

/** Leading verbs that glue onto the object they act on; a term never starts with one. */
const LEADING_VERBS = new Set([
  '操作',
  '进行',
  '运用',
  '使用',
  '处理',
  '制成',
  '输送',
  '研究',
  '根据',
  '办理',
  '制订',
  '指导',
]);

interface Candidate {
  count: number;
  parts: string[];
  left: Set<string>;
  right: Set<string>;
}

/**
 * Discovers terms from segmented text. `segment` is the stock segmenter; `texts` the taxonomy's
 * names, definitions and task statements.
 *
 * @example discoverTerms(texts, (s) => jieba.cut(s, false)) // ['区块链', '大数据', '运维', …]
 */
export function discoverTerms(
  texts: readonly string[],
  segment: (text: string) => string[],
  { minCount = 3, minCohesion = 0.3, minNeighbours = 2 }: DiscoveryOptions = {},
): string[] {
  const fragmentCounts = new Map<string, number>();
  const candidates = new Map<string, Candidate>();
  for (const text of texts) {
    for (const match of text.matchAll(/[\u4e00-\u9fff]+/g)) {
      const tokens = segment(match[0]);
      for (const token of tokens)
        if (token.length === 1) fragmentCounts.set(token, (fragmentCounts.get(token) ?? 0) + 1);
      for (let start = 0; start < tokens.length; start++) {
        for (let n = 2; n <= 3 && start + n <= tokens.length; n++) {
          const parts = tokens.slice(start, start + n);
          if (!isPlausible(parts)) continue;
          const term = parts.join('');
          let candidate = candidates.get(term);
          if (!candidate) {
            candidate = { count: 0, parts, left: new Set(), right: new Set() };
            candidates.set(term, candidate);
          }
          candidate.count++;
          // A text boundary counts as a fresh neighbour each time: the term stands alone there.
          candidate.left.add(tokens[start - 1] ?? `^${candidate.count}`);
          candidate.right.add(tokens[start + n] ?? `$${candidate.count}`);
        }
      }
    }
  }
  const terms: string[] = [];
  for (const [term, candidate] of candidates) {
    if (candidate.count < minCount) continue;
    if (candidate.left.size < minNeighbours || candidate.right.size < minNeighbours) continue;
    const cohesion = Math.min(
      ...candidate.parts
        .filter((part) => part.length === 1)
        .map((part) => candidate.count / (fragmentCounts.get(part) ?? candidate.count)),
    );
    if (cohesion >= minCohesion) terms.push(term);
  }
  return terms.sort();
}

function isPlausible(parts: string[]): boolean {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!parts.some((part) => part.length === 1)) return false;
  if (parts.some((part) => part.length === 1 && STOP_CHARS.has(part))) return false;
  if (STOP_CHARS.has(first.charAt(0)) || STOP_CHARS.has(last.charAt(last.length - 1))) return false;
  if (LEADING_VERBS.has(first)) return false;
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  return length >= 2 && length <= 6;
}
