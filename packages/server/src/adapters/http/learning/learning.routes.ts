/**
 * Learning and competitions over HTTP: providers publish offerings and record signed results;
 * learners search, enrol, see recommendations and accept results; a competition's results are
 * public for entrants who agreed. Thin: parse, call the use case, present.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { LearningResult } from '@skillbank/core';
import type { NextStepCode, NextStepParams } from '@skillbank/matcher';
import type { Context } from 'hono';
import { explainRecommendation } from '../../../learning/recommendation-text.js';
import { negotiateLang, nextStepText } from '../../../messages/index.js';
import {
  authenticate,
  bearerSecurity,
  bearerToken,
  type Caller,
  callerOf,
  requireAuth,
} from '../../http/auth.js';
import type { AppEnv } from '../env.js';
import { learnerIdParam } from '../learners/learners.schema.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { HttpError, unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import {
  acceptBody,
  acceptedSchema,
  enrolmentIdParam,
  enrolmentSchema,
  learnerEnrolmentListSchema,
  offeringEnrolmentListSchema,
  offeringIdParam,
  offeringInputBody,
  offeringListSchema,
  offeringSchema,
  offeringSearchQuery,
  publicResultsSchema,
  recommendationsQuery,
  recommendationsSchema,
  resultIdParam,
  resultInputBody,
  resultSchema,
  revokeResultBody,
  visibilityBody,
} from './learning.schema.js';

const tags = ['Learning'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const jsonBody = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } }) as const;
const unauthorized = problemResponse('No token, or not a valid one.');
const pageQuery = offeringSearchQuery.pick({ limit: true, cursor: true });

const useCases = (c: { var: AppEnv['Variables'] }) => c.var.useCases.learning;

/** A result as JSON: its signed record and attestation are plain JSON objects. */
const resultJson = (r: LearningResult) => ({
  ...r,
  record: r.record as unknown as Record<string, never> | null,
  attestation: r.attestation as unknown as Record<string, never> | null,
});

/** The caller when a valid token is sent, else `null` (public routes that say more to their owner). */
async function optionalCaller(c: Context<AppEnv>): Promise<Caller | null> {
  const token = bearerToken(c.req.header('authorization'));
  const account = token ? await authenticate(c.var.deps.db, c.var.deps.config, token) : null;
  return token && account ? { account, token } : null;
}

const publishRoute = createRoute({
  operationId: 'publishOffering',
  method: 'post',
  path: '/offerings',
  tags,
  summary: 'Publish a course, an assessment or a competition (providers)',
  description:
    'Only providers. `taskIds` must be task statements of the served taxonomy; the offering is public at once.',
  ...auth,
  request: { body: jsonBody(offeringInputBody) },
  responses: {
    201: jsonResponse(offeringSchema, 'The offering as published.'),
    400: problemResponse('A field is missing, invalid or unknown; a task id is not in the taxonomy.'),
    401: unauthorized,
    403: problemResponse('Only providers publish offerings.'),
  },
});

const searchRoute = createRoute({
  operationId: 'searchOfferings',
  method: 'get',
  path: '/offerings',
  tags,
  summary: 'Search published offerings (public)',
  description:
    'Every given filter must hold; `q` words must all appear in the title, description, skills or city. Newest first, in pages.',
  request: { query: offeringSearchQuery },
  responses: {
    200: jsonResponse(offeringListSchema, 'A page of offerings.'),
    400: problemResponse('A query parameter is invalid.'),
  },
});

const getRoute = createRoute({
  operationId: 'getOffering',
  method: 'get',
  path: '/offerings/{id}',
  tags,
  summary: 'One offering (public)',
  description: 'Public. A withdrawn offering is still readable, marked `withdrawn`.',
  request: { params: offeringIdParam },
  responses: {
    200: jsonResponse(offeringSchema, 'The offering.'),
    404: problemResponse('No such offering.'),
  },
});

