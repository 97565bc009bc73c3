/**
 * Matching: evidence against the occupations' task profiles (stateless, or a learner's ledger), the
 * gaps to one occupation, related occupations (career moves), and job-title coding. All scoring is
 * the matcher's; every result carries the scorer and taxonomy versions.
 */
import { createRoute } from '@hono/zod-openapi';
import type { EvidenceInput } from '@skillbank/matcher';
import { negotiateLang, nextStepText } from '../../../messages/index.js';
import { authenticated, callerOf } from '../auth.js';
import { learnerIdParam } from '../learners/learners.schema.js';
import { occupationCodeParam } from '../occupations/occupations.schema.js';
import { jsonBody, jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import { checkCodes } from '../scheme-fields.js';
import {
  classifyBody,
  classifySchema,
  gapReportSchema,
  learnerGapsQuery,
  learnerMatchesQuery,
  matchBody,
  matchResultSchema,
  relatedQuery,
  relatedSchema,
} from './matching.schema.js';

const tags = ['Matching'];
const learnerProblems = {
  401: problemResponse('No token, or not a valid one.'),
  404: problemResponse('No such learner, or not visible to the caller.'),
};

const matchRoute = createRoute({
  method: 'post',
  path: '/match',
  operationId: 'matchEvidence',
  tags,
  summary: 'Match evidence against all occupations (stateless: nothing is stored)',
  description:
    'Ranks occupations by how well the posted evidence fits their task profiles. Each match explains itself: a breakdown of the score, the tasks covered (by which evidence) and the tasks missing. Empty or meaningless evidence gives no matches, never noise. Unknown fields are rejected.',
  request: { body: jsonBody(matchBody) },
  responses: {
    200: jsonResponse(matchResultSchema, 'Occupations, best first, each with its explanation.'),
    400: problemResponse('A field is missing, invalid, too long or unknown.'),
    413: problemResponse('The body is too large.'),
  },
});

const learnerMatchesRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/matches',
  operationId: 'getLearnerMatches',
  tags,
  summary: "The occupations a learner's active evidence fits best",
  description:
    'The same ranking as `POST /api/match`, for the learner’s active evidence as of today; access as for the profile.',
  ...authenticated,
  request: { params: learnerIdParam, query: learnerMatchesQuery },
  responses: {
    200: jsonResponse(matchResultSchema, 'Occupations, best first, each with its explanation.'),
    400: problemResponse('A query parameter is invalid.'),
    ...learnerProblems,
  },
});

const learnerGapsRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/gaps',
  operationId: 'getLearnerGaps',
  tags,
  summary: "What a learner's evidence lacks for one occupation, and what to do next",
  description:
    'The occupation’s tasks that the evidence does not cover, ranked by how much covering each would raise the match, each with a next step (a course, a project, an assessment, an attestation).',
  ...authenticated,
  request: { params: learnerIdParam, query: learnerGapsQuery },
  responses: {
    200: jsonResponse(gapReportSchema, 'The gaps, largest gain first.'),
    400: problemResponse('`occupation` is missing or malformed.'),
    ...learnerProblems,
  },
});

const relatedRoute = createRoute({
  method: 'get',
  path: '/occupations/{code}/related',
  operationId: 'getRelatedOccupations',
  tags: ['Occupations'],
  summary: 'Occupations close in task profile (career moves), with what relates them',
  description:
    'Occupations whose task profiles are closest to this one, each with the terms they share and the closest pairs of tasks: moves a person with this occupation’s skills could make.',
  request: { params: occupationCodeParam, query: relatedQuery },
  responses: {
    200: jsonResponse(relatedSchema, 'Related occupations, closest first.'),
    400: problemResponse('The code is malformed or `limit` is invalid.'),
    404: problemResponse('No occupation has this code.'),
  },
});

const classifyRoute = createRoute({
  method: 'post',
  path: '/classify',
  operationId: 'classifyJob',
  tags: ['Occupations'],
  summary: 'Which occupation a job title or a role text belongs to',
  description:
    'Posting noise (employer, pay, perks, 急招, cities, brackets) is set apart. Candidates are occupations only; when the leading ones share a minor or middle group and none stands out, `group` names it and says why.',
  request: { body: jsonBody(classifyBody) },
  responses: {
    200: jsonResponse(classifySchema, 'Candidates, best first.'),
    400: problemResponse('A field is missing, invalid, too long or unknown.'),
  },
});

export const matchingRoutes = createRouter()
  .openapi(matchRoute, async (c) => {
    const { evidence, limit, digital, green, asOf } = c.req.valid('json');
    checkCodes(
      c.var.deps.served.current.taxonomy.scheme,
      'json',
      evidence.flatMap((item, i) =>
        (item.occupationCodes ?? []).map((code, j) => ({
          path: `evidence.${i}.occupationCodes.${j}`,
          code,
          kind: 'occupation' as const,
        })),
      ),
    );
    const items: EvidenceInput[] = evidence.map(({ id, ...item }, i) => ({ ...item, id: id ?? `e${i + 1}` }));
    const result = unwrap(await c.var.useCases.matching.match(items, { limit, digital, green, asOf }));
    return c.json(result, 200);
  })
  .openapi(learnerMatchesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, digital, green } = c.req.valid('query');
    const result = unwrap(
      await c.var.useCases.matching.learnerMatches(callerOf(c), id, { limit, digital, green }),
    );
    return c.json(result, 200);
  })
  .openapi(learnerGapsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { occupation, lang } = c.req.valid('query');
    checkCodes(c.var.deps.served.current.taxonomy.scheme, 'query', [
      { path: 'occupation', code: occupation, kind: 'occupation' },
    ]);
    const report = unwrap(await c.var.useCases.matching.learnerGaps(callerOf(c), id, occupation));
    const reader = negotiateLang(lang, c.req.header('accept-language'));
    const gaps = report.gaps.map((gap) => ({
      ...gap,
      nextStep: { ...gap.nextStep, text: nextStepText(reader, gap.nextStep) },
    }));
    return c.json({ ...report, gaps }, 200);
  })
  .openapi(relatedRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { limit } = c.req.valid('query');
    checkCodes(c.var.deps.served.current.taxonomy.scheme, 'param', [
      { path: 'code', code, kind: 'occupation' },
    ]);
    return c.json(unwrap(await c.var.useCases.matching.related(code, { limit })), 200);
  })
  .openapi(classifyRoute, async (c) => {
    const { title, description, limit } = c.req.valid('json');
    return c.json(unwrap(await c.var.useCases.matching.classify({ title, description }, { limit })), 200);
  });
