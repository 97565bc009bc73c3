/**
 * The text analyser: normalise, segment Chinese with jieba (plus a user dictionary built from the
 * taxonomy), keep Latin words, drop stop words, add character bigrams and synonym expansions.
 * Its output is a bag of weighted terms; weighting against the corpus happens in `vector/`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { ENGLISH_LINES } from './english-list.js';
import { EVERYDAY_LINES } from './everyday-list.js';
import { EVERYDAY_OCCUPATION_LINES } from './everyday-occupation-list.js';
import { normalizeText, splitRuns } from './normalize.js';
import { SHORT_FORM_LINES } from './short-form-list.js';
import { EVIDENCE_FORM_WORDS, isNoiseLatin, POSTING_NOISE, STOP_CHARS, STOP_WORDS } from './stop-words.js';
import { SYNONYM_LINES } from './synonym-list.js';
import { parseSynonymLines, SynonymMatcher } from './synonyms.js';
import { TECH_TERMS } from './tech-terms.js';
import { discoverTerms } from './term-discovery.js';
import { type ReadWord, readWorkPhrases, WORK_NOUNS, type WorkCompound } from './work-phrases.js';

/**
 * Jieba's own dictionary (5 MB), read when a segmenter is first made. `@node-rs/jieba/dict.js` reads
 * it and the 6 MB IDF table, which nothing here uses, as soon as it is imported: processes that
 * never segment (a cluster's primary) paid both at start-up.
 */
function jiebaDictionary(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
}

/**
 * How often everyday Chinese says some words: their counts in jieba's dictionary (frequencies from a
 * general corpus), and the total of its content words (no stop word), the same kind of words a
 * clause's `tagged` words are. Words the dictionary lacks are left out. Reads the dictionary (5 MB).
 */
export function everydayCounts(words: ReadonlySet<string>): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const line of jiebaDictionary().toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const word = line.slice(0, space);
    const count = Number.parseInt(line.slice(space + 1), 10);
    if (!Number.isFinite(count) || !isContent(word)) continue;
    total += count;
    if (words.has(word)) counts.set(word, count);
  }
  return { counts, total };
}

/** Weighted term counts: term → summed weight of its occurrences. */
export type TermBag = Map<string, number>;

/** Prefix of character-bigram terms, so that a bigram never collides with a two-character word. */
export const NGRAM_PREFIX = '~';

export interface AnalyzerOptions {
  /** Add character bigrams of Han text (robust to wording jieba segments differently). */
  ngrams?: boolean;
  /** Weight of one bigram occurrence relative to one word occurrence. */
  ngramWeight?: number;
  /** Expand colloquial phrases of queries into the classification's words. */
  synonyms?: boolean;
  /** Weight of one expanded word relative to a word the text itself contains. */
  synonymWeight?: number;
  /** Also expand with the everyday-vocabulary lexicon (`everyday-list.ts`), when synonyms are on. */
  everyday?: boolean;
  /** Also the everyday words written occupation by occupation (`everyday-occupation-list.ts`), with `everyday`. */
  everydayOccupations?: boolean;
  /**
   * Also read English (`english-list.ts`, when synonyms are on): English words of work and their
   * inflections give the classification's words, in the text's terms and as the actions and objects
   * of its clauses, so English evidence and mixed titles (Java开发, CNC操作工) are read.
   */
  english?: boolean;
  /** Weight of one English word's official words relative to a word the text itself contains. */
  englishWeight?: number;
  /** Also expand short forms and everyday names of institutions and places (`short-form-list.ts`). */
  shortForms?: boolean;
  /** Build a user dictionary from the taxonomy (discovered terms plus the technical term list). */
  userDictionary?: boolean;
  /** Also index the dictionary words inside long words (挖掘机 → 挖掘), at this weight; 0 = off. */
  subwordWeight?: number;
  /**
   * Read actions said as nouns by the head of their phrase (`work-phrases.ts`: 负责设备的安装调试工作 →
   * 安装, 调试 on 设备; 做过数据分析 → 分析 on 数据) in the clauses coverage by meaning reads; off: every
   * word as jieba tags it.
   */
  workPhrases?: boolean;
}

/** Everything that depends on analyser options, in one record (goes into the index's fingerprint). */
export type ResolvedAnalyzerOptions = Required<AnalyzerOptions>;

export const DEFAULT_ANALYZER_OPTIONS: ResolvedAnalyzerOptions = Object.freeze({
  ngrams: true,
  ngramWeight: 0.5,
  synonyms: true,
  synonymWeight: 0.6,
  everyday: true,
  everydayOccupations: true,
  english: true,
  englishWeight: 1,
  shortForms: true,
  userDictionary: true,
  subwordWeight: 0.5,
  workPhrases: true,
});

