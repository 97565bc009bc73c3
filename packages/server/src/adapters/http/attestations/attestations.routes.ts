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
  attestationAnswerBody,
  attestationBody,
  attestationDeclineBody,
  attestationInviteBody,
  attestationInviteClaimBody,
  attestationInviteListSchema,
  attestationInviteSchema,
  attestationQuestionBody,
  attestationRequestBody,
  attestationRequestIdParam,
  attestationRequestItemSchema,
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
    'Employers and advisors see the requests they received; learners see those they sent. Each with its status (requested, info_requested, answered, signed, declined, withdrawn), whose move it is, and its thread of questions, answers and the reason of a decline.',
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
    409: problemResponse(
      'The evidence is revoked or superseded, the caller already attested it, or declined the request.',
    ),
  },
});

const moveResponses = (what: string) => ({
  400: problemResponse('A field is invalid or unknown.'),
  401: problemResponse('No token, or not a valid one.'),
  403: problemResponse(`The caller is on the request but ${what}.`),
  404: problemResponse('No such request, or not the caller’s.'),
  409: problemResponse('The request is not in a state that allows this (see `status`).'),
});

const getRequestRoute = createRoute({
  method: 'get',
  path: '/attestation-requests/{id}',
  operationId: 'getAttestationRequest',
  tags,
  summary: 'One attestation request with its state and thread (its learner or its attester)',
  description:
    'The request as both sides see it: status, whose move it is, questions, answers, a decline’s reason.',
  ...authenticated,
  request: { params: attestationRequestIdParam },
  responses: {
    200: jsonResponse(attestationRequestItemSchema, 'The request.'),
    401: problemResponse('No token, or not a valid one.'),
    404: problemResponse('No such request, or not the caller’s.'),
  },
});

const askRoute = createRoute({
  method: 'post',
  path: '/attestation-requests/{id}/questions',
  operationId: 'askForInformation',
  tags,
  summary: 'Ask the learner for more information before deciding (its attester)',
  description:
    'Allowed while the request waits for the attester (`requested` or `answered`); it becomes `info_requested` and the learner answers. The evidence is not changed.',
  ...authenticated,
  request: { params: attestationRequestIdParam, body: jsonBody(attestationQuestionBody) },
  responses: {
    201: jsonResponse(attestationRequestItemSchema, 'The request, `info_requested`.'),
    ...moveResponses('only its attester asks'),
  },
});

const answerRoute = createRoute({
  method: 'post',
  path: '/attestation-requests/{id}/answers',
  operationId: 'answerAttestationQuestion',
  tags,
  summary: 'Answer the attester’s question with detail and attachments (its learner)',
  description:
    'Allowed while the request is `info_requested`; it becomes `answered` and goes back to the attester. The answer and its attachments stay on the request: the stored evidence is not changed.',
  ...authenticated,
  request: { params: attestationRequestIdParam, body: jsonBody(attestationAnswerBody) },
  responses: {
    201: jsonResponse(attestationRequestItemSchema, 'The request, `answered`.'),
    ...moveResponses('only its learner answers'),
  },
});

const declineRoute = createRoute({
  method: 'post',
  path: '/attestation-requests/{id}/decline',
  operationId: 'declineAttestationRequest',
  tags,
  summary: 'Decline to attest, with a reason (its attester)',
  description:
    'Final: the request becomes `declined` and the learner reads the reason. Nothing is written to the learner’s ledger and the evidence is not changed.',
  ...authenticated,
  request: { params: attestationRequestIdParam, body: jsonBody(attestationDeclineBody) },
  responses: {
    200: jsonResponse(attestationRequestItemSchema, 'The request, `declined`.'),
    ...moveResponses('only its attester declines'),
  },
});

