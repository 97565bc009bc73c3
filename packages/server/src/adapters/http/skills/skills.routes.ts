/** Skill names (public reference data): suggestions for forms, and whether 新八级 grades a skill. */
import { createRoute } from '@hono/zod-openapi';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import { checkCodes } from '../scheme-fields.js';
import {
  skillLadderQuery,
  skillLadderSchema,
  skillSuggestionsQuery,
  skillSuggestionsSchema,
} from './skills.schema.js';

const suggestionsRoute = createRoute({
  method: 'get',
  path: '/skills/suggestions',
  operationId: 'suggestSkills',
  tags: ['Occupations'],
  summary: 'Skill names to suggest for evidence about some occupations',
  description:
    'The words that characterise each given occupation (from its task profile), then the core transferable skills of the skills vocabulary; `q` keeps the names containing it. No token needed.',
  request: { query: skillSuggestionsQuery },
  responses: {
    200: jsonResponse(skillSuggestionsSchema, 'Suggested names, the occupations’ words first.'),
    400: problemResponse('A query parameter is invalid.'),
  },
});

const ladderRoute = createRoute({
  method: 'get',
  path: '/skills/ladder',
  operationId: 'skillLadder',
  tags: ['Occupations'],
  summary: 'Whether a 新八级 skill level applies to a skill, and why',
  description:
    'A level (学徒工 … 首席技师) applies to a skill of a skilled trade: an occupation in 大类 4, 5 or 6 of CN-2022 that is not a digital occupation. The skill is placed by classifying its name when that is confident, else by the given occupations. Core transferable skills and skills that cannot be placed get no level. No token needed.',
  request: { query: skillLadderQuery },
  responses: {
    200: jsonResponse(skillLadderSchema, 'The verdict, with the occupation that decided it.'),
    400: problemResponse('A query parameter is invalid.'),
  },
});

export const skillRoutes = createRouter()
  .openapi(suggestionsRoute, async (c) => {
    const { occupations, q, lang, limit } = c.req.valid('query');
    const scheme = c.var.deps.served.current.taxonomy.scheme;
    checkCodes(
      scheme,
      'query',
      occupations.map((code, i) => ({ path: `occupations.${i}`, code, kind: 'occupation' })),
    );
    const items = unwrap(
      await c.var.useCases.skills.suggestions({
        occupations,
        limit,
        ...(q === undefined ? {} : { q }),
        ...(lang === undefined ? {} : { lang }),
      }),
    );
    return c.json({ items }, 200);
  })
  .openapi(ladderRoute, async (c) => {
    const { name, occupations } = c.req.valid('query');
    const scheme = c.var.deps.served.current.taxonomy.scheme;
    checkCodes(
      scheme,
      'query',
      occupations.map((code, i) => ({ path: `occupations.${i}`, code, kind: 'occupation' })),
    );
    const [verdict] = unwrap(await c.var.useCases.skills.ladder([name], occupations));
    return c.json(verdict as NonNullable<typeof verdict>, 200);
  });
