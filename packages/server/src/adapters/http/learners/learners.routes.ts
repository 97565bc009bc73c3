/** A learner's account as a whole: ledger verification, skill profile, consent, export. */
import { createRoute } from '@hono/zod-openapi';
import { authenticated, callerOf } from '../auth.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import {
  consentBody,
  consentSchema,
  exportSchema,
  learnerIdParam,
  profileQuery,
  profileSchema,
  verificationSchema,
} from './learners.schema.js';

const tags = ['Learners'];
const common = {
  401: problemResponse('No token, or not a valid one.'),
  404: problemResponse('No such learner, or not visible to the caller.'),
};

const verifyRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/ledger/verify',
  operationId: 'verifyLedger',
  tags,
  summary: "Re-check a learner's ledger: hash chain, signatures, revocations",
  description:
    'Recomputes every entry hash over its canonical JSON and the links between them, re-verifies every attestation signature with the attester’s published key, and checks that every correction, revocation and attestation refers to evidence that was active. Each check is reported on its own; `firstBadEntry` names the earliest problem.',
  ...authenticated,
  request: { params: learnerIdParam },
  responses: { 200: jsonResponse(verificationSchema, 'The verification report (ok or not).'), ...common },
});

const profileRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/profile',
  operationId: 'getProfile',
  tags,
  summary: "A learner's skill profile, derived from active evidence",
  description:
    'Per skill a level (新八级 1–8) and a confidence (0–1), with the evidence behind them and each piece’s weight. Derived with a versioned, deterministic formula (see `formula.version` and the README).',
  ...authenticated,
  request: { params: learnerIdParam, query: profileQuery },
  responses: {
    200: jsonResponse(profileSchema, 'The profile.'),
    400: problemResponse('`asOf` is not a date.'),
    ...common,
  },
});

const getConsentRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/consent',
  operationId: 'getConsent',
  tags,
  summary: "A learner's consent and its history (the learner, the administrator)",
  description:
    'Whether employers may find the learner and whether cohort advisors may see their evidence, with every earlier change and its time.',
  ...authenticated,
  request: { params: learnerIdParam },
  responses: {
    200: jsonResponse(consentSchema, 'The consent in force and every change.'),
    403: problemResponse('Only the learner sees their consent.'),
    ...common,
  },
});

const putConsentRoute = createRoute({
  method: 'put',
  path: '/learners/{id}/consent',
  operationId: 'setConsent',
  tags,
  summary: 'Change consent (the learner); recorded in the ledger with its time, in force at once',
  description:
    'Sets both choices; the change is appended to the learner’s ledger and applies to the very next request (a withdrawn learner drops out of candidate lists at once).',
  ...authenticated,
  request: {
    params: learnerIdParam,
    body: { required: true, content: { 'application/json': { schema: consentBody } } },
  },
  responses: {
    200: jsonResponse(consentSchema, 'The consent now in force and its history.'),
    400: problemResponse('A field is missing, invalid or unknown.'),
    403: problemResponse('Only the learner changes their consent.'),
    ...common,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/export',
  operationId: 'exportAccount',
  tags,
  summary: 'Export the whole account as one self-verifying JSON document (the learner)',
  description:
    'Evidence, attestations with the attesters’ public keys, the profile, the consent history and the whole ledger: a document that verifies on its own (`verifyExport` in core).',
  ...authenticated,
  request: { params: learnerIdParam },
  responses: {
    200: jsonResponse(
      exportSchema,
      'Evidence, attestations with the attesters’ public keys, profile, consent history and the ledger.',
    ),
    403: problemResponse('Only the learner exports their account.'),
    ...common,
  },
});

export const learnerRoutes = createRouter()
  .openapi(verifyRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(unwrap(await c.var.useCases.learners.verifyLedger(callerOf(c), id)), 200);
  })
  .openapi(profileRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { asOf } = c.req.valid('query');
    return c.json(unwrap(await c.var.useCases.learners.profile(callerOf(c), id, { asOf })), 200);
  })
  .openapi(getConsentRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(unwrap(await c.var.useCases.consent.get(callerOf(c), id)), 200);
  })
  .openapi(putConsentRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(unwrap(await c.var.useCases.consent.set(callerOf(c), id, c.req.valid('json'))), 200);
  })
  .openapi(exportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const doc = unwrap(await c.var.useCases.learners.export(callerOf(c), id));
    c.header('Content-Disposition', `attachment; filename="skillbank-export-${id}.json"`);
    return c.json(doc, 200);
  });
