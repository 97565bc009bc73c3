/**
 * One classification's rules as an object: core (import, storage), the matcher and the pages ask
 * it instead of knowing a code grammar such as `M-MM-MM-MM`, a parent rule such as `code.slice(0, 7)`
 * or level names such as 大类.
 */
import type { GroupRank, LevelRank, SchemeLevelSpec, SchemeSpec } from './scheme.spec.js';

export type Lang = 'zh' | 'en';

export interface SchemeLevel extends SchemeLevelSpec {
  /** 1 at the top; the occupation level is the scheme's depth. */
  level: number;
}

export type GroupCodes = Record<GroupRank, string | null>;

const CHARS = { digit: '\\d', upper: '[A-Z]', lower: '[a-z]', alnum: '[A-Za-z0-9]' } as const;

/** Escapes a separator for a regular expression that is also valid as an HTML `pattern` (v flag). */
const escapeSeparator = (s: string) => (s === '.' || s === '/' ? `\\${s}` : s);

/** `a, b or c` */
const orList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/**
 * The scheme object of a (validated) spec. A class with plain fields, so two schemes built from
 * equal specs compare equal; methods are on the prototype (call them on the scheme, not detached).
 */
export class TaxonomyScheme {
  readonly spec: SchemeSpec;
  readonly id: string;
  readonly levels: readonly SchemeLevel[];
  /** Number of levels; occupations sit at this level. */
  readonly depth: number;
  /** An occupation code for an HTML `pattern` attribute (no anchors). */
  readonly occupationInputPattern: string;
  /** Validation messages, with this scheme's shapes and examples. */
  readonly messages: {
    /** e.g. `must be 1, 2, 3 or 4` */
    level: string;
    /** e.g. `must look like M, M-MM, M-MM-MM or M-MM-MM-MM` */
    codeShape: string;
    /** e.g. `must look like M-MM-MM-MM` */
    occupationShape: string;
    /** e.g. `must look like M-MM-MM-MM#N` */
    taskShape: string;
  };
  /** The params of the field messages `occupation_code_format`, `group_code_format`, `task_id_format`. */
  readonly examples: {
    occupation: { example: string };
    /** All group examples but the last (`2, 2-02`), and the last (`2-02-38`). */
    group: { examples: string; last: string };
    task: { example: string };
  };
  /** Per level (index 0 → level 1): the pattern and the fixed length of a code. */
  readonly #patterns: RegExp[];
  readonly #lengths: number[];
  readonly #taskPattern: RegExp;

  constructor(spec: SchemeSpec) {
    this.spec = spec;
    this.id = spec.id;
    const levels: SchemeLevel[] = spec.levels.map((l, i) => ({ ...l, level: i + 1 }));
    this.levels = levels;
    this.depth = levels.length;
    const sep = spec.separator;
    const segment = ({ segment: s }: SchemeLevel) =>
      `${CHARS[s.chars]}${s.length > 1 ? `{${s.length}}` : ''}`;
    const prefixes = <T>(f: (l: SchemeLevel) => T) => levels.map((_, i) => levels.slice(0, i + 1).map(f));
    const sources = prefixes(segment).map((parts) => parts.join(escapeSeparator(sep)));
    const shapes = prefixes((l) => l.shape).map((parts) => parts.join(sep));
    this.#patterns = sources.map((s) => new RegExp(`^${s}$`));
    this.#lengths = prefixes((l) => l.segment.length).map(
      (parts) => parts.reduce((n, k) => n + k, 0) + sep.length * (parts.length - 1),
    );
    const occupationSource = sources[this.depth - 1] as string;
    this.#taskPattern = new RegExp(
      `^${occupationSource}${escapeSeparator(spec.taskSeparator)}[1-9]\\d{0,2}$`,
    );
    this.occupationInputPattern = occupationSource;
    const occupationShape = shapes[this.depth - 1] as string;
    this.messages = {
      level: `must be ${orList(levels.map((l) => String(l.level)))}`,
      codeShape: `must look like ${orList(shapes)}`,
      occupationShape: `must look like ${occupationShape}`,
      taskShape: `must look like ${occupationShape}${spec.taskSeparator}N`,
    };
    const groups = spec.examples.groups;
    this.examples = {
      occupation: { example: spec.examples.occupation },
      group: { examples: groups.slice(0, -1).join(', '), last: groups.at(-1) ?? '' },
      task: { example: this.taskId(spec.examples.occupation, 3) },
    };
  }

  /** The level of a well-formed code, or `null` when the code is malformed. */
  levelOf(code: string): number | null {
    const i = this.#lengths.indexOf(code.length);
    return i !== -1 && (this.#patterns[i] as RegExp).test(code) ? i + 1 : null;
  }

  isOccupationCode(code: string): boolean {
    return this.levelOf(code) === this.depth;
  }

  /** A code of any level above the occupations. */
  isGroupCode(code: string): boolean {
    const level = this.levelOf(code);
    return level !== null && level < this.depth;
  }

  /**
   * The code one level up, or `null` at the top (and for a malformed code).
   * @example parentOf('2-02-38-01') // '2-02-38'
   */
  parentOf(code: string): string | null {
    const level = this.levelOf(code);
    return level === null || level === 1 ? null : code.slice(0, this.#lengths[level - 2]);
  }

  /** Every ancestor from the top down, without the code itself. */
  ancestorsOf(code: string): string[] {
    const level = this.levelOf(code) ?? 1;
    return this.#lengths.slice(0, level - 1).map((n) => code.slice(0, n));
  }

  /** The group codes of an occupation by rank; a rank this scheme lacks is `null`. */
  groupsOf(occupationCode: string): GroupCodes {
    const groups: GroupCodes = { major: null, middle: null, minor: null };
    this.ancestorsOf(occupationCode).forEach((code, i) => {
      const rank = this.levels[i]?.rank;
      if (rank && rank !== 'occupation') groups[rank] = code;
    });
    return groups;
  }

  rankOf(level: number): LevelRank | null {
    return this.levels[level - 1]?.rank ?? null;
  }

  /** A task id, e.g. `taskId('2-02-38-01', 3)` → `2-02-38-01#3`. */
  taskId(occupationCode: string, seq: number): string {
    return `${occupationCode}${this.spec.taskSeparator}${seq}`;
  }

  isTaskId(id: string): boolean {
    return this.#taskPattern.test(id);
  }

  /** The occupation a task id belongs to, or `null` when it is not a task id of this scheme. */
  occupationOfTask(id: string): string | null {
    return this.isTaskId(id) ? id.slice(0, id.lastIndexOf(this.spec.taskSeparator)) : null;
  }

  /** The name of a level, e.g. 大类 / major group / major groups. */
  levelName(level: number, lang: Lang, { plural = false }: { plural?: boolean } = {}): string {
    const found = this.levels[level - 1];
    if (!found) return String(level);
    return lang === 'zh' ? found.name.zh : plural ? found.name.enPlural : found.name.en;
  }
}

/** Builds the scheme object of a (validated) spec. */
export const createScheme = (spec: SchemeSpec): TaxonomyScheme => new TaxonomyScheme(spec);
