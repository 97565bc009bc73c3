/** One candidate for a role through HTTP: the card and the employer's decision (its employer). */
import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { toEvidenceJson } from '../evidence/evidence.json.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { candidateParams, candidateStateBody, candidateStateSchema } from '../roles/roles.schema.js';
import { createRouter } from '../router.js';
import { candidateCardSchema } from './hiring.schema.js';

const tags = ['Employers'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const common = {
  401: problemResponse('No token, or not a valid one.'),
  403: problemResponse('The administrator does not act for employers.'),
  404: problemResponse(
    'No such role, or not the caller’s; or the learner shares nothing with this employer (not discoverable, or withdrew from it, and not interested in the role).',
  ),
};

const cardRoute = createRoute({
  operationId: 'getCandidateCard',
  method: 'get',
  path: '/roles/{id}/candidates/{learnerId}',
  tags,
  summary: 'A candidate’s card: the evidence behind each requirement met, attestations, profile, showcases',
  description:
    'Only while the learner lets the employer see them: interested in this role, or discoverable by employers (and not withdrawn from this employer). A withdrawal counts from the very next request. Each opened card is recorded in the learner’s record of disclosures.',
  ...auth,
  request: { params: candidateParams },
  responses: { 200: jsonResponse(candidateCardSchema, 'The card.'), ...common },
});

const decideRoute = createRoute({
  operationId: 'setCandidateState',
  method: 'put',
  path: '/roles/{id}/candidates/{learnerId}',
  tags,
  summary: 'Shortlist, reject or invite a candidate to apply',
  description:
    'Records the employer’s decision about a candidate it may see; the graduate sees it on the role. An invitation is a notice to the graduate; accepting it is taking interest in the role.',
  ...auth,
  request: {
    params: candidateParams,
    body: { required: true, content: { 'application/json': { schema: candidateStateBody } } },
  },
  responses: {
    200: jsonResponse(candidateStateSchema, 'The decision as stored.'),
    400: problemResponse('`state` is missing or not one of shortlisted, rejected, invited.'),
    409: problemResponse('Invitations are sent for published roles that have not closed.'),
    ...common,
  },
});

export const candidateRoutes = createRouter()
  .openapi(cardRoute, async (c) => {
    const { id, learnerId } = c.req.valid('param');
    const card = unwrap(await c.var.useCases.candidates.card(callerOf(c), id, learnerId));
    return c.json({ ...card, evidence: card.evidence.map(toEvidenceJson) }, 200);
  })
  .openapi(decideRoute, async (c) => {
    const { id, learnerId } = c.req.valid('param');
    const { state } = c.req.valid('json');
    return c.json(unwrap(await c.var.useCases.candidates.decide(callerOf(c), id, learnerId, state)), 200);
  });
