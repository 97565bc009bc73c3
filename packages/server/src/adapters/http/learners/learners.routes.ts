/** A learner's account as a whole: ledger verification, skill profile, consent, export. */
import { createRoute } from '@hono/zod-openapi';
import { buildAccountExport, getProfile, verifyStoredLedger } from '@skillbank/core';
import { authorizeLearner } from '../access.js';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
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
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const common = {
  401: problemResponse('No token, or not a valid one.'),
  404: problemResponse('No such learner, or not visible to the caller.'),
};

const verifyRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/ledger/verify',
  tags,
  summary: "Re-check a learner's ledger: hash chain, signatures, revocations",
  description:
    'Recomputes every entry hash over its canonical JSON and the links between them, re-verifies every attestation signature with the attester’s published key, and checks that every correction, revocation and attestation refers to evidence that was active. Each check is reported on its own; `firstBadEntry` names the earliest problem.',
  ...auth,
  request: { params: learnerIdParam },
  responses: { 200: jsonResponse(verificationSchema, 'The verification report (ok or not).'), ...common },
});

const profileRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/profile',
  tags,
  summary: "A learner's skill profile, derived from active evidence",
  description:
    'Per skill a level (新八级 1–8) and a confidence (0–1), with the evidence behind them and each piece’s weight. Derived with a versioned, deterministic formula (see `formula.version` and the README).',
  ...auth,
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
  tags,
  summary: "A learner's consent and its history (the learner, the administrator)",
  ...auth,
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
  tags,
  summary: 'Change consent (the learner); recorded in the ledger with its time, in force at once',
  ...auth,
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
  tags,
  summary: 'Export the whole account as one self-verifying JSON document (the learner)',
  ...auth,
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
    const { account } = callerOf(c);
    const { id } = c.req.valid('param');
    await authorizeLearner(c, account, 'ledger:verify', id);
    return c.json(await verifyStoredLedger(c.var.deps.db, id), 200);
  })
  .openapi(profileRoute, async (c) => {
    const { account } = callerOf(c);
    const { id } = c.req.valid('param');
    const { asOf } = c.req.valid('query');
    await authorizeLearner(c, account, 'profile:read', id);
    return c.json(await getProfile(c.var.deps.db, id, asOf ? { asOf } : {}), 200);
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
    const { account } = callerOf(c);
    const { id } = c.req.valid('param');
    await authorizeLearner(c, account, 'account:export', id);
    const doc = await buildAccountExport(c.var.deps.db, id);
    c.header('Content-Disposition', `attachment; filename="skillbank-export-${id}.json"`);
    return c.json(doc, 200);
  });