const updateRoute = createRoute({
  operationId: 'updateOffering',
  method: 'put',
  path: '/offerings/{id}',
  tags,
  summary: 'Edit an offering as a whole (its provider); results already recorded keep what was signed',
  description: 'Send the whole offering. Results already recorded keep the record that was signed.',
  ...auth,
  request: { params: offeringIdParam, body: jsonBody(offeringInputBody) },
  responses: {
    200: jsonResponse(offeringSchema, 'The offering as edited.'),
    400: problemResponse('A field is missing, invalid or unknown; a task id is not in the taxonomy.'),
    401: unauthorized,
    403: problemResponse('Only its provider edits an offering.'),
    404: problemResponse('No such offering.'),
  },
});

const statusRoute = (verb: 'withdraw' | 'publish') =>
  createRoute({
    operationId: verb === 'withdraw' ? 'withdrawOffering' : 'republishOffering',
    method: 'post',
    path: `/offerings/{id}/${verb}`,
    tags,
    summary:
      verb === 'withdraw'
        ? 'Withdraw an offering: it leaves search and takes no enrolments (its provider)'
        : 'Publish a withdrawn offering again (its provider)',
    description:
      verb === 'withdraw'
        ? 'Only its provider. Enrolments and results stay; the offering stops appearing in search and enrolling.'
        : 'Only its provider. The offering appears in search and takes enrolments again.',
    ...auth,
    request: { params: offeringIdParam },
    responses: {
      200: jsonResponse(offeringSchema, 'The offering.'),
      401: unauthorized,
      403: problemResponse('Only its provider changes an offering.'),
      404: problemResponse('No such offering.'),
    },
  });

const enrolRoute = createRoute({
  operationId: 'enrol',
  method: 'post',
  path: '/offerings/{id}/enrolments',
  tags,
  summary: 'Enrol in an offering (learners); the provider then sees the learner’s name on its list',
  description:
    'Only learners, once per offering (again after withdrawing). The provider then sees the learner’s name and enrolment on its list, and nothing else of the learner’s account.',
  ...auth,
  request: { params: offeringIdParam },
  responses: {
    201: jsonResponse(enrolmentSchema, 'The enrolment.'),
    401: unauthorized,
    403: problemResponse('Only learners enrol.'),
    404: problemResponse('No such offering.'),
    409: problemResponse('Already enrolled, or the offering was withdrawn.'),
  },
});

const enrolmentsRoute = createRoute({
  operationId: 'listOfferingEnrolments',
  method: 'get',
  path: '/offerings/{id}/enrolments',
  tags,
  summary: 'Who enrolled, with the results recorded (its provider)',
  description:
    'Only the offering’s provider (and the administrator, read-only): each enrolment with the learner’s name and every result recorded on it.',
  ...auth,
  request: { params: offeringIdParam, query: pageQuery },
  responses: {
    200: jsonResponse(offeringEnrolmentListSchema, 'A page of enrolments, oldest first.'),
    401: unauthorized,
    403: problemResponse('Only its provider sees who enrolled.'),
    404: problemResponse('No such offering.'),
  },
});

const recordRoute = createRoute({
  operationId: 'recordResult',
  method: 'post',
  path: '/enrolments/{id}/results',
  tags,
  summary: 'Record a result on an enrolment, signed with the provider’s key (its provider)',
  description:
    'The result is offered to the learner: once they accept it, it enters their ledger as evidence (kind `learning`, `assessment` or `competition`, with the covered tasks and level) carrying the provider’s Ed25519 signature. A failed outcome is kept as `recorded` and never becomes evidence. One standing result per enrolment: revoke it to record another.',
  ...auth,
  request: { params: enrolmentIdParam, body: jsonBody(resultInputBody) },
  responses: {
    201: jsonResponse(resultSchema, 'The result, `offered` (or `recorded` when failed).'),
    400: problemResponse('A field is invalid, or the outcome does not fit the kind of offering.'),
    401: unauthorized,
    403: problemResponse('Only the provider records results.'),
    404: problemResponse('No such enrolment, or not in the caller’s offering.'),
    409: problemResponse('The enrolment already has a standing result, or was withdrawn.'),
  },
});