export interface Analyzer {
  readonly options: ResolvedAnalyzerOptions;
  /** Words added to jieba's dictionary (sorted). */
  readonly userWords: readonly string[];
  /**
   * Terms of a text. `expand` applies the synonym list (queries only; taxonomy text is official
   * already); `posting` also drops job-posting noise (titles and role texts being classified).
   */
  analyze(text: string, opts?: { expand?: boolean; posting?: boolean; evidence?: boolean }): TermBag;
  /** The words of a text in order, stop words removed: what explanations show. */
  words(text: string, opts?: { posting?: boolean }): string[];
  /** Indices of the synonym entries a text mentions. */
  synonymHits(text: string): number[];
  /**
   * Content words of one clause in order, each marked as an action (a verb, by jieba's part-of-speech
   * tags) or not; stop words and, with `evidence`, form-of-evidence words left out.
   */
  tagged(text: string, opts?: { evidence?: boolean }): { word: string; action: boolean }[];
  /**
   * Every segment of a text in order, stop words and punctuation included, with jieba's part-of-speech
   * tag: the segments join back into the normalised text (what next steps cut phrases from).
   */
  segments(text: string): { word: string; tag: string }[];
  /** The official words the synonym list gives a text (带货 → 直播, 营销, 推广 …). */
  expansions(text: string): string[];
  /**
   * The classification's words its English words stand for, as one Chinese text ('' when it has
   * none): what counts the verbs of English evidence for the level of work.
   */
  translation(text: string): string;
}

/**
 * Creates an analyser fitted on `corpus` (the taxonomy's names, definitions and task statements):
 * terms that jieba breaks apart there join its dictionary.
 */
export function createAnalyzer(corpus: readonly string[], options: AnalyzerOptions = {}): Analyzer {
  const resolved: ResolvedAnalyzerOptions = { ...DEFAULT_ANALYZER_OPTIONS, ...options };
  if (!resolved.userDictionary) return analyzerWithWords([], resolved);
  const plain = Jieba.withDict(jiebaDictionary());
  const discovered = discoverTerms(corpus, (text) => plain.cut(text, false));
  return analyzerWithWords([...new Set([...TECH_TERMS, ...discovered])].sort(), resolved, plain);
}

/**
 * The analyser with a known user dictionary (a stored index's, see `snapshot/`): nothing is
 * discovered, and jieba loads its dictionaries on the first text analysed, not before.
 */
