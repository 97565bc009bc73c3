/** The public occupation browser: search, filters and one occupation with its tasks and path. */
import { createRoute } from '@hono/zod-openapi';
import type { OccupationSummary } from '@skillbank/core';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import { checkCodes } from '../scheme-fields.js';
import {
  occupationCodeParam,
  occupationDetailSchema,
  occupationListQuery,
  occupationListSchema,
} from './occupations.schema.js';

const listRoute = createRoute({
  method: 'get',
  path: '/occupations',
  operationId: 'searchOccupations',
  tags: ['Occupations'],
  summary: 'Search and filter occupations',
  description:
    'Without `q`, the occupations in code order; with `q`, ranked by relevance over names, definitions and task statements (synonyms and near words included). Filters: digital, green, group. Cursor pages.',
  request: { query: occupationListQuery },
  responses: {
    200: jsonResponse(occupationListSchema, 'A page of occupations, best matches first when `q` is given.'),
    400: problemResponse('A query parameter is invalid.'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/occupations/{code}',
  operationId: 'getOccupation',
  tags: ['Occupations'],
  summary: 'One occupation with its definition, tasks and path up the hierarchy',
  description:
    'Its definition, numbered task statements and the path of groups above it. 400 for a malformed code, 404 for an unknown one.',
  request: { params: occupationCodeParam },
  responses: {
    200: jsonResponse(occupationDetailSchema, 'The occupation.'),
    400: problemResponse('The code is malformed.'),
    404: problemResponse('No occupation has this code.'),
  },
});

export function toSummaryJson(o: OccupationSummary) {
  return {
    code: o.code,
    name: o.name,
    digital: o.digital,
    green: o.green,
    isNew: o.isNew,
    group: { major: o.majorCode, middle: o.middleCode, minor: o.minorCode },
  };
}

export const occupationRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { q, digital, green, group, limit, cursor } = c.req.valid('query');
    checkCodes(c.var.deps.served.current.taxonomy.scheme, 'query', [
      { path: 'group', code: group, kind: 'group' },
    ]);
    const page = unwrap(
      await c.var.useCases.occupations.search({ q, digital, green, group, limit, offset: cursor }),
    );
    return c.json(
      { items: page.items.map(toSummaryJson), nextCursor: nextCursor(cursor, limit, page.hasMore) },
      200,
    );
  })
  .openapi(getRoute, async (c) => {
    const { code } = c.req.valid('param');
    checkCodes(c.var.deps.served.current.taxonomy.scheme, 'param', [
      { path: 'code', code, kind: 'occupation' },
    ]);
    const {
      occupation: o,
      path,
      taxonomy,
    } = unwrap(await c.var.useCases.occupations.get(code, { lookup: true }));
    return c.json(
      {
        ...toSummaryJson(o),
        definition: o.definition,
        tasks: o.tasks,
        path,
        taxonomy: { id: taxonomy.id, version: taxonomy.version },
      },
      200,
    );
  });
