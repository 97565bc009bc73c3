/**
 * Matching: evidence against the occupations' task profiles (stateless, or a learner's ledger), the
 * gaps to one occupation, related occupations (career moves), and job-title coding. All scoring is
 * the matcher's; every result carries the scorer and taxonomy versions.
 */
import { createRoute } from '@hono/zod-openapi';
import { listActiveEvidence, todayUtc } from '@skillbank/core';
import type { EvidenceInput } from '@skillbank/matcher';
import { toMatcherEvidence } from '../../../matching/matcher-evidence.js';
import { negotiateLang, nextStepText } from '../../../messages/index.js';
import { authorizeLearner } from '../access.js';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { learnerIdParam } from '../learners/learners.schema.js';
import { occupationCodeParam } from '../occupations/occupations.schema.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { notFound } from '../problem.js';
import { createRouter } from '../router.js';
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
const jsonBody = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } }) as const;
const learnerAuth = { middleware: requireAuth, security: bearerSecurity } as const;
const learnerProblems = {
  401: problemResponse('No token, or not a valid one.'),
  404: problemResponse('No such learner, or not visible to the caller.'),
};

const matchRoute = createRoute({
  method: 'post',
  path: '/match',
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
  tags,
  summary: "The occupations a learner's active evidence fits best",
  ...learnerAuth,
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
  tags,
  summary: "What a learner's evidence lacks for one occupation, and what to do next",
  description:
    'The occupation’s tasks that the evidence does not cover, ranked by how much covering each would raise the match, each with a next step (a course, a project, an assessment, an attestation).',
  ...learnerAuth,
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
  tags: ['Occupations'],
  summary: 'Occupations close in task profile (career moves), with what relates them',
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
  .openapi(matchRoute, (c) => {
    const { evidence, limit, digital, green, asOf } = c.req.valid('json');
    const items: EvidenceInput[] = evidence.map(({ id, ...item }, i) => ({ ...item, id: id ?? `e${i + 1}` }));
    const result = c.var.deps.served.current.matcher.match(items, {
      ...(limit === undefined ? {} : { limit }),
      ...(digital === undefined ? {} : { digital }),
      ...(green === undefined ? {} : { green }),
      ...(asOf === undefined ? {} : { asOf }),
    });
    return c.json(result, 200);
  })
  .openapi(learnerMatchesRoute, async (c) => {
    const { account } = callerOf(c);
    const { id } = c.req.valid('param');
    const { limit, digital, green } = c.req.valid('query');
    await authorizeLearner(c, account, 'profile:read', id);
    const evidence = toMatcherEvidence(await listActiveEvidence(c.var.deps.db, id));
    const result = c.var.deps.served.current.matcher.match(evidence, {
      limit,
      asOf: todayUtc(),
      ...(digital === undefined ? {} : { digital }),
      ...(green === undefined ? {} : { green }),
    });
    return c.json(result, 200);
  })
  .openapi(learnerGapsRoute, async (c) => {
    const { account } = callerOf(c);
    const { id } = c.req.valid('param');
    const { occupation, lang } = c.req.valid('query');
    await authorizeLearner(c, account, 'profile:read', id);
    const evidence = toMatcherEvidence(await listActiveEvidence(c.var.deps.db, id));
    const report = c.var.deps.served.current.matcher.gaps(evidence, occupation, { asOf: todayUtc() });
    if (!report) throw notFound(`occupation ${occupation}`);
    const reader = negotiateLang(lang, c.req.header('accept-language'));
    const gaps = report.gaps.map((gap) => ({
      ...gap,
      nextStep: { ...gap.nextStep, text: nextStepText(reader, gap.nextStep) },
    }));
    return c.json({ ...report, gaps }, 200);
  })
  .openapi(relatedRoute, (c) => {
    const { code } = c.req.valid('param');
    const { limit } = c.req.valid('query');
    const result = c.var.deps.served.current.matcher.related(code, { limit });
    if (!result) throw notFound(`occupation ${code}`);
    return c.json(result, 200);
  })
  .openapi(classifyRoute, (c) => {
    const { title, description, limit } = c.req.valid('json');
    const input = description === undefined ? { title } : { title, description };
    return c.json(
      c.var.deps.served.current.matcher.classify(input, limit === undefined ? {} : { limit }),
      200,
    );
  });