export function analyzerWithWords(
  userWords: string[],
  resolved: ResolvedAnalyzerOptions,
  loaded?: Jieba,
): Analyzer {
  let jieba: Jieba | undefined;
  const segmenter = (): Jieba => {
    if (jieba) return jieba;
    jieba = loaded ?? Jieba.withDict(jiebaDictionary());
    // A high frequency makes jieba prefer the whole term over its fragments.
    if (userWords.length > 0)
      jieba.loadDict(Buffer.from(userWords.map((word) => `${word} 50000 n`).join('\n'), 'utf8'));
    return jieba;
  };
  const segmentHan = (text: string): string[] => segmenter().cut(text, false);
  const subwordCache = new Map<string, string[]>();
  /** Dictionary words inside a long word (jieba's search mode), without the word itself. */
  const subwords = (word: string): string[] => {
    let parts = subwordCache.get(word);
    if (!parts) {
      parts = [...new Set(segmenter().cutForSearch(word, false))].filter(
        (part) => part !== word && part.length >= 2 && isContent(part),
      );
      if (subwordCache.size < 200_000) subwordCache.set(word, parts);
    }
    return parts;
  };

  const tagOf = (word: string): string | undefined => {
    const tags = segmenter().tag(word, false);
    return tags.length === 1 ? tags[0]?.tag : undefined;
  };
  const compoundCache = new Map<string, WorkCompound | null>();
  /**
   * A compound noun that ends in a verb, as its object part and that verb (数据分析 → 数据, 分析;
   * 管理工作 → —, 管理; 质量检验工作 → 质量, 检验), by the dictionary words it is made of; null otherwise.
   */
  const workCompound = (word: string): WorkCompound | null => {
    let found = compoundCache.get(word);
    if (found !== undefined) return found;
    found = null;
    if (word.length >= 4 && /^[\u3400-\u9fff]+$/.test(word)) {
      const parts = new Set(segmenter().cutForSearch(word, false));
      for (let k = word.length - 2; k >= 2 && !found; k--) {
        const head = word.slice(k);
        const rest = word.slice(0, k);
        if (!parts.has(head) || !parts.has(rest)) continue;
        if (WORK_NOUNS.has(head)) {
          const tag = tagOf(rest);
          if (tag === 'v' || tag === 'vn') found = [null, rest];
          else found = workCompound(rest);
        } else {
          const tag = tagOf(head);
          if (tag === 'v' || tag === 'vn') found = [rest, head];
        }
      }
    }
    if (compoundCache.size < 100_000) compoundCache.set(word, found);
    return found;
  };

  const synonymEntries = parseSynonymLines(SYNONYM_LINES);
  if (resolved.everyday) synonymEntries.push(...parseSynonymLines(EVERYDAY_LINES, synonymEntries.length));
  if (resolved.everyday && resolved.everydayOccupations)
    synonymEntries.push(...parseSynonymLines(EVERYDAY_OCCUPATION_LINES, synonymEntries.length));
  if (resolved.shortForms) synonymEntries.push(...parseSynonymLines(SHORT_FORM_LINES, synonymEntries.length));
  const firstEnglish = synonymEntries.length;
  if (resolved.english) synonymEntries.push(...parseSynonymLines(ENGLISH_LINES, firstEnglish));
  const synonyms = new SynonymMatcher(synonymEntries);
  const tagWords = (text: string): { word: string; action: boolean }[] => {
    const out: { word: string; action: boolean }[] = [];
    for (const { tag, word } of segmenter().tag(text, false)) {
      const trimmed = word.trim();
      if (trimmed.length === 0 || !/[\u3400-\u9fffa-z0-9]/.test(trimmed) || !isContent(trimmed)) continue;
      out.push({ word: trimmed, action: (tag === 'v' || tag === 'vn') && trimmed.length >= 2 });
    }
    return out;
  };
  /** An English entry's official words as a clause reads them: each tagged an action (verb) or not. */
  const translationList: ({ word: string; action: boolean }[] | undefined)[] = [];
  const translation = (hit: number): { word: string; action: boolean }[] =>
    (translationList[hit] ??= tagWords((synonymEntries[hit]?.official ?? []).join('，')));

  // Official words of each entry, segmented like taxonomy text so they meet it term for term.
  let expansionList: string[][] | undefined;
  const expansions = (): string[][] =>
    (expansionList ??= synonymEntries.map((entry) =>
      entry.official.flatMap((word) => segmentHan(word).filter(isContent)),
    ));

  /**
   * Words, Latin tokens, and the Han spans bigrams are taken from: runs of consecutive content
   * words, so that stop words (包吃住, 急招) leave no bigrams behind.
   */
  function tokens(
    normalized: string,
    posting: boolean,
    evidence = false,
  ): { words: string[]; latin: string[]; hanRuns: string[] } {
    const isKept = (word: string) =>
      isContent(word) &&
      !(posting && POSTING_NOISE.has(word)) &&
      !(evidence && EVIDENCE_FORM_WORDS.has(word));
    const words: string[] = [];
    const latin: string[] = [];
    const hanRuns: string[] = [];
    for (const run of splitRuns(normalized)) {
      if (run.script === 'latin') {
        latin.push(run.text);
        if (!isNoiseLatin(run.text) && isKept(run.text)) words.push(run.text);
        continue;
      }
      let span = '';
      for (const segment of segmentHan(run.text)) {
        if (isKept(segment)) {
          words.push(segment);
          span += segment;
        } else {
          if (span.length > 1) hanRuns.push(span);
          span = '';
        }
      }
      if (span.length > 1) hanRuns.push(span);
    }
    return { words, latin, hanRuns };
  }

  /**
   * The expanded bags of the latest texts read without `posting`, by normalised text, and whether
   * `posting` would drop none of their words: then the posting reading is the same bag, and it is
   * handed out again (an evidence item's title and description are read for its vector and then
   * for its role reading; `titleFeatures` only reads the bag). Small: cleared when full.
   */
  const expandedBags = new Map<string, { bag: TermBag; postingSame: boolean }>();
  const expandedKey = (normalized: string, evidence: boolean) =>
    evidence ? `e${normalized}` : `-${normalized}`;

  return {
    options: resolved,
    userWords,
    analyze(text, { expand = false, posting = false, evidence = false } = {}) {
      const normalized = normalizeText(text);
      if (normalized.length === 0) return new Map();
      if (expand && posting) {
        const read = expandedBags.get(expandedKey(normalized, evidence));
        if (read?.postingSame) return read.bag;
      }
      const bag: TermBag = new Map();
      const add = (term: string, weight: number) => bag.set(term, (bag.get(term) ?? 0) + weight);
      const { words, latin, hanRuns } = tokens(normalized, posting, evidence);
      if (expand && !posting) {
        // `posting` keeps a word unless it is posting noise; with none of those, it keeps the same
        // words, Latin tokens and Han spans, so the same bag.
        if (expandedBags.size >= EXPANDED_BAGS) expandedBags.clear();
        expandedBags.set(expandedKey(normalized, evidence), {
          bag,
          postingSame: !words.some((word) => POSTING_NOISE.has(word)),
        });
      }
      const subwordsHere = resolved.subwordWeight > 0;
      for (const word of words) {
        add(word, 1);
        if (subwordsHere && word.length >= 3) {
          for (const part of subwords(word)) add(part, resolved.subwordWeight);
        }
      }
      if (resolved.ngrams) {
        for (const run of hanRuns) {
          for (let i = 0; i + 1 < run.length; i++) {
            const a = run.charAt(i);
            const b = run.charAt(i + 1);
            if (STOP_CHARS.has(a) || STOP_CHARS.has(b)) continue;
            add(NGRAM_PREFIX + a + b, resolved.ngramWeight);
          }
        }
      }
      if (expand && resolved.synonyms) {
        for (const hit of synonyms.match(normalized, latin)) {
          const weight = hit >= firstEnglish ? resolved.englishWeight : resolved.synonymWeight;
          for (const word of expansions()[hit] ?? []) add(word, weight);
        }
      }
      return bag;
    },
    words(text, { posting = false } = {}) {
      return tokens(normalizeText(text), posting).words;
    },
    synonymHits(text) {
      const normalized = normalizeText(text);
      return synonyms.match(normalized, latinRuns(normalized));
    },
    expansions(text) {
      const normalized = normalizeText(text);
      const hits = synonyms.match(normalized, latinRuns(normalized));
      return [...new Set(hits.flatMap((hit) => expansions()[hit] ?? []))];
    },
    translation(text) {
      const normalized = normalizeText(text);
      if (!resolved.english || !resolved.synonyms || !/[a-z]/.test(normalized)) return '';
      return synonyms
        .match(normalized, latinRuns(normalized))
        .filter((hit) => hit >= firstEnglish)
        .map((hit) => synonymEntries[hit]?.official.join('，') ?? '')
        .join('。');
    },
    segments(text) {
      return segmenter()
        .tag(normalizeText(text), false)
        .map(({ word, tag }) => ({ word, tag }));
    },
    tagged(text, { evidence = false } = {}) {
      const normalized = normalizeText(text);
      const keep = (word: string): boolean => {
        if (word.length === 0 || !/[\u3400-\u9fffa-z0-9]/.test(word)) return false;
        if (!isContent(word) || (evidence && EVIDENCE_FORM_WORDS.has(word))) return false;
        return !(/^[a-z0-9]/.test(word) && isNoiseLatin(word));
      };
      const tokens = segmenter()
        .tag(normalized, false)
        .map(({ tag, word }) => ({ tag, word: word.trim() }))
        .filter((token) => token.word.length > 0);
      // Actions said as nouns read by the head of their phrase (`work-phrases.ts`), or each word as tagged.
      const out: ReadWord[] = resolved.workPhrases
        ? readWorkPhrases(tokens, keep, workCompound)
        : tokens
            .filter((token) => keep(token.word))
            .map(({ tag, word }) => ({ word, action: (tag === 'v' || tag === 'vn') && word.length >= 2 }));
      // English words of work stand for the classification's words in the clause, verbs as actions.
      if (resolved.english && resolved.synonyms && /[a-z]/.test(normalized)) {
        const seen = new Set(out.map((w) => `${w.action ? 1 : 0}${w.word}`));
        for (const hit of synonyms.match(normalized, latinRuns(normalized))) {
          if (hit < firstEnglish) continue;
          for (const w of translation(hit)) {
            const key = `${w.action ? 1 : 0}${w.word}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(w);
          }
        }
      }
      return out;
    },
  };
}

/** Texts whose expanded bag `analyze` keeps for a posting reading of the same text. */
const EXPANDED_BAGS = 64;

/** The Latin runs of a normalised text, as `tokens` lists them (without segmenting its Han runs). */
function latinRuns(normalized: string): string[] {
  const latin: string[] = [];
  for (const run of splitRuns(normalized)) if (run.script === 'latin') latin.push(run.text);
  return latin;
}

function isContent(word: string): boolean {
  return !STOP_WORDS.has(word) && !(word.length === 1 && STOP_CHARS.has(word));
}
