/** Request and response schemas of accounts and published attester keys. */
import { z } from '@hono/zod-openapi';
import { ACCOUNT_ROLES, fieldCode, SELF_SERVICE_ROLES, storableString } from '@skillbank/core';

const text = (max: number) => storableString().trim().min(1, fieldCode('empty')).max(max);

export const newAccountSchema = z
  .strictObject({
    role: z.enum(SELF_SERVICE_ROLES, {
      message: fieldCode('account_role'),
    }),
    name: text(200),
    organisation: text(200).optional().openapi({
      description: 'School, company or assessment body (attesters sign on its behalf).',
    }),
  })
  .openapi('NewAccount');

export const publicKeyJwkSchema = z
  .object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string() })
  .openapi('PublicKeyJwk');

export const accountSchema = z
  .object({
    id: z.string(),
    role: z.enum(ACCOUNT_ROLES),
    name: z.string(),
    organisation: z.string().nullable(),
    publicKey: z.string().nullable().openapi({
      description: 'Attesters: Ed25519 public key, base64url of the raw 32 bytes (JWK `x`); else null.',
    }),
    createdAt: z.string().nullable(),
  })
  .openapi('Account');

export const createdAccountSchema = accountSchema
  .extend({
    token: z.string().openapi({
      description: 'The bearer token. Shown only now: Skillbank stores only its SHA-256 hash.',
    }),
    recoveryCode: z.string().openapi({
      description:
        'A one-time recovery code (`POST /api/accounts/recover`) for when the token is lost. Shown only now; stored as a SHA-256 hash.',
      example: 'K7QMX-4TRHA-9WZPE-CN3DF-VB8YU',
    }),
  })
  .openapi('CreatedAccount');

export const newAccessKeySchema = z
  .object({
    token: z.string().openapi({ description: 'The new bearer token; the old one no longer works.' }),
  })
  .openapi('NewAccessKey');

export const recoverySchema = z
  .strictObject({
    recoveryCode: z.string().trim().min(1, fieldCode('empty')).max(100).openapi({
      description: 'The recovery code; case, spaces and dashes do not matter.',
    }),
  })
  .openapi('AccountRecovery');

export const accountIdParam = z.object({
  id: storableString()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ac_Jx3q0hB2fYk9cT1m' }),
});

export const attesterKeySchema = z
  .object({
    accountId: z.string(),
    role: z.string(),
    name: z.string(),
    organisation: z.string().nullable(),
    algorithm: z.literal('Ed25519'),
    publicKey: z.string(),
    jwk: publicKeyJwkSchema,
  })
  .openapi('AttesterPublicKey');
