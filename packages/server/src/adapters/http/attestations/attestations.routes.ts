/** Asking for attestations, the attester's inbox, and signing. */
import { createRoute } from '@hono/zod-openapi';
import { authenticated, callerOf } from '../auth.js';
import { attestationSchema, evidenceIdParam } from '../evidence/evidence.schema.js';
import { toAttestationJson } from '../evidence/index.js';
import { jsonBody, jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import {
  attestationBody,
  attestationRequestBody,
  attestationRequestListQuery,
  attestationRequestListSchema,
  attestationRequestSchema,
} from './attestations.schema.js';

const tags = ['Attestation'];

const requestRoute = createRoute({
  method: 'post',
  path: '/evidence/{id}/attestation-requests',
  operationId: 'requestAttestation',
  tags,
  summary: 'Ask an employer or advisor to vouch for a piece of evidence (its learner)',
  description:
    'The attester can then read that piece and finds the request in `GET /api/attestation-requests`.',
  ...authenticated,
  request: { params: evidenceIdParam, body: jsonBody(attestationRequestBody) },
  responses: {
    201: jsonResponse(attestationRequestSchema, 'The request, `pending`.'),
    400: problemResponse('A field is invalid, or `attesterId` is not an employer or advisor account.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('Only its learner asks for attestations.'),
    404: problemResponse('No such evidence, or not visible to the caller.'),
    409: problemResponse('The evidence is revoked or superseded, or this attester was already asked.'),
  },
});

const inboxRoute = createRoute({
  method: 'get',
  path: '/attestation-requests',
  operationId: 'listAttestationRequests',
  tags,
  summary: 'Attestation requests: received (employers, advisors) or sent (learners), newest first',
  description:
    'Employers and advisors see the requests they received; learners see those they sent. Each with its status: pending, attested, or withdrawn when the evidence was revoked or corrected.',
  ...authenticated,
  request: { query: attestationRequestListQuery },
  responses: {
    200: jsonResponse(attestationRequestListSchema, 'A page of requests with their status.'),
    400: problemResponse('A query parameter is invalid.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('The administrator has no requests.'),
  },
});

const attestRoute = createRoute({
  method: 'post',
  path: '/evidence/{id}/attestations',
  operationId: 'attestEvidence',
  tags,
  summary: 'Sign a piece of evidence (an attester the learner asked)',
  description:
    'Signs, with the attester’s Ed25519 key, the canonical JSON of `{type:"skillbank.attestation", v:1, id, evidenceId, evidenceHash, learnerId, attesterId, statement, level, signedAt}`, appends it to the learner’s ledger, and the evidence becomes `attested`. Verify with `GET /api/accounts/{attesterId}/public-key`.',
  ...authenticated,
  request: { params: evidenceIdParam, body: jsonBody(attestationBody) },
  responses: {
    201: jsonResponse(attestationSchema, 'The signed attestation.'),
    400: problemResponse('A field is invalid or unknown.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('The caller may see the evidence but was not asked to attest it.'),
    404: problemResponse('No such evidence, or not visible to the caller.'),
    409: problemResponse('The evidence is revoked or superseded, or the caller already attested it.'),
  },
});

export const attestationRoutes = createRouter()
  .openapi(requestRoute, async (c) => {
    const { id } = c.req.valid('param');
    const request = unwrap(await c.var.useCases.attestations.request(callerOf(c), id, c.req.valid('json')));
    return c.json(request, 201);
  })
  .openapi(inboxRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = unwrap(await c.var.useCases.attestations.list(callerOf(c), { limit, offset: cursor }));
    return c.json({ items: page.items, nextCursor: nextCursor(cursor, limit, page.hasMore) }, 200);
  })
  .openapi(attestRoute, async (c) => {
    const { id } = c.req.valid('param');
    const attestation = unwrap(
      await c.var.useCases.attestations.attest(callerOf(c), id, c.req.valid('json')),
    );
    return c.json(toAttestationJson(attestation), 201);
  });