const importRoute = createRoute({
  operationId: 'importResults',
  method: 'post',
  path: '/offerings/{id}/results/import',
  tags,
  summary: 'Record many results from a CSV file, all or nothing (its provider)',
  description:
    'Body: `text/csv` with the header `enrolmentId,outcome,level,rank,award,statement` (the first two required). If any row is bad, nothing is recorded and the problem lists every bad row as `errors[{path: "line N: column", message}]`.',
  ...auth,
  request: {
    params: offeringIdParam,
    body: { required: true, content: { 'text/csv': { schema: z.string() } } },
  },
  responses: {
    201: jsonResponse(
      z.object({ imported: z.number().int(), items: z.array(resultSchema) }),
      'Every row recorded.',
    ),
    400: problemResponse('Bad rows (each named); nothing was recorded.'),
    401: unauthorized,
    403: problemResponse('Only its provider records results.'),
    404: problemResponse('No such offering.'),
  },
});

const learnerEnrolmentsRoute = createRoute({
  operationId: 'listLearnerEnrolments',
  method: 'get',
  path: '/learners/{id}/enrolments',
  tags,
  summary: 'The learner’s enrolled and completed offerings with their results (the learner)',
  description:
    'Only the learner (and the administrator): each enrolment with its offering and results, newest first.',
  ...auth,
  request: { params: learnerIdParam },
  responses: {
    200: jsonResponse(learnerEnrolmentListSchema, 'Enrolments, newest first.'),
    401: unauthorized,
    404: problemResponse('No such learner, or not the caller.'),
  },
});

const getResultRoute = createRoute({
  operationId: 'getResult',
  method: 'get',
  path: '/results/{id}',
  tags,
  summary: 'One result (its learner, its provider)',
  description:
    'Its learner, its provider and the administrator. `record` is the evidence accepting it deposits; `attestation` the provider’s signature over its hash.',
  ...auth,
  request: { params: resultIdParam },
  responses: {
    200: jsonResponse(resultSchema, 'The result.'),
    401: unauthorized,
    404: problemResponse('No such result.'),
  },
});

const acceptRoute = createRoute({
  operationId: 'acceptResult',
  method: 'post',
  path: '/results/{id}/accept',
  tags,
  summary: 'Accept a result: it becomes provider-signed evidence in the learner’s ledger (the learner)',
  description:
    'Only the result’s learner. The signed record is deposited in the learner’s ledger followed by the provider’s attestation; `showPublicly` lets it appear on the offering’s public results.',
  ...auth,
  request: {
    params: resultIdParam,
    body: { required: false, content: { 'application/json': { schema: acceptBody } } },
  },
  responses: {
    201: jsonResponse(acceptedSchema, 'The evidence id and the result, now `accepted`.'),
    401: unauthorized,
    403: problemResponse('Only the learner accepts a result.'),
    404: problemResponse('No such result.'),
    409: problemResponse('Already accepted, revoked by the provider, or a failed outcome.'),
  },
});

const declineRoute = createRoute({
  operationId: 'declineResult',
  method: 'post',
  path: '/results/{id}/decline',
  tags,
  summary: 'Decline an offered result (the learner); it can still be accepted later',
  description: 'Only the result’s learner; the provider’s record stays and can be accepted later.',
  ...auth,
  request: { params: resultIdParam },
  responses: {
    200: jsonResponse(resultSchema, 'The result, `declined`.'),
    401: unauthorized,
    403: problemResponse('Only the learner declines a result.'),
    404: problemResponse('No such result.'),
    409: problemResponse('The result is not waiting for an answer.'),
  },
});

const visibilityRoute = createRoute({
  operationId: 'setResultVisibility',
  method: 'put',
  path: '/results/{id}/visibility',
  tags,
  summary: 'Whether the result may appear on the offering’s public results page (the learner)',
  description:
    'Only the result’s learner: whether the accepted result appears on the offering’s public results page.',
  ...auth,
  request: { params: resultIdParam, body: jsonBody(visibilityBody) },
  responses: {
    200: jsonResponse(resultSchema, 'The result.'),
    400: problemResponse('`shownPublicly` is missing or not a boolean.'),
    401: unauthorized,
    403: problemResponse('Only the learner decides.'),
    404: problemResponse('No such result.'),
  },
});

