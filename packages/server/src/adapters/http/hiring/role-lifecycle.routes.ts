/** A role's life through HTTP: edit its details, publish, close, delete a draft (its employer). */
import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { toRoleJson } from '../roles/role.json.js';
import { editRoleBody, roleIdParam, roleSchema } from '../roles/roles.schema.js';
import { createRouter } from '../router.js';

const tags = ['Employers'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const common = {
  401: problemResponse('No token, or not a valid one.'),
  403: problemResponse('The administrator does not act for employers.'),
  404: problemResponse('No such role, or not the caller’s.'),
};

const editRoute = createRoute({
  operationId: 'editRole',
  method: 'patch',
  path: '/roles/{id}',
  tags,
  summary: 'Edit a role’s title, description, city, mode, salary band or closing date',
  description:
    'Changes the given fields; `null` clears one. Closed roles cannot be edited; a new closing date must not be in the past (China time).',
  ...auth,
  request: {
    params: roleIdParam,
    body: { required: true, content: { 'application/json': { schema: editRoleBody } } },
  },
  responses: {
    200: jsonResponse(roleSchema, 'The role as edited.'),
    400: problemResponse('A field is invalid, or the closing date is in the past (`closesOn` named).'),
    409: problemResponse('The role is closed.'),
    ...common,
  },
});

const publishRoute = createRoute({
  operationId: 'publishRole',
  method: 'post',
  path: '/roles/{id}/publish',
  tags,
  summary: 'Publish a draft: graduates can find it and take interest',
  description:
    'A published role is listed for graduates (`GET /api/learners/{id}/roles`) until it closes or its closing date passes.',
  ...auth,
  request: { params: roleIdParam },
  responses: {
    200: jsonResponse(roleSchema, 'The published role (publishing a published role changes nothing).'),
    400: problemResponse('Its closing date has passed (`closesOn` named).'),
    409: problemResponse('The role is closed.'),
    ...common,
  },
});

const closeRoute = createRoute({
  operationId: 'closeRole',
  method: 'post',
  path: '/roles/{id}/close',
  tags,
  summary: 'Close a published role: no new interest; conversations and candidates stay',
  description:
    'A closed role takes no new interest or invitations and cannot be edited; its candidates, disclosures and conversations stay.',
  ...auth,
  request: { params: roleIdParam },
  responses: {
    200: jsonResponse(roleSchema, 'The closed role (closing a closed role changes nothing).'),
    409: problemResponse('A draft is deleted, not closed.'),
    ...common,
  },
});

const deleteRoute = createRoute({
  operationId: 'deleteRole',
  method: 'delete',
  path: '/roles/{id}',
  tags,
  summary: 'Delete a draft (published and closed roles are kept for the record)',
  description:
    'Only drafts are deleted. The row is kept, marked, so the disclosure records that name it keep its title; the role is gone for everyone else.',
  ...auth,
  request: { params: roleIdParam },
  responses: {
    204: { description: 'Deleted: the role is gone for everyone; disclosure records keep its title.' },
    409: problemResponse('The role was published: close it instead.'),
    ...common,
  },
});

export const roleLifecycleRoutes = createRouter()
  .openapi(editRoute, async (c) => {
    const { id } = c.req.valid('param');
    const role = unwrap(await c.var.useCases.roleLifecycle.edit(callerOf(c), id, c.req.valid('json')));
    return c.json(toRoleJson(role), 200);
  })
  .openapi(publishRoute, async (c) => {
    const role = unwrap(await c.var.useCases.roleLifecycle.publish(callerOf(c), c.req.valid('param').id));
    return c.json(toRoleJson(role), 200);
  })
  .openapi(closeRoute, async (c) => {
    const role = unwrap(await c.var.useCases.roleLifecycle.close(callerOf(c), c.req.valid('param').id));
    return c.json(toRoleJson(role), 200);
  })
  .openapi(deleteRoute, async (c) => {
    unwrap(await c.var.useCases.roleLifecycle.remove(callerOf(c), c.req.valid('param').id));
    return c.body(null, 204);
  });
