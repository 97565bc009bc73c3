/**
 * The near-synonym lexicon (`near-synonym-list.ts`) as a lookup: for a word, the other words that
 * say the same work and how much credit each earns. Coverage by meaning adds them to an evidence
 * item's words when the item is read (`evidenceWords`), so the task side and the matching stay as
 * they are.
 */
import { NEAR_SYNONYM_LINES } from './near-synonym-list.js';

export const NEAR = Object.freeze({
  /** Credit of a word the lexicon lists as the same as the evidence's word. */
  same: 1,
  /**
   * Credit of a word it lists as close: above a shared character (0.5: 操控 ↔ 操作) and below every
   * character in order (0.85: 电焊 ↔ 电弧焊), fixed beforehand, not fitted.
   */
  close: 0.7,
});

/** One parsed line of the lexicon. */
export interface NearLine {
  /** Everyday words (left of `>`): not the classification's. */
  everyday: string[];
  /** Words that mean the same. */
  same: string[];
  /** Words close to each of `everyday` and `same`. */
  close: string[];
  /** Why (the text after ` # `). */
  why: string;
  line: string;
}

export function parseNearLines(lines: string): NearLine[] {
  const out: NearLine[] = [];
  for (const raw of lines.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const hash = line.indexOf(' # ');
    const body = hash < 0 ? line : line.slice(0, hash);
    const why = hash < 0 ? '' : line.slice(hash + 3).trim();
    const sides = body.split('>');
    const right = sides[sides.length - 1] ?? '';
    const parts = right.split('~');
    const words = (part: string | undefined) => (part ?? '').split(/\s+/).filter((w) => w.length > 0);
    const parsed = {
      everyday: sides.length > 1 ? words(sides[0]) : [],
      same: words(parts[0]),
      close: words(parts[1]),
      why,
      line,
    };
    const everydayOk = sides.length === 1 || parsed.everyday.length > 0;
    if (why.length === 0 || sides.length > 2 || parts.length > 2 || !everydayOk || parsed.same.length === 0)
      throw new Error(`bad near-synonym line: ${line}`);
    if (sides.length === 1 && parsed.same.length + parsed.close.length < 2)
      throw new Error(`bad near-synonym line: ${line}`);
    out.push(parsed);
  }
  return out;
}

/** Per word, the other words the lexicon says it stands for, with their credit (the best one). */
export type NearLexicon = ReadonlyMap<string, readonly (readonly [string, number])[]>;

export function nearLexicon(lines: readonly NearLine[], close: number = NEAR.close): NearLexicon {
  const credits = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, credit: number) => {
    if (a === b) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const row = credits.get(from) ?? new Map<string, number>();
      credits.set(from, row);
      row.set(to, Math.max(row.get(to) ?? 0, credit));
    }
  };
  for (const { everyday, same, close: closeWords } of lines) {
    // An everyday line links its everyday words only (修 to 维修 and 修理, not 维修 to 检修 again).
    const heads = everyday.length > 0 ? everyday : same;
    for (const a of heads) {
      for (const b of same) link(a, b, NEAR.same);
      for (const b of closeWords) link(a, b, close);
    }
  }
  return new Map([...credits].map(([word, row]) => [word, [...row]]));
}

/** The shipped lexicon. */
export const NEAR_SYNONYMS: NearLexicon = nearLexicon(parseNearLines(NEAR_SYNONYM_LINES));

let current: NearLexicon = NEAR_SYNONYMS;

/**
 * Runs `fn` with the lexicon's close credit changed (the coverage eval's k-fold; the product never
 * calls it), and restores the shipped lexicon afterwards.
 */
export function withCloseCredit<T>(close: number, fn: () => T): T {
  const before = current;
  current = nearLexicon(parseNearLines(NEAR_SYNONYM_LINES), close);
  try {
    return fn();
  } finally {
    current = before;
  }
}

/** The lexicon an index reads evidence with: the shipped one, or none when switched off (ablation). */
export function nearLexiconOf(state: { scoring: { nearSynonyms?: boolean } }): NearLexicon | null {
  return state.scoring.nearSynonyms === false ? null : current;
}

/**
 * Runs `fn` with another lexicon read in place of the shipped one (the eval's comparisons of
 * learned likeness; the product never calls it), and restores it afterwards.
 */
export function withNearLexicon<T>(lexicon: NearLexicon, fn: () => T): T {
  const before = current;
  current = lexicon;
  try {
    return fn();
  } finally {
    current = before;
  }
}

/**
 * A lexicon with `extra`'s pairs added at `credit` where `base` has no better one (the hand-written
 * lines always win: learned likeness is partial credit below them).
 */
export function withPairs(
  base: NearLexicon,
  extra: readonly (readonly [string, string])[],
  credit: number,
): NearLexicon {
  const rows = new Map<string, Map<string, number>>();
  for (const [word, row] of base) rows.set(word, new Map(row));
  for (const [a, b] of extra)
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const row = rows.get(from) ?? new Map<string, number>();
      rows.set(from, row);
      if ((row.get(to) ?? 0) < credit) row.set(to, credit);
    }
  return new Map([...rows].map(([word, row]) => [word, [...row]]));
}
