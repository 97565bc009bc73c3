/**
 * The declarative description of a classification (its code grammar, levels, markers and task ids):
 * plain JSON, shipped as `scheme.json` beside a taxonomy's files and stored with the taxonomy.
 */
import { z } from 'zod';

/** The ranks the API names groups by (`group: {major, middle, minor}`); a scheme uses some of them. */
export const GROUP_RANKS = ['major', 'middle', 'minor'] as const;
export type GroupRank = (typeof GROUP_RANKS)[number];
export type LevelRank = GroupRank | 'occupation';

const name = z.string().trim().min(1).max(40);

export const schemeLevelSpecSchema = z.strictObject({
  rank: z.enum(['major', 'middle', 'minor', 'occupation']),
  /** One segment of the code at this level: its characters and its fixed length. */
  segment: z.strictObject({
    chars: z.enum(['digit', 'upper', 'lower', 'alnum']),
    length: z.number().int().min(1).max(6),
  }),
  /** How the segment is written in messages, e.g. `MM`. */
  shape: z.string().regex(/^[A-Za-z]{1,6}$/, 'must be 1 to 6 letters'),
  name: z.strictObject({ zh: name, en: name, enPlural: name }),
});

export const schemeSpecSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_-]{1,31}$/, 'must be a short lower-case id'),
    /** Between segments; may be empty when segments have fixed lengths only (ISCO: `2512`). */
    separator: z.enum(['', '-', '.', '/', '_']),
    /** Top-down; the first is the `major` rank, the last the `occupation`; ranks in API order. */
    levels: z.array(schemeLevelSpecSchema).min(3).max(6),
    /** A task id is `<occupation code><separator><seq>`, e.g. `2-02-38-01#3`. */
    taskSeparator: z.enum(['#', '/', ':', '~']),
    /** Shown in error messages: one occupation code, and one group code per group level. */
    examples: z.strictObject({ occupation: z.string(), groups: z.array(z.string()) }),
    /** Column of `occupations.csv` holding each marker (`0`/`1`), or null when the scheme has no such marker. */
    markers: z.strictObject({
      digital: z.string().min(1).nullable(),
      green: z.string().min(1).nullable(),
      isNew: z.string().min(1).nullable(),
    }),
    /**
     * Where a skill ladder such as 新八级 (学徒工 … 首席技师) grades skills: the major groups whose
     * occupations are skilled trades, and whether digital occupations among them are graded too.
     * Absent: the scheme grades no skill on a ladder, so forms offer no level.
     */
    skillLadder: z
      .strictObject({
        majorGroups: z.array(z.string().min(1).max(12)).max(50),
        digital: z.boolean(),
      })
      .optional(),
  })
  .superRefine((spec, ctx) => {
    const ranks = spec.levels.map((l) => l.rank);
    const order = ['major', 'middle', 'minor', 'occupation'];
    const sorted = ranks.every((r, i) => i === 0 || order.indexOf(r) > order.indexOf(ranks[i - 1] as string));
    if (ranks[0] !== 'major' || ranks.at(-1) !== 'occupation' || !sorted)
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: 'must run major → (middle) → (minor) → occupation, each rank once',
      });
    if (spec.examples.groups.length !== spec.levels.length - 1)
      ctx.addIssue({
        code: 'custom',
        path: ['examples', 'groups'],
        message: 'must give one example per group level',
      });
  });

export type SchemeSpec = z.infer<typeof schemeSpecSchema>;
export type SchemeLevelSpec = z.infer<typeof schemeLevelSpecSchema>;

/**
 * The shape every scheme's codes share (segments of letters and digits, one separator): what a
 * request schema can check before it knows the served scheme, which then checks the grammar.
 */
export const ANY_CODE_PATTERN = /^[A-Za-z0-9]{1,12}(?:[-./_][A-Za-z0-9]{1,12}){0,5}$/;
/** The shape every scheme's task ids share: a code, a task separator, a sequence number. */
export const ANY_TASK_ID_PATTERN = /^[A-Za-z0-9]{1,12}(?:[-./_][A-Za-z0-9]{1,12}){0,5}[#/:~]\d{1,3}$/;