const inviteRoute = createRoute({
  method: 'post',
  path: '/evidence/{id}/attestation-invites',
  operationId: 'inviteAttester',
  tags,
  summary: 'Make a single-use link asking someone to attest a piece (its learner)',
  description:
    'For an attester who is not among the learner’s cohort advisors or earlier attesters: send them the link (or the code). Whoever opens it signed in as an employer or advisor becomes the attester asked; the link then stops working. Expires after 14 days.',
  ...authenticated,
  request: { params: evidenceIdParam, body: jsonBody(attestationInviteBody, false) },
  responses: {
    201: jsonResponse(attestationInviteSchema, 'The invite, `open`.'),
    400: problemResponse('A field is invalid or unknown.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('Only its learner invites attesters.'),
    404: problemResponse('No such evidence, or not visible to the caller.'),
    409: problemResponse('The evidence is revoked or superseded.'),
  },
});

const listInvitesRoute = createRoute({
  method: 'get',
  path: '/evidence/{id}/attestation-invites',
  operationId: 'listAttestationInvites',
  tags,
  summary: 'The invite links made for a piece, open, used or expired (its learner)',
  description: 'Newest first; a used invite names the request it became.',
  ...authenticated,
  request: { params: evidenceIdParam },
  responses: {
    200: jsonResponse(attestationInviteListSchema, 'The invites.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('Only its learner sees them.'),
    404: problemResponse('No such evidence, or not visible to the caller.'),
  },
});

const claimRoute = createRoute({
  method: 'post',
  path: '/attestation-invites/claim',
  operationId: 'claimAttestationInvite',
  tags,
  summary: 'Accept an invite by its code (employers, advisors)',
  description:
    'The caller becomes the attester asked about the invite’s piece; the request appears in their inbox, `requested`.',
  ...authenticated,
  request: { body: jsonBody(attestationInviteClaimBody) },
  responses: {
    201: jsonResponse(attestationRequestSchema, 'The request, `requested`.'),
    400: problemResponse('The code is unknown, used or expired.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('Only employers and advisors attest.'),
    409: problemResponse('The evidence was withdrawn, or the caller was already asked about it.'),
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
  })
  .openapi(getRequestRoute, async (c) => {
    const request = unwrap(await c.var.useCases.attestations.get(callerOf(c), c.req.valid('param').id));
    return c.json(request, 200);
  })
  .openapi(askRoute, async (c) => {
    const { question } = c.req.valid('json');
    const moved = await c.var.useCases.attestations.move(callerOf(c), c.req.valid('param').id, 'ask', {
      text: question,
    });
    return c.json(unwrap(moved), 201);
  })
  .openapi(answerRoute, async (c) => {
    const { text, attachments } = c.req.valid('json');
    const moved = await c.var.useCases.attestations.move(callerOf(c), c.req.valid('param').id, 'answer', {
      text,
      attachments,
    });
    return c.json(unwrap(moved), 201);
  })
  .openapi(declineRoute, async (c) => {
    const { reason } = c.req.valid('json');
    const moved = await c.var.useCases.attestations.move(callerOf(c), c.req.valid('param').id, 'decline', {
      text: reason,
    });
    return c.json(unwrap(moved), 200);
  })
  .openapi(inviteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json') ?? {};
    const invite = unwrap(await c.var.useCases.attestations.invite(callerOf(c), id, body));
    return c.json(withInviteUrl(c.var.deps.config.publicUrl, invite), 201);
  })
  .openapi(listInvitesRoute, async (c) => {
    const invites = unwrap(await c.var.useCases.attestations.invites(callerOf(c), c.req.valid('param').id));
    return c.json({ items: invites.map((i) => withInviteUrl(c.var.deps.config.publicUrl, i)) }, 200);
  })
  .openapi(claimRoute, async (c) => {
    const { code } = c.req.valid('json');
    const request = unwrap(await c.var.useCases.attestations.claimInvite(callerOf(c), code));
    return c.json(request, 201);
  });

/** An invite with the link to send: the page attesters open it on. */
export function withInviteUrl<T extends { code: string }>(base: string, invite: T): T & { url: string } {
  return { ...invite, url: `${base.replace(/\/$/, '')}/attest/${invite.code}` };
}
