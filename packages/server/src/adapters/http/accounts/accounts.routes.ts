/** Sign-up, the caller's own account, and attesters' published signing keys. */
import { createRoute } from '@hono/zod-openapi';
import { type Account, publicKeyJwk } from '@skillbank/core';
import { bearerSecurity, callerOf, registerBearerScheme, requireAuth } from '../auth.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import {
  accountIdParam,
  accountSchema,
  attesterKeySchema,
  createdAccountSchema,
  newAccountSchema,
} from './accounts.schema.js';

const signUpRoute = createRoute({
  method: 'post',
  path: '/accounts',
  operationId: 'signUp',
  tags: ['Accounts'],
  summary: 'Sign up as a learner, employer or advisor',
  description:
    'Returns the bearer token once. Employer and advisor accounts get an Ed25519 key pair for signing attestations; the private key is sealed under a key derived from the token, so it can only be used when the token is presented.',
  request: { body: { required: true, content: { 'application/json': { schema: newAccountSchema } } } },
  responses: {
    201: jsonResponse(createdAccountSchema, 'The new account and its token (shown only now).'),
    400: problemResponse('A field is missing, invalid or unknown.'),
    413: problemResponse('The body is too large.'),
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  tags: ['Accounts'],
  summary: "The caller's account",
  description:
    'The account the bearer token belongs to: id, role, name, organisation and, for attesters, the public key.',
  middleware: requireAuth,
  security: bearerSecurity,
  responses: {
    200: jsonResponse(accountSchema, 'The account the token belongs to.'),
    401: problemResponse('No token, or not a valid one.'),
  },
});

const publicKeyRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/public-key',
  operationId: 'getAttesterPublicKey',
  tags: ['Accounts'],
  summary: "An attester's published Ed25519 public key (no token needed)",
  description:
    'Public: anyone can fetch an employer’s or advisor’s Ed25519 public key (raw base64url and JWK) and check their attestations without Skillbank.',
  request: { params: accountIdParam },
  responses: {
    200: jsonResponse(attesterKeySchema, 'The key that verifies this account’s attestations.'),
    404: problemResponse('No employer or advisor account has this id.'),
  },
});

export function toAccountJson(a: Account) {
  return {
    id: a.id,
    role: a.role,
    name: a.name,
    organisation: a.organisation,
    publicKey: a.publicKey,
    createdAt: a.createdAt,
  };
}

export const accountRoutes = createRouter()
  .openapi(signUpRoute, async (c) => {
    const { account, token } = unwrap(await c.var.useCases.accounts.signUp(c.req.valid('json')));
    return c.json({ ...toAccountJson(account), token }, 201);
  })
  .openapi(meRoute, async (c) => {
    return c.json(toAccountJson(unwrap(await c.var.useCases.accounts.me(callerOf(c)))), 200);
  })
  .openapi(publicKeyRoute, async (c) => {
    const account = unwrap(await c.var.useCases.accounts.attesterKey(c.req.valid('param').id));
    return c.json(
      {
        accountId: account.id,
        role: account.role,
        name: account.name,
        organisation: account.organisation,
        algorithm: 'Ed25519' as const,
        publicKey: account.publicKey,
        jwk: publicKeyJwk(account.publicKey),
      },
      200,
    );
  });

registerBearerScheme(accountRoutes);
