/** Liveness and readiness: answers 200 when the database answers. */
import { createRoute, z } from '@hono/zod-openapi';
import { pingDatabase } from '@skillbank/core';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { createRouter } from '../router.js';

const route = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Operations'],
  summary: 'Health check',
  responses: {
    200: jsonResponse(
      z.object({ status: z.literal('ok'), database: z.string(), taxonomy: z.string() }),
      'Healthy.',
    ),
    503: problemResponse('The database does not answer.'),
  },
});

export const healthRoutes = createRouter().openapi(route, async (c) => {
  const { db, dialect } = c.var.deps;
  const { taxonomy } = c.var.deps.served.current;
  await pingDatabase(db);
  return c.json(
    { status: 'ok' as const, database: dialect, taxonomy: `${taxonomy.id}@${taxonomy.version}` },
    200,
  );
});
