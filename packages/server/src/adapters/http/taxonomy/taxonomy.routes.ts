/** The served taxonomy: which classification, which version, how big. */
import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';

const taxonomySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    locale: z.string(),
    counts: z.object({
      major: z.number().int(),
      middle: z.number().int(),
      minor: z.number().int(),
      occupation: z.number().int(),
      digital: z.number().int(),
      green: z.number().int(),
      digitalAndGreen: z.number().int(),
      new: z.number().int(),
      tasks: z.number().int(),
    }),
  })
  .openapi('Taxonomy');

const route = createRoute({
  method: 'get',
  path: '/taxonomy',
  operationId: 'getTaxonomy',
  tags: ['Occupations'],
  summary: 'The occupation classification this server uses',
  description:
    'Its id, version and names, and how many groups, occupations and tasks it holds (with the digital, green and new occupations counted).',
  responses: { 200: jsonResponse(taxonomySchema, 'The taxonomy and its counts.') },
});

export const taxonomyRoutes = createRouter().openapi(route, async (c) => {
  const { taxonomy, counts } = unwrap(await c.var.useCases.occupations.taxonomy());
  const { id, version, name, nameEn, locale } = taxonomy;
  return c.json({ id, version, name, nameEn, locale, counts }, 200);
});
