/** A learner's evidence: deposit, list, read, correct (a new entry that supersedes) and revoke. */
import { createRoute } from '@hono/zod-openapi';
import { authenticated, callerOf } from '../auth.js';
import { jsonBody, jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import { toEvidenceJson } from './evidence.json.js';
import {
  evidenceIdParam,
  evidenceInputBody,
  evidenceListQuery,
  evidenceListSchema,
  evidenceSchema,
  revokeBody,
} from './evidence.schema.js';

const tags = ['Evidence'];
const common = {
  401: problemResponse('No token, or not a valid one.'),
  404: problemResponse('No such evidence, or not visible to the caller.'),
};

const depositRoute = createRoute({
  method: 'post',
  path: '/evidence',
  operationId: 'depositEvidence',
  tags,
  summary: 'Deposit a piece of evidence (learners)',
  description:
    'Appends a deposit entry to the learner’s hash-chained ledger. The response carries the evidence hash (SHA-256 of its canonical JSON) and the ledger entry.',
  ...authenticated,
  request: { body: jsonBody(evidenceInputBody) },
  responses: {
    201: jsonResponse(evidenceSchema, 'The evidence as recorded, status `self_reported`.'),
    400: problemResponse(
      'A field is missing, invalid, unknown, or an occupation code is not in the taxonomy.',
    ),
    401: common[401],
    403: problemResponse('Only learners deposit evidence.'),
    413: problemResponse('The body is too large.'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/evidence',
  operationId: 'listEvidence',
  tags,
  summary: "A learner's evidence, in ledger order",
  description:
    'Visible to the learner, the administrator, employers while the learner is discoverable, and cohort advisors the learner allows. The learner and the administrator see every status (revoked and superseded pieces stay in the ledger); others see only active evidence.',
  ...authenticated,
  request: { query: evidenceListQuery },
  responses: {
    200: jsonResponse(evidenceListSchema, 'A page of evidence.'),
    400: problemResponse('A query parameter is invalid (`learner` is required for non-learners).'),
    401: common[401],
    404: problemResponse('No such learner, or not visible to the caller.'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/evidence/{id}',
  operationId: 'getEvidence',
  tags,
  summary: 'One piece of evidence with its status and attestations',
  description:
    'Visible to whoever may see the learner’s account, and to an attester the learner asked about this piece. Revoked and superseded pieces only to the learner and the administrator.',
  ...authenticated,
  request: { params: evidenceIdParam },
  responses: { 200: jsonResponse(evidenceSchema, 'The evidence.'), ...common },
});

const correctRoute = createRoute({
  method: 'post',
  path: '/evidence/{id}/corrections',
  operationId: 'correctEvidence',
  tags,
  summary: 'Correct a piece of evidence (its learner)',
  description:
    'Nothing is edited in place: the correction is a new piece of evidence (a `correction` ledger entry) whose `supersedes` names the old one; the old one becomes `superseded` and stops counting. Attestations do not carry over — they signed the old content.',
  ...authenticated,
  request: { params: evidenceIdParam, body: jsonBody(evidenceInputBody) },
  responses: {
    201: jsonResponse(evidenceSchema, 'The new evidence, superseding the old.'),
    400: problemResponse('A field is missing, invalid or unknown.'),
    ...common,
    403: problemResponse('Only its learner corrects evidence.'),
    409: problemResponse('The evidence is already revoked or superseded.'),
  },
});

const revokeRoute = createRoute({
  method: 'post',
  path: '/evidence/{id}/revoke',
  operationId: 'revokeEvidence',
  tags,
  summary: 'Revoke a piece of evidence (its learner)',
  description:
    'Appends a revocation entry: the evidence stays in the ledger, marked `revoked`, and stops counting.',
  ...authenticated,
  request: { params: evidenceIdParam, body: jsonBody(revokeBody, false) },
  responses: {
    200: jsonResponse(evidenceSchema, 'The evidence, now revoked.'),
    400: problemResponse('The body is invalid.'),
    ...common,
    403: problemResponse('Only its learner revokes evidence.'),
    409: problemResponse('The evidence is already revoked or superseded.'),
  },
});

export const evidenceRoutes = createRouter()
  .openapi(depositRoute, async (c) => {
    const evidence = unwrap(await c.var.useCases.evidence.deposit(callerOf(c), c.req.valid('json')));
    c.header('Location', `/api/evidence/${evidence.id}`);
    return c.json(toEvidenceJson(evidence), 201);
  })
  .openapi(listRoute, async (c) => {
    const { learner, limit, cursor } = c.req.valid('query');
    const page = unwrap(await c.var.useCases.evidence.list(callerOf(c), { learner, limit, offset: cursor }));
    return c.json(
      { items: page.items.map(toEvidenceJson), nextCursor: nextCursor(cursor, limit, page.hasMore) },
      200,
    );
  })
  .openapi(getRoute, async (c) => {
    const evidence = unwrap(await c.var.useCases.evidence.get(callerOf(c), c.req.valid('param').id));
    return c.json(toEvidenceJson(evidence), 200);
  })
  .openapi(correctRoute, async (c) => {
    const { id } = c.req.valid('param');
    const evidence = unwrap(await c.var.useCases.evidence.correct(callerOf(c), id, c.req.valid('json')));
    c.header('Location', `/api/evidence/${evidence.id}`);
    return c.json(toEvidenceJson(evidence), 201);
  })
  .openapi(revokeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const evidence = unwrap(await c.var.useCases.evidence.revoke(callerOf(c), id, c.req.valid('json')));
    return c.json(toEvidenceJson(evidence), 200);
  });
