/**
 * A graduate's consent scopes in the hiring loop through HTTP: interest in a role, withdrawal
 * from an employer (and allowing it again), and the list of both.
 */
import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { learnerIdParam } from '../learners/learners.schema.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { roleIdParam } from '../roles/roles.schema.js';
import { createRouter } from '../router.js';
import {
  interestListSchema,
  interestSchema,
  withdrawalBody,
  withdrawalParams,
  withdrawalSchema,
} from './hiring.schema.js';

const tags = ['Learners'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const unauthorized = problemResponse('No token, or not a valid one.');

const expressRoute = createRoute({
  operationId: 'expressInterest',
  method: 'post',
  path: '/roles/{id}/interests',
  tags,
  summary: 'Take interest in a published role (the learner)',
  description:
    'Shares the learner’s profile and the evidence behind the requirements they meet with the role’s employer, for this role only — even when the learner is not discoverable — and opens the role’s conversation. Recorded in the learner’s ledger like every consent change; accepting an invitation is taking interest.',
  ...auth,
  request: { params: roleIdParam },
  responses: {
    201: jsonResponse(interestSchema, 'Interest recorded.'),
    200: jsonResponse(interestSchema, 'Interest already stood: nothing changed.'),
    401: unauthorized,
    403: problemResponse('Only learners take interest in roles.'),
    404: problemResponse('No such published role.'),
    409: problemResponse('The role is closed (or its closing date has passed).'),
  },
});

const withdrawRoute = createRoute({
  operationId: 'withdrawInterest',
  method: 'delete',
  path: '/roles/{id}/interests',
  tags,
  summary: 'Withdraw interest in a role (the learner): its employer loses the view at once',
  description:
    'The role’s employer loses the candidate card, the evidence and the conversation from the very next request (the graduate keeps the conversation). Recorded in the ledger.',
  ...auth,
  request: { params: roleIdParam },
  responses: {
    204: { description: 'No interest stands any more (recorded in the ledger when one did).' },
    401: unauthorized,
    403: problemResponse('Only learners take interest in roles.'),
    404: problemResponse('No such published role.'),
  },
});

const listRoute = createRoute({
  operationId: 'listInterests',
  method: 'get',
  path: '/learners/{id}/interests',
  tags,
  summary: 'The learner’s interests in roles and the employers they withdrew from (the learner)',
  description:
    'Every interest (standing or withdrawn, newest first) and every employer withdrawn from, for the learner’s “who saw me”.',
  ...auth,
  request: { params: learnerIdParam },
  responses: {
    200: jsonResponse(interestListSchema, 'Interests, newest first, and withdrawals.'),
    401: unauthorized,
    403: problemResponse('Only the learner sees this.'),
    404: problemResponse('No such learner, or not visible to the caller.'),
  },
});

const withdrawFromRoute = createRoute({
  operationId: 'withdrawFromEmployer',
  method: 'post',
  path: '/learners/{id}/withdrawals',
  tags,
  summary: 'Withdraw from an employer: every interest in its roles, and from its candidate lists',
  description:
    'One click on “who saw me”: the employer stops seeing the learner from the very next request — cards, evidence, lists (also one already open), conversations — while other employers are unaffected. Recorded in the ledger.',
  ...auth,
  request: {
    params: learnerIdParam,
    body: { required: true, content: { 'application/json': { schema: withdrawalBody } } },
  },
  responses: {
    201: jsonResponse(withdrawalSchema, 'Withdrawn; the interests withdrawn are listed.'),
    400: problemResponse('`employerId` is missing.'),
    401: unauthorized,
    403: problemResponse('Only the learner withdraws.'),
    404: problemResponse('No such learner or employer.'),
  },
});

const allowRoute = createRoute({
  operationId: 'allowEmployer',
  method: 'delete',
  path: '/learners/{id}/withdrawals/{employerId}',
  tags,
  summary: 'Let an employer find the learner again while discoverable (interests stay withdrawn)',
  description:
    'Removes the withdrawal: the employer may find the learner again while the learner is discoverable. Interests withdrawn stay withdrawn. Recorded in the ledger.',
  ...auth,
  request: { params: withdrawalParams },
  responses: {
    204: { description: 'The employer is no longer withdrawn from.' },
    401: unauthorized,
    403: problemResponse('Only the learner does this.'),
    404: problemResponse('No such learner.'),
  },
});

export const interestRoutes = createRouter()
  .openapi(expressRoute, async (c) => {
    const { interest, created } = unwrap(
      await c.var.useCases.interests.express(callerOf(c), c.req.valid('param').id),
    );
    return created ? c.json(interest, 201) : c.json(interest, 200);
  })
  .openapi(withdrawRoute, async (c) => {
    unwrap(await c.var.useCases.interests.withdraw(callerOf(c), c.req.valid('param').id));
    return c.body(null, 204);
  })
  .openapi(listRoute, async (c) => {
    return c.json(unwrap(await c.var.useCases.interests.list(callerOf(c), c.req.valid('param').id)), 200);
  })
  .openapi(withdrawFromRoute, async (c) => {
    const { employerId } = c.req.valid('json');
    const result = unwrap(
      await c.var.useCases.interests.withdrawFromEmployer(callerOf(c), c.req.valid('param').id, employerId),
    );
    return c.json({ employerId, ...result }, 201);
  })
  .openapi(allowRoute, async (c) => {
    const { id, employerId } = c.req.valid('param');
    unwrap(await c.var.useCases.interests.allowEmployer(callerOf(c), id, employerId));
    return c.body(null, 204);
  });
