/**
 * Employers' roles: create (from free text or an occupation's tasks, with suggested occupations),
 * list, read, edit the requirements, and rank consenting candidates; and a learner's record of
 * the candidate lists they were shown in.
 */
import { createRoute } from '@hono/zod-openapi';
import { authenticated, callerOf } from '../auth.js';
import { learnerIdParam } from '../learners/learners.schema.js';
import { jsonBody, jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import { toRoleJson } from './role.json.js';
import {
  candidateListSchema,
  candidatesQuery,
  createRoleBody,
  disclosureListSchema,
  requirementsBody,
  roleIdParam,
  roleListQuery,
  roleListSchema,
  roleSchema,
} from './roles.schema.js';

const tags = ['Employers'];
const unauthorized = problemResponse('No token, or not a valid one.');
const hidden = problemResponse('No such role, or not the caller’s.');

const createRoleRoute = createRoute({
  method: 'post',
  path: '/roles',
  operationId: 'createRole',
  tags,
  summary: 'Post a role (employers): free-text requirements, or start from an occupation’s tasks',
  description:
    'With `occupationCode` and no requirements, each task statement of the occupation becomes a requirement (optional, no minimum level, its `taskId` kept) for the employer to edit with PUT /api/roles/{id}/requirements. Without `occupationCode`, the response suggests occupations for the title.',
  ...authenticated,
  request: { body: jsonBody(createRoleBody) },
  responses: {
    201: jsonResponse(roleSchema, 'The role as stored.'),
    400: problemResponse(
      'A field is missing, invalid, unknown; an unknown occupation or task; no requirements.',
    ),
    401: unauthorized,
    403: problemResponse('Only employers post roles.'),
  },
});

const listRolesRoute = createRoute({
  method: 'get',
  path: '/roles',
  operationId: 'listRoles',
  tags,
  summary: 'The caller’s roles, newest first (employers)',
  description: 'The roles the calling employer posted, newest first, each with its requirements.',
  ...authenticated,
  request: { query: roleListQuery },
  responses: {
    200: jsonResponse(roleListSchema, 'A page of roles.'),
    400: problemResponse('A query parameter is invalid.'),
    401: unauthorized,
    403: problemResponse('Only employers have roles.'),
  },
});

const getRoleRoute = createRoute({
  method: 'get',
  path: '/roles/{id}',
  operationId: 'getRole',
  tags,
  summary: 'One role with its requirements (its employer; the administrator)',
  description: 'Visible to the employer who posted it and the administrator; everyone else gets 404.',
  ...authenticated,
  request: { params: roleIdParam },
  responses: { 200: jsonResponse(roleSchema, 'The role.'), 401: unauthorized, 404: hidden },
});

const putRequirementsRoute = createRoute({
  method: 'put',
  path: '/roles/{id}/requirements',
  operationId: 'updateRoleRequirements',
  tags,
  summary: 'Edit a role’s requirements: keep, drop, reword, essential or optional, minimum level',
  description:
    'Send the whole new list. An item with the `id` of a current requirement keeps that id and its task link; an item without `id` is added (new ids are never reused); a current requirement left out is dropped.',
  ...authenticated,
  request: { params: roleIdParam, body: jsonBody(requirementsBody) },
  responses: {
    200: jsonResponse(roleSchema, 'The role with its new requirements.'),
    400: problemResponse(
      'A requirement is invalid, repeats an id, or names an id or task that does not exist.',
    ),
    401: unauthorized,
    403: problemResponse('The administrator does not edit roles.'),
    404: hidden,
  },
});

const candidatesRoute = createRoute({
  method: 'get',
  path: '/roles/{id}/candidates',
  operationId: 'listRoleCandidates',
  tags,
  summary: 'Consenting learners ranked against the role, each explained (its employer)',
  description:
    'Only learners who let the employer see them: discoverable by employers (and not withdrawn from this employer), or interested in this role; `list=interested` only the interested ones, `list=shortlisted` the shortlisted ones. A withdrawal removes a learner from the very next list. Ranked by the matcher’s requirement scorer: anyone missing an essential requirement ranks below everyone who meets them all. Each candidate shown is recorded in the learner’s record of disclosure.',
  ...authenticated,
  request: { params: roleIdParam, query: candidatesQuery },
  responses: {
    200: jsonResponse(candidateListSchema, 'A page of candidates, best first.'),
    400: problemResponse('A query parameter is invalid.'),
    401: unauthorized,
    403: problemResponse('The administrator does not rank candidates.'),
    404: hidden,
  },
});

const disclosuresRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/disclosures',
  operationId: 'listDisclosures',
  tags: ['Learners'],
  summary: 'When and to which employer, for which role, the learner was shown as a candidate (the learner)',
  description:
    'The learner’s record of being shown: which employer saw them, for which role, when, and at what rank. Only the learner and the administrator read it.',
  ...authenticated,
  request: { params: learnerIdParam, query: roleListQuery },
  responses: {
    200: jsonResponse(disclosureListSchema, 'A page of disclosures, newest first.'),
    401: unauthorized,
    403: problemResponse('Only the learner sees their record of disclosures.'),
    404: problemResponse('No such learner, or not visible to the caller.'),
  },
});

export const roleRoutes = createRouter()
  .openapi(createRoleRoute, async (c) => {
    const { role, suggested } = unwrap(await c.var.useCases.roles.create(callerOf(c), c.req.valid('json')));
    return c.json({ ...toRoleJson(role), ...(suggested ? { suggestedOccupations: suggested } : {}) }, 201);
  })
  .openapi(listRolesRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = unwrap(await c.var.useCases.roles.list(callerOf(c), { limit, offset: cursor }));
    return c.json(
      { items: page.items.map(toRoleJson), nextCursor: nextCursor(cursor, limit, page.hasMore) },
      200,
    );
  })
  .openapi(getRoleRoute, async (c) => {
    return c.json(
      toRoleJson(unwrap(await c.var.useCases.roles.get(callerOf(c), c.req.valid('param').id))),
      200,
    );
  })
  .openapi(putRequirementsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { requirements } = c.req.valid('json');
    const role = unwrap(await c.var.useCases.roles.updateRequirements(callerOf(c), id, requirements));
    return c.json(toRoleJson(role), 200);
  })
  .openapi(candidatesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, cursor, list } = c.req.valid('query');
    const { page } = unwrap(
      await c.var.useCases.roles.candidates(callerOf(c), id, { list, limit, offset: cursor }),
    );
    const { hasMore, ...rest } = page;
    return c.json({ ...rest, nextCursor: nextCursor(cursor, limit, hasMore) }, 200);
  })
  .openapi(disclosuresRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const page = unwrap(
      await c.var.useCases.learners.disclosures(callerOf(c), id, { limit, offset: cursor }),
    );
    return c.json(
      {
        items: page.items.map(({ learnerId: _learnerId, ...d }) => d),
        nextCursor: nextCursor(cursor, limit, page.hasMore),
      },
      200,
    );
  });
