/** Sign-up, the caller's own account, and attesters' published signing keys. */
import { createRoute } from '@hono/zod-openapi';
import {
  type Account,
  createAccount,
  getAccount,
  isAttesterRole,
  publicKeyJwk,
  runInTransaction,
} from '@skillbank/core';
import { bearerSecurity, callerOf, registerBearerScheme, requireAuth } from '../auth.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { notFound } from '../problem.js';
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
  tags: ['Accounts'],
  summary: "The caller's account",
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
  tags: ['Accounts'],
  summary: "An attester's published Ed25519 public key (no token needed)",
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
    const body = c.req.valid('json');
    const { account, token } = await runInTransaction(c.var.deps.db, (trx) => createAccount(trx, body));
    return c.json({ ...toAccountJson(account), token }, 201);
  })
  .openapi(meRoute, async (c) => {
    const { account } = callerOf(c);
    return c.json(toAccountJson(account), 200);
  })
  .openapi(publicKeyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const account = await getAccount(c.var.deps.db, id);
    if (!account || !isAttesterRole(account.role) || !account.publicKey) throw notFound(`attester ${id}`);
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
