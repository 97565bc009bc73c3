/** The public transparency log: the latest signed checkpoint and RFC 9162 inclusion and consistency proofs. */
import { createRoute } from '@hono/zod-openapi';
import {
  consistencyProof,
  currentCheckpoint,
  findLoggedEntry,
  inclusionProof,
  signCheckpoint,
} from '@skillbank/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { jsonResponse, problemResponse } from '../../http/openapi-common.js';
import { createRouter } from '../../http/router.js';
import {
  checkpointSchema,
  consistencyQuery,
  consistencySchema,
  inclusionQuery,
  inclusionSchema,
} from './transparency.schema.js';

const checkpointRoute = createRoute({
  method: 'get',
  path: '/transparency/checkpoint',
  operationId: 'getTransparencyCheckpoint',
  tags: ['Transparency'],
  summary: 'The latest signed checkpoint of the transparency log',
  description:
    'At most `SKILLBANK_CHECKPOINT_SECONDS` old while the log grows (0: a fresh one whenever it has grown). Keep one: `skillbank audit --since` proves the database still extends it.',
  responses: { 200: jsonResponse(checkpointSchema, 'The checkpoint.') },
});

const inclusionRoute = createRoute({
  method: 'get',
  path: '/transparency/proof/inclusion',
  operationId: 'getInclusionProof',
  tags: ['Transparency'],
  summary: 'Proof that a ledger entry is in the log',
  description:
    'An RFC 9162 inclusion path for the entry with this hash in the tree of `treeSize` leaves (default: the checkpoint in force, signed afresh when the entry came after it).',
  request: { query: inclusionQuery },
  responses: {
    200: jsonResponse(inclusionSchema, 'The RFC 9162 inclusion proof.'),
    400: problemResponse('A parameter is invalid, or the entry is not in a tree of that size.'),
    404: problemResponse('No log entry has this hash.'),
  },
});

const consistencyRoute = createRoute({
  method: 'get',
  path: '/transparency/proof/consistency',
  operationId: 'getConsistencyProof',
  tags: ['Transparency'],
  summary: 'Proof that an earlier tree is a prefix of a later one',
  description:
    'An RFC 9162 consistency proof between two tree sizes (`to` defaults to the checkpoint in force): what shows a checkpoint you kept is still part of the log.',
  request: { query: consistencyQuery },
  responses: {
    200: jsonResponse(consistencySchema, 'The RFC 9162 consistency proof.'),
    400: problemResponse('A size is invalid or larger than the log.'),
  },
});

/** The checkpoint in force: signed afresh when the latest is too old and the log has grown. */
export function checkpointNow(c: Context<AppEnv>) {
  const { db, platformKey, config } = c.var.deps;
  return currentCheckpoint(db, platformKey, { maxAgeSeconds: config.checkpointSeconds });
}

export const transparencyRoutes = createRouter()
  .openapi(checkpointRoute, async (c) => c.json(await checkpointNow(c), 200))
  .openapi(inclusionRoute, async (c) => {
    const { entry, treeSize } = c.req.valid('query');
    const { db, platformKey } = c.var.deps;
    if (treeSize !== undefined) return c.json(await inclusionProof(db, entry, treeSize), 200);
    // Against the checkpoint in force; one signed now when the entry came after it.
    let checkpoint = await checkpointNow(c);
    const logged = await findLoggedEntry(db, entry);
    if (logged && logged.leafIndex >= checkpoint.treeSize) checkpoint = await signCheckpoint(db, platformKey);
    return c.json(await inclusionProof(db, entry, checkpoint.treeSize), 200);
  })
  .openapi(consistencyRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    const size = to ?? (await checkpointNow(c)).treeSize;
    return c.json(await consistencyProof(c.var.deps.db, from, size), 200);
  });
