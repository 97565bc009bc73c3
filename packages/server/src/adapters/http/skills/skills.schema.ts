/** Request and response schemas of the skill-name API (suggestions and the 新八级 rule). */
import { z } from '@hono/zod-openapi';
import { ANY_CODE_PATTERN, fieldCode, storableString } from '@skillbank/core';
import { LANGS } from '../../../messages/lang.js';

/** `occupations=2-02-30-09,6-18-02-04`: the occupations the evidence (or role) is about. */
const occupationList = z
  .string()
  .max(300)
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(ANY_CODE_PATTERN, fieldCode('code_shape'))).max(20))
  .openapi({
    type: 'string',
    description: 'Occupation codes the evidence is about, separated by commas (at most 20).',
    example: '6-31-01-03',
  });

export const skillSuggestionsQuery = z.object({
  occupations: occupationList,
  q: storableString().trim().max(100).optional().openapi({
    description: 'Only names containing this text (or the same core skill).',
    example: '焊',
  }),
  lang: z
    .enum(LANGS)
    .optional()
    .openapi({ description: 'Language of the core skill names: `zh` (default) or `en`.' }),
  limit: z.coerce.number().int().min(1).max(50).default(30),
});

export const skillSuggestionsSchema = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      source: z.enum(['core', 'occupation']).openapi({
        description:
          '`core`: a core transferable skill (关键技能); `occupation`: a word of a chosen occupation.',
      }),
      occupation: z.object({ code: z.string(), name: z.string() }).optional(),
    }),
  ),
});

export const skillLadderQuery = z.object({
  name: storableString()
    .trim()
    .min(1, fieldCode('empty'))
    .max(100)
    .openapi({ description: 'A skill name.', example: '电工' }),
  occupations: occupationList,
});

export const skillLadderSchema = z
  .object({
    name: z.string(),
    applies: z.boolean().openapi({ description: 'Whether a 新八级 level (1–8) makes sense for this skill.' }),
    reason: z.enum(['trade', 'core', 'not_trade', 'digital', 'unplaced', 'no_ladder']).openapi({
      description:
        '`trade`: a skill of a skilled trade (CN-2022 大类 4–6, not digital); `core`: a core transferable skill; `not_trade`: placed outside the trades (e.g. 专业技术人员, graded by 职称); `digital`: a digital occupation; `unplaced`: neither the name nor the given occupations place it; `no_ladder`: the served classification has no ladder.',
    }),
    occupation: z.object({ code: z.string(), name: z.string() }).nullable(),
  })
  .openapi('SkillLadderVerdict');
