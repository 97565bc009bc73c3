/** Liveness and readiness: answers 200 when the database answers. */
import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';

const route = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  tags: ['Operations'],
  summary: 'Health check',
  description:
    'Answers 200 with the database dialect and the served taxonomy when the database answers, 503 otherwise.',
  responses: {
    200: jsonResponse(
      z.object({ status: z.literal('ok'), database: z.string(), taxonomy: z.string() }),
      'Healthy.',
    ),
    503: problemResponse('The database does not answer.'),
  },
});

export const healthRoutes = createRouter().openapi(route, async (c) => {
  const taxonomy = unwrap(await c.var.useCases.occupations.health());
  return c.json(
    { status: 'ok' as const, database: c.var.deps.dialect, taxonomy: `${taxonomy.id}@${taxonomy.version}` },
    200,
  );
});
