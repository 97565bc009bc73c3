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

/**
 * Past tenses and participles English does not make with -ed (a short list of the verbs of work);
 * those that are also everyday nouns (saw, ground, wound, left) are left out on purpose.
 */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  build: ['built'],
  buy: ['bought'],
  catch: ['caught'],
  cut: ['cut'],
  deal: ['dealt'],
  dig: ['dug'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  feed: ['fed'],
  fly: ['flew', 'flown'],
  freeze: ['froze', 'frozen'],
  give: ['gave', 'given'],
  grow: ['grew', 'grown'],
  hold: ['held'],
  keep: ['kept'],
  lay: ['laid'],
  lead: ['led'],
  make: ['made'],
  run: ['ran'],
  sell: ['sold'],
  send: ['sent'],
  set: ['set'],
  sew: ['sewn'],
  shoot: ['shot'],
  sweep: ['swept'],
  spin: ['spun'],
  take: ['took', 'taken'],
  teach: ['taught'],
  weave: ['wove', 'woven'],
  write: ['wrote', 'written'],
};

/**
 * The inflected forms of an English word (plural or third person, -ing, -ed, and the irregular
 * past), by the spelling rules: carry → carries, carried; make → making, made; plan → planning,
 * planned (and planing: a doubling the rules cannot decide is generated both ways). Words shorter
 * than three letters or with digits get none.
 */
export function inflections(word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word)) return [];
  const forms = new Set<string>(IRREGULAR[word] ?? []);
  const consonantY = /[^aeiou]y$/.test(word);
  if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else if (consonantY) forms.add(`${word.slice(0, -1)}ies`);
  else forms.add(`${word}s`);
  if (word.endsWith('ie')) {
    forms.add(`${word.slice(0, -2)}ying`);
    forms.add(`${word}d`);
  } else if (word.endsWith('e') && !word.endsWith('ee')) {
    forms.add(`${word.slice(0, -1)}ing`);
    forms.add(`${word}d`);
  } else if (consonantY) {
    forms.add(`${word}ing`);
    forms.add(`${word.slice(0, -1)}ied`);
  } else {
    forms.add(`${word}ing`);
    forms.add(`${word}ed`);
    if (/[^aeiou][aeiou][^aeiouwxy]$/.test(word)) {
      const last = word.charAt(word.length - 1);
      forms.add(`${word}${last}ing`);
      forms.add(`${word}${last}ed`);
    }
  }
  forms.delete(word);
  return [...forms];
}

/**
 * Finds the entries whose patterns occur in a text: Han patterns anywhere, Latin ones as whole
 * words. English words match in any inflection (`weld` meets welds, welding, welded; `feed the
 * cows` meets fed the cows), except that a word written as a pattern of its own is read only as
 * itself (`glasses` stays glasses, never glass).
 */
export class SynonymMatcher {
  readonly entries: readonly SynonymEntry[];
  /** Han patterns by first character, for a single pass over the text. */
  readonly #byFirstChar = new Map<string, { pattern: string; entry: number }[]>();
  /** Latin patterns as word sequences (base forms), by first word. */
  readonly #byFirstWord = new Map<string, { words: string[]; entry: number }[]>();
  /** Inflected form → the pattern word it inflects. */
  readonly #base = new Map<string, string>();
  /** Latin patterns of one word: read only as themselves. */
  readonly #own = new Set<string>();

  constructor(entries: readonly SynonymEntry[]) {
    this.entries = entries;
    const latin: { words: string[]; entry: number }[] = [];
    for (const entry of entries) {
      for (const pattern of entry.patterns) {
        if (HAN.test(pattern)) continue;
        const words = splitRuns(pattern).map((run) => run.text);
        if (words.length === 1) this.#own.add(words[0] as string);
        latin.push({ words, entry: entry.index });
      }
    }
    for (const { words } of latin)
      for (const word of words)
        for (const form of inflections(word))
          if (!this.#own.has(form) && !this.#base.has(form)) this.#base.set(form, word);
    for (const entry of entries) {
      for (const pattern of entry.patterns) {
        if (HAN.test(pattern)) {
          const first = pattern.charAt(0);
          const list = this.#byFirstChar.get(first) ?? [];
          list.push({ pattern, entry: entry.index });
          this.#byFirstChar.set(first, list);
        } else {
          const words = splitRuns(pattern).map((run) => this.#baseOf(run.text));
          const first = words[0];
          if (first === undefined) continue;
          const list = this.#byFirstWord.get(first) ?? [];
          list.push({ words, entry: entry.index });
          this.#byFirstWord.set(first, list);
        }
      }
    }
  }

  /** The pattern word an English word inflects, or the word itself. */
  #baseOf(word: string): string {
    return this.#own.has(word) ? word : (this.#base.get(word) ?? word);
  }

  /** Indices of the entries mentioned in `normalized` (already passed through `normalizeText`), ascending. */
  match(normalized: string, latinWords: readonly string[]): number[] {
    const hits = new Set<number>();
    for (let i = 0; i < normalized.length; i++) {
      const list = this.#byFirstChar.get(normalized.charAt(i));
      if (!list) continue;
      for (const { pattern, entry } of list) if (normalized.startsWith(pattern, i)) hits.add(entry);
    }
    if (latinWords.length === 0) return [...hits].sort((a, b) => a - b);
    const bases = latinWords.map((word) => this.#baseOf(word));
    for (let i = 0; i < bases.length; i++) {
      const list = this.#byFirstWord.get(bases[i] ?? '');
      if (!list) continue;
      for (const { words, entry } of list) {
        if (words.every((word, k) => bases[i + k] === word)) hits.add(entry);
      }
    }
    return [...hits].sort((a, b) => a - b);
  }
}
