/** Zod schemas (and OpenAPI descriptions) of the credential endpoints. */
import { z } from '@hono/zod-openapi';

export const checkSchema = z
  .object({
    name: z.enum(['signature', 'issuer', 'dates', 'status', 'alignment']),
    ok: z.boolean(),
    outcome: z.enum(['passed', 'failed', 'not_checked', 'not_applicable']),
    code: z
      .string()
      .openapi({ description: 'What the check found, e.g. `proof_matches`, `revoked`, `key_unresolvable`.' }),
    params: z.record(z.string(), z.string()),
    detail: z.string().openapi({ description: 'The same in an English sentence.' }),
  })
  .openapi('VerificationCheck');

export const alignmentSchema = z
  .object({ occupationCode: z.string(), taskId: z.string().nullable(), name: z.string() })
  .openapi('UnderstoodAlignment');

export const verificationSchema = z
  .object({
    ok: z.boolean().openapi({ description: 'Every check passed (or does not apply).' }),
    format: z.enum(['ldp_vc', 'jwt_vc']),
    openBadge: z.boolean(),
    issuer: z.object({ id: z.string(), name: z.string().nullable() }),
    checks: z.array(checkSchema),
    alignments: z.array(alignmentSchema),
  })
  .openapi('CredentialVerification');

export const credentialBodySchema = z
  .union([
    z.object({ credential: z.union([z.string(), z.record(z.string(), z.unknown())]) }),
    z.string(),
    z.record(z.string(), z.unknown()),
  ])
  .openapi('CredentialUpload', {
    description:
      '`{"credential": …}` with a JSON-LD credential or a VC-JWT string; or the credential itself (`application/vc+ld+json`); or a VC-JWT (`application/vc+jwt`).',
  });

export const credentialDocumentSchema = z
  .record(z.string(), z.unknown())
  .openapi('VerifiableCredential', { description: 'A W3C Verifiable Credential (JSON-LD) with its proof.' });

export const idParam = z.object({ id: z.string().min(1).max(100) });

export const credentialQuery = z.object({
  attestation: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'Which attestation’s credential, when several attesters signed the piece.' }),
  format: z
    .enum(['ld', 'jwt'])
    .optional()
    .openapi({ description: 'Same as `Accept: application/vc+jwt` (for links).' }),
});
