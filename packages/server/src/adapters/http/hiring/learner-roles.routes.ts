/** Roles seen from a graduate's side through HTTP: ranked, filtered, and one in detail. */
import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { learnerIdParam } from '../learners/learners.schema.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { unwrap } from '../problem.js';
import { toRoleJson } from '../roles/role.json.js';
import { createRouter } from '../router.js';
import {
  learnerRoleListSchema,
  learnerRoleParams,
  learnerRoleSchema,
  learnerRolesQuery,
} from './hiring.schema.js';

const tags = ['Learners'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const common = {
  401: problemResponse('No token, or not a valid one.'),
  403: problemResponse('Only the learner (and the administrator) sees the roles recommended to them.'),
};

const listRoute = createRoute({
  operationId: 'listRolesForLearner',
  method: 'get',
  path: '/learners/{id}/roles',
  tags,
  summary: 'Published roles for a learner, best first, each with what they meet and miss',
  description:
    'Published roles still taking interest, ranked by the same requirement scoring their employers see for the learner (anyone missing an essential requirement ranks a role below every role whose essential requirements they all meet), each explained: requirements met (with the evidence) and missing, essential first. Filters: city, mode, digital/green occupation.',
  ...auth,
  request: { params: learnerIdParam, query: learnerRolesQuery },
  responses: {
    200: jsonResponse(learnerRoleListSchema, 'A page of roles, best first.'),
    400: problemResponse('A query parameter is invalid.'),
    ...common,
    404: problemResponse('No such learner, or not visible to the caller.'),
  },
});

const detailRoute = createRoute({
  operationId: 'getRoleForLearner',
  method: 'get',
  path: '/learners/{id}/roles/{roleId}',
  tags,
  summary: 'One role for a learner: met and missing requirements, interest, the employer’s decision',
  description:
    'The role (published or closed) with the requirements the learner meets, with the evidence behind each, and those they miss; whether their interest stands, the employer’s decision and their conversation.',
  ...auth,
  request: { params: learnerRoleParams },
  responses: {
    200: jsonResponse(learnerRoleSchema, 'The role explained for the learner.'),
    ...common,
    404: problemResponse('No such learner or published role.'),
  },
});

export const learnerRoleRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { limit, cursor, ...filters } = c.req.valid('query');
    const page = unwrap(
      await c.var.useCases.rolesForLearners.list(callerOf(c), c.req.valid('param').id, {
        ...filters,
        limit,
        offset: cursor,
      }),
    );
    return c.json(
      {
        scorer: page.scorer,
        taxonomy: page.taxonomy,
        items: page.items.map((item) => ({
          ...item,
          role: toRoleJson(item.role),
        })),
        nextCursor: nextCursor(cursor, limit, page.hasMore),
      },
      200,
    );
  })
  .openapi(detailRoute, async (c) => {
    const { id, roleId } = c.req.valid('param');
    const detail = unwrap(await c.var.useCases.rolesForLearners.detail(callerOf(c), id, roleId));
    return c.json({ ...detail, role: toRoleJson(detail.role) }, 200);
  });
