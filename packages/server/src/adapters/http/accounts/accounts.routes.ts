/** Sign-up, the caller's own account, and attesters' published signing keys. */
import { createRoute } from '@hono/zod-openapi';
import { type Account, publicKeyJwk } from '@skillbank/core';
import { bearerSecurity, callerOf, registerBearerScheme, requireAuth } from '../auth.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { HttpError, unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import {
  accountIdParam,
  accountSchema,
  attesterKeySchema,
  createdAccountSchema,
  newAccessKeySchema,
  newAccountSchema,
  recoverySchema,
} from './accounts.schema.js';

const newKeyRoute = createRoute({
  method: 'post',
  path: '/me/access-key',
  operationId: 'replaceAccessKey',
  tags: ['Accounts'],
  summary: 'Replace the caller’s access key',
  description:
    'A new bearer token; the one presented stops working at once and every web session holding it ends. An attester’s private key is re-sealed under the new token (the same key pair: earlier attestations stay valid).',
  middleware: requireAuth,
  security: bearerSecurity,
  responses: {
    200: jsonResponse(newAccessKeySchema, 'The new token (shown only now).'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('The configured admin token is not replaced here.'),
  },
});

const recoverRoute = createRoute({
  method: 'post',
  path: '/accounts/recover',
  operationId: 'recoverAccount',
  tags: ['Accounts'],
  summary: 'Get a new access key with the recovery code',
  description:
    'A recovery code works once: the answer holds a new token and a new recovery code, the old token stops working, and an attester’s private key is re-sealed under both.',
  request: { body: { required: true, content: { 'application/json': { schema: recoverySchema } } } },
  responses: {
    200: jsonResponse(
      createdAccountSchema,
      'The account with its new token and recovery code (shown only now).',
    ),
    400: problemResponse('The code is missing, not valid or already used.'),
  },
});

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
    429: problemResponse(
      'Too many sign-ups from this address in the last hour (`Retry-After` says when to retry).',
    ),
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
    const { account, token, recoveryCode } = unwrap(
      await c.var.useCases.accounts.signUp(c.req.valid('json')),
    );
    return c.json({ ...toAccountJson(account), token, recoveryCode }, 201);
  })
  .openapi(newKeyRoute, async (c) => {
    const made = unwrap(await c.var.useCases.accounts.newAccessKey(callerOf(c)));
    if (!made) throw new HttpError(403, 'forbidden', 'the configured admin token cannot be replaced here');
    return c.json({ token: made.token }, 200);
  })
  .openapi(recoverRoute, async (c) => {
    const made = unwrap(await c.var.useCases.accounts.recover(c.req.valid('json').recoveryCode));
    if (!made) {
      const message = 'is not a valid recovery code, or was already used';
      throw new HttpError(400, 'validation', `recoveryCode: ${message}`, [{ path: 'recoveryCode', message }]);
    }
    return c.json(
      { ...toAccountJson(made.account), token: made.token, recoveryCode: made.recoveryCode },
      200,
    );
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