const revokeRoute = createRoute({
  operationId: 'revokeResult',
  method: 'post',
  path: '/results/{id}/revoke',
  tags,
  summary: 'Revoke a result (the provider who recorded it); accepted evidence stays in the ledger, revoked',
  description:
    'Only the provider who recorded it. An accepted result’s evidence stays in the learner’s ledger, marked revoked, and stops counting.',
  ...auth,
  request: {
    params: resultIdParam,
    body: { required: false, content: { 'application/json': { schema: revokeResultBody } } },
  },
  responses: {
    200: jsonResponse(resultSchema, 'The result, `revoked`.'),
    401: unauthorized,
    403: problemResponse('Only the provider who recorded it revokes a result.'),
    404: problemResponse('No such result.'),
    409: problemResponse('Already revoked.'),
  },
});

const publicResultsRoute = createRoute({
  operationId: 'listPublicResults',
  method: 'get',
  path: '/offerings/{id}/results',
  tags,
  summary: 'An offering’s public results: entrants who accepted and agreed to be shown (public)',
  description:
    'Best placings first. Each provider signature is verified on the spot against the evidence as the learner’s ledger holds it; results the learner withdrew or the provider revoked drop out.',
  request: { params: offeringIdParam },
  responses: {
    200: jsonResponse(publicResultsSchema, 'The public results.'),
    404: problemResponse('No such offering.'),
  },
});

const recommendationsRoute = createRoute({
  operationId: 'getRecommendations',
  method: 'get',
  path: '/learners/{id}/recommendations',
  tags,
  summary: 'Offerings that would close the learner’s gap to an occupation or a role, best value first',
  description:
    'With `role`, the same for an employer’s role, scored with the requirement scorer employers rank candidates with; items then list `coversRequirements`. For each published offering that declares a missing task of the target, the matcher scores the learner now (`scoreNow`) and with the evidence completing it would add (`scoreAfter`: the very record a provider would sign, dated today). Ranked by gain ÷ (hours + yuan ÷ 25); each item names the missing tasks it covers with the matcher’s gain for each. Missing tasks no offering covers are listed in `uncovered` with the matcher’s next step. Deterministic; `recommender.version` names the formula.',
  ...auth,
  request: { params: learnerIdParam, query: recommendationsQuery },
  responses: {
    200: jsonResponse(recommendationsSchema, 'Recommended offerings and what stays uncovered.'),
    400: problemResponse('`occupation` is missing or malformed.'),
    401: unauthorized,
    404: problemResponse('No such learner or occupation, or not visible to the caller.'),
  },
});

