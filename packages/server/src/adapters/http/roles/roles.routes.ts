/**
 * Employers' roles: create (from free text or an occupation's tasks, with suggested occupations),
 * list, read, edit the requirements, and rank consenting candidates; and a learner's record of
 * the candidate lists they were shown in.
 */
import { createRoute } from '@hono/zod-openapi';
import {
  createRole,
  getRole,
  listDisclosures,
  listRoles,
  replaceRoleRequirements,
  roleSubject,
  runInTransaction,
} from '@skillbank/core';
import { candidatePoolCache } from '../../../candidates/candidate-pool.cache.js';
import { rankCandidates } from '../../../candidates/rank-candidates.js';
import { authorizeLearner, enforceOnResource } from '../access.js';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { learnerIdParam } from '../learners/learners.schema.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { notFound } from '../problem.js';
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
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const jsonBody = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } }) as const;
const unauthorized = problemResponse('No token, or not a valid one.');
const hidden = problemResponse('No such role, or not the caller’s.');

const createRoleRoute = createRoute({
  method: 'post',
  path: '/roles',
  tags,
  summary: 'Post a role (employers): free-text requirements, or start from an occupation’s tasks',
  description:
    'With `occupationCode` and no requirements, each task statement of the occupation becomes a requirement (optional, no minimum level, its `taskId` kept) for the employer to edit with PUT /api/roles/{id}/requirements. Without `occupationCode`, the response suggests occupations for the title.',
  ...auth,
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
  tags,
  summary: 'The caller’s roles, newest first (employers)',
  ...auth,
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
  tags,
  summary: 'One role with its requirements (its employer; the administrator)',
  ...auth,
  request: { params: roleIdParam },
  responses: { 200: jsonResponse(roleSchema, 'The role.'), 401: unauthorized, 404: hidden },
});

const putRequirementsRoute = createRoute({
  method: 'put',
  path: '/roles/{id}/requirements',
  tags,
  summary: 'Edit a role’s requirements: keep, drop, reword, essential or optional, minimum level',
  description:
    'Send the whole new list. An item with the `id` of a current requirement keeps that id and its task link; an item without `id` is added (new ids are never reused); a current requirement left out is dropped.',
  ...auth,
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
  tags,
  summary: 'Consenting learners ranked against the role, each explained (its employer)',
  description:
    'Only learners whose consent in force makes them discoverable by employers; withdrawing consent removes a learner from the very next list. Ranked by the matcher’s requirement scorer: anyone missing an essential requirement ranks below everyone who meets them all. Each candidate shown is recorded in the learner’s record of disclosure.',
  ...auth,
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
  tags: ['Learners'],
  summary: 'When and to which employer, for which role, the learner was shown as a candidate (the learner)',
  ...auth,
  request: { params: learnerIdParam, query: roleListQuery },
  responses: {
    200: jsonResponse(disclosureListSchema, 'A page of disclosures, newest first.'),
    401: unauthorized,
    403: problemResponse('Only the learner sees their record of disclosures.'),
    404: problemResponse('No such learner, or not visible to the caller.'),
  },
});

async function ownedRole(
  c: Parameters<typeof callerOf>[0],
  id: string,
  action: 'role:read' | 'role:update' | 'role:candidates',
) {
  const { account } = callerOf(c);
  enforceOnResource(account, action, await roleSubject(c.var.deps.db, id), `role ${id}`);
  const role = await getRole(c.var.deps.db, id);
  if (!role) throw notFound(`role ${id}`);
  return role;
}

export const roleRoutes = createRouter()
  .openapi(createRoleRoute, async (c) => {
    const { account } = callerOf(c);
    enforceOnResource(account, 'role:create');
    const { db } = c.var.deps;
    const { matcher, taxonomy } = c.var.deps.served.current;
    const body = c.req.valid('json');
    const role = await runInTransaction(db, (trx) =>
      createRole(trx, body, { employerId: account.id, taxonomyId: taxonomy.id }),
    );
    const suggested =
      body.occupationCode === undefined
        ? matcher.classify(
            body.description === undefined
              ? { title: body.title }
              : { title: body.title, description: body.description },
            { limit: 5 },
          ).candidates
        : undefined;
    return c.json(
      {
        ...toRoleJson(role, c.var.deps.served.current),
        ...(suggested ? { suggestedOccupations: suggested } : {}),
      },
      201,
    );
  })
  .openapi(listRolesRoute, async (c) => {
    const { account } = callerOf(c);
    enforceOnResource(account, 'role:list');
    const { limit, cursor } = c.req.valid('query');
    const page = await listRoles(c.var.deps.db, account.id, { limit, offset: cursor });
    return c.json(
      {
        items: page.items.map((r) => toRoleJson(r, c.var.deps.served.current)),
        nextCursor: nextCursor(cursor, limit, page.hasMore),
      },
      200,
    );
  })
  .openapi(getRoleRoute, async (c) => {
    const role = await ownedRole(c, c.req.valid('param').id, 'role:read');
    return c.json(toRoleJson(role, c.var.deps.served.current), 200);
  })
  .openapi(putRequirementsRoute, async (c) => {
    const { id } = c.req.valid('param');
    await ownedRole(c, id, 'role:update');
    const { requirements } = c.req.valid('json');
    const role = await runInTransaction(c.var.deps.db, (trx) =>
      replaceRoleRequirements(trx, id, requirements),
    );
    return c.json(toRoleJson(role, c.var.deps.served.current), 200);
  })
  .openapi(candidatesRoute, async (c) => {
    const role = await ownedRole(c, c.req.valid('param').id, 'role:candidates');
    const { limit, cursor } = c.req.valid('query');
    const { db } = c.var.deps;
    const { matcher } = c.var.deps.served.current;
    const page = await rankCandidates(db, candidatePoolCache(db, matcher), role, { limit, offset: cursor });
    const { hasMore, ...rest } = page;
    return c.json({ ...rest, nextCursor: nextCursor(cursor, limit, hasMore) }, 200);
  })
  .openapi(disclosuresRoute, async (c) => {
    const { account } = callerOf(c);
    const { id } = c.req.valid('param');
    await authorizeLearner(c, account, 'disclosures:list', id);
    const { limit, cursor } = c.req.valid('query');
    const page = await listDisclosures(c.var.deps.db, id, { limit, offset: cursor });
    return c.json(
      {
        items: page.items.map(({ learnerId: _learnerId, ...d }) => d),
        nextCursor: nextCursor(cursor, limit, page.hasMore),
      },
      200,
    );
  });
