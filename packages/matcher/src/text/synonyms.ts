/** Parses the synonym list and finds which entries a text mentions. */
import { normalizeText, splitRuns } from './normalize.js';

export interface SynonymEntry {
  /** Index of the entry in the list (stable, used to report which entries fired). */
  index: number;
  patterns: string[];
  /** The official words the entry stands for, as written in the list. */
  official: string[];
  /** Where the entry comes from (`# …` after the official words; the everyday lexicon's minor group). */
  source?: string;
}

const HAN = /[\u3400-\u9fff]/;

/**
 * Parses `pattern|pattern > official words` lines, each optionally followed by ` # source`; blank
 * lines are skipped, malformed ones throw. Indices continue from `first` (several lists, one matcher).
 */
export function parseSynonymLines(lines: string, first = 0): SynonymEntry[] {
  const entries: SynonymEntry[] = [];
  for (const raw of lines.split('\n')) {
    const [body = '', source] = raw.split(' # ');
    const line = body.trim();
    if (line.length === 0) continue;
    const [left, right, extra] = line.split(' > ');
    if (left === undefined || right === undefined || extra !== undefined)
      throw new Error(`bad synonym line: ${line}`);
    const patterns = left
      .split('|')
      .map((p) => normalizeText(p.trim()))
      .filter((p) => p.length > 0);
    const official = right.split(/\s+/).filter((w) => w.length > 0);
    if (patterns.length === 0 || official.length === 0) throw new Error(`bad synonym line: ${line}`);
    const entry: SynonymEntry = { index: first + entries.length, patterns, official };
    if (source !== undefined && source.trim() !== '') entry.source = source.trim();
    entries.push(entry);
  }
  return entries;
}

/** Finds the entries whose patterns occur in a text: Han patterns anywhere, Latin ones as whole words. */
export class SynonymMatcher {
  readonly entries: readonly SynonymEntry[];
  /** Han patterns by first character, for a single pass over the text. */
  readonly #byFirstChar = new Map<string, { pattern: string; entry: number }[]>();
  /** Latin patterns as word sequences, by first word. */
  readonly #byFirstWord = new Map<string, { words: string[]; entry: number }[]>();

  constructor(entries: readonly SynonymEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const pattern of entry.patterns) {
        if (HAN.test(pattern)) {
          const first = pattern.charAt(0);
          const list = this.#byFirstChar.get(first) ?? [];
          list.push({ pattern, entry: entry.index });
          this.#byFirstChar.set(first, list);
        } else {
          const words = splitRuns(pattern).map((run) => run.text);
          const first = words[0];
          if (first === undefined) continue;
          const list = this.#byFirstWord.get(first) ?? [];
          list.push({ words, entry: entry.index });
          this.#byFirstWord.set(first, list);
        }
      }
    }
  }

  /** Indices of the entries mentioned in `normalized` (already passed through `normalizeText`), ascending. */
  match(normalized: string, latinWords: readonly string[]): number[] {
    const hits = new Set<number>();
    for (let i = 0; i < normalized.length; i++) {
      const list = this.#byFirstChar.get(normalized.charAt(i));
      if (!list) continue;
      for (const { pattern, entry } of list) if (normalized.startsWith(pattern, i)) hits.add(entry);
    }
    for (let i = 0; i < latinWords.length; i++) {
      const list = this.#byFirstWord.get(latinWords[i] ?? '');
      if (!list) continue;
      for (const { words, entry } of list) {
        if (words.every((word, k) => latinWords[i + k] === word)) hits.add(entry);
      }
    }
    return [...hits].sort((a, b) => a - b);
  }
}