export const learningRoutes = createRouter()
  .openapi(publishRoute, async (c) =>
    c.json(unwrap(await useCases(c).publish(callerOf(c), c.req.valid('json'))), 201),
  )
  .openapi(searchRoute, async (c) => {
    const { limit, cursor, provider, ...filter } = c.req.valid('query');
    const page = unwrap(
      await useCases(c).search(
        await optionalCaller(c),
        { ...filter, ...(provider === undefined ? {} : { providerId: provider }) },
        { limit, offset: cursor },
      ),
    );
    return c.json({ items: page.items, nextCursor: nextCursor(cursor, limit, page.hasMore) }, 200);
  })
  .openapi(getRoute, async (c) => c.json(unwrap(await useCases(c).get(c.req.valid('param').id)), 200))
  .openapi(updateRoute, async (c) =>
    c.json(unwrap(await useCases(c).update(callerOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  )
  .openapi(statusRoute('withdraw'), async (c) =>
    c.json(unwrap(await useCases(c).setStatus(callerOf(c), c.req.valid('param').id, 'withdrawn')), 200),
  )
  .openapi(statusRoute('publish'), async (c) =>
    c.json(unwrap(await useCases(c).setStatus(callerOf(c), c.req.valid('param').id, 'published')), 200),
  )
  .openapi(enrolRoute, async (c) =>
    c.json(unwrap(await useCases(c).enrol(callerOf(c), c.req.valid('param').id)), 201),
  )
  .openapi(enrolmentsRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = unwrap(
      await useCases(c).enrolments(callerOf(c), c.req.valid('param').id, {
        limit,
        offset: cursor,
      }),
    );
    const items = page.items.map((e) => ({ ...e, results: e.results.map(resultJson) }));
    return c.json({ items, nextCursor: nextCursor(cursor, limit, page.hasMore) }, 200);
  })
  .openapi(recordRoute, async (c) =>
    c.json(
      resultJson(unwrap(await useCases(c).record(callerOf(c), c.req.valid('param').id, c.req.valid('json')))),
      201,
    ),
  )
  .openapi(importRoute, async (c) => {
    const { id } = c.req.valid('param');
    const items = unwrap(await useCases(c).importResults(callerOf(c), id, await c.req.text()));
    return c.json({ imported: items.length, items: items.map(resultJson) }, 201);
  })
  .openapi(learnerEnrolmentsRoute, async (c) => {
    const items = unwrap(await useCases(c).learnerEnrolments(callerOf(c), c.req.valid('param').id));
    return c.json({ items: items.map((e) => ({ ...e, results: e.results.map(resultJson) })) }, 200);
  })
  .openapi(getResultRoute, async (c) =>
    c.json(resultJson(unwrap(await useCases(c).result(callerOf(c), c.req.valid('param').id))), 200),
  )
  .openapi(acceptRoute, async (c) => {
    const text = await c.req.text();
    const parsed = acceptBody.safeParse(text.trim() === '' ? {} : safeJson(text));
    if (!parsed.success) throw badBody(parsed.error);
    const { evidenceId, result } = unwrap(
      await useCases(c).accept(callerOf(c), c.req.valid('param').id, parsed.data),
    );
    return c.json({ evidenceId, result: resultJson(result) }, 201);
  })
  .openapi(declineRoute, async (c) =>
    c.json(resultJson(unwrap(await useCases(c).decline(callerOf(c), c.req.valid('param').id))), 200),
  )
  .openapi(visibilityRoute, async (c) =>
    c.json(
      resultJson(
        unwrap(
          await useCases(c).setShownPublicly(
            callerOf(c),
            c.req.valid('param').id,
            c.req.valid('json').shownPublicly,
          ),
        ),
      ),
      200,
    ),
  )
  .openapi(revokeRoute, async (c) => {
    const text = await c.req.text();
    const parsed = revokeResultBody.safeParse(text.trim() === '' ? {} : safeJson(text));
    if (!parsed.success) throw badBody(parsed.error);
    return c.json(
      resultJson(unwrap(await useCases(c).revoke(callerOf(c), c.req.valid('param').id, parsed.data))),
      200,
    );
  })
  .openapi(publicResultsRoute, async (c) =>
    c.json(unwrap(await useCases(c).publicResults(c.req.valid('param').id)), 200),
  )
  .openapi(recommendationsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { occupation, role, limit, lang } = c.req.valid('query');
    if ((occupation === undefined) === (role === undefined))
      throw new HttpError(400, 'bad_request', 'give either occupation or role', [
        { path: occupation === undefined ? 'occupation' : 'role', message: 'give either occupation or role' },
      ]);
    const reader = negotiateLang(lang, c.req.header('accept-language'));
    const word = <T extends { nextStep: { code: NextStepCode; params: NextStepParams } }>(u: T) => ({
      ...u,
      nextStep: { ...u.nextStep, text: nextStepText(reader, u.nextStep) },
    });
    const explain = <T extends Parameters<typeof explainRecommendation>[1]>(item: T) => ({
      ...item,
      explanation: explainRecommendation(reader, item),
    });
    if (role !== undefined) {
      const result = unwrap(await useCases(c).roleRecommendations(callerOf(c), id, { roleId: role, limit }));
      return c.json(
        { ...result, items: result.items.map(explain), uncovered: result.uncovered.map(word) },
        200,
      );
    }
    const result = unwrap(
      await useCases(c).recommendations(callerOf(c), id, { occupation: occupation as string, limit }),
    );
    return c.json(
      { ...result, items: result.items.map(explain), uncovered: result.uncovered.map(word) },
      200,
    );
  });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad_request', 'the body is not valid JSON');
  }
}

function badBody(error: z.ZodError): HttpError {
  const errors = error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
  return new HttpError(400, 'bad_request', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}
