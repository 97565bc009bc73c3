/** Request and response schemas of the occupation browser API. */
import { z } from '@hono/zod-openapi';
import { ANY_CODE_PATTERN, fieldCode, storableString } from '@skillbank/core';
import { pageQuery } from '../pagination.js';
import { booleanQuery } from '../query-params.js';

export const occupationListQuery = z.object({
  q: storableString().trim().max(200).optional().openapi({
    description: 'Text to search in names, definitions and tasks (Chinese or English).',
    example: '人工智能',
  }),
  digital: booleanQuery.openapi({
    description: 'Only digital occupations (数字职业), or only the others.',
    type: 'string',
  }),
  green: booleanQuery.openapi({
    description: 'Only green occupations (绿色职业), or only the others.',
    type: 'string',
  }),
  group: z
    .string()
    // The served scheme checks the grammar (`checkCodes`); this is the shape every scheme shares.
    .regex(ANY_CODE_PATTERN, fieldCode('code_shape'))
    .optional()
    .openapi({ description: 'Only occupations within this major, middle or minor group.', example: '2-02' }),
  ...pageQuery,
});

export const occupationCodeParam = z.object({
  code: storableString()
    .regex(ANY_CODE_PATTERN, fieldCode('code_shape'))
    .openapi({ param: { name: 'code', in: 'path' }, example: '2-02-38-01' }),
});

/** The occupation's groups by rank; null for a rank its taxonomy's scheme lacks (never in CN-2022). */
export const occupationGroupSchema = z.object({
  major: z.string(),
  middle: z.string().nullable(),
  minor: z.string().nullable(),
});

export const occupationSummarySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    digital: z.boolean(),
    green: z.boolean(),
    isNew: z.boolean().openapi({ description: 'New in the 2022 edition (新增职业).' }),
    group: occupationGroupSchema,
  })
  .openapi('OccupationSummary');

export const occupationListSchema = z.object({
  items: z.array(occupationSummarySchema),
  nextCursor: z.string().nullable(),
});

export const occupationDetailSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    definition: z.string().nullable(),
    tasks: z.array(z.object({ id: z.string(), seq: z.number().int(), text: z.string() })),
    digital: z.boolean(),
    green: z.boolean(),
    isNew: z.boolean(),
    group: occupationGroupSchema,
    path: z.array(z.object({ level: z.number().int(), code: z.string(), name: z.string() })),
    taxonomy: z.object({ id: z.string(), version: z.string() }),
  })
  .openapi('Occupation');
