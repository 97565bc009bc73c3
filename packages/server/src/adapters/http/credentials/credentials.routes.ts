/** Open Badges 3.0 over HTTP: a piece's credential, a learner's bundle, status lists, verify, import. */
import { createRoute, z } from '@hono/zod-openapi';
import type { CredentialVerification } from '@skillbank/core';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { evidenceSchema } from '../evidence/evidence.schema.js';
import { toEvidenceJson } from '../evidence/index.js';
import { problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import { readCredentialBody } from './credential-body.js';
import {
  alignmentSchema,
  checkSchema,
  credentialBodySchema,
  credentialDocumentSchema,
  credentialQuery,
  idParam,
  verificationSchema,
} from './credentials.schema.js';

const tags = ['Credentials'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const LD = 'application/vc+ld+json';
const JWT = 'application/vc+jwt';
const uploadBody = {
  required: true,
  content: {
    'application/json': { schema: credentialBodySchema },
    [LD]: { schema: credentialDocumentSchema },
    [JWT]: { schema: z.string() },
  },
};

const credentialRoute = createRoute({
  method: 'get',
  path: '/evidence/{id}/credential',
  operationId: 'getEvidenceCredential',
  tags,
  summary: 'The Open Badges 3.0 credential of an attested piece',
  description: `Issued and signed by the attester (\`did:key\`, Data Integrity \`eddsa-rdfc-2022\`) when they attested the piece. \`Accept: ${JWT}\` (or \`?format=jwt\`) gives the VC-JWT form, signed at the same moment. Whoever may read the evidence may read its credential.`,
  ...auth,
  request: { params: idParam, query: credentialQuery },
  responses: {
    200: {
      description: 'The credential.',
      content: { [LD]: { schema: credentialDocumentSchema }, [JWT]: { schema: z.string() } },
    },
    401: problemResponse('No token, or not a valid one.'),
    404: problemResponse('No such evidence, not visible to the caller, or never attested.'),
  },
});

const bundleRoute = createRoute({
  method: 'get',
  path: '/learners/{id}/credentials',
  operationId: 'getLearnerCredentials',
  description:
    "The learner's Open Badges that are not revoked, in one `VerifiablePresentation` whose Data Integrity proof (`eddsa-rdfc-2022`, purpose `assertionMethod`) is by the platform key: a wallet or an employer can check the bundle and every credential in it offline. Visible to whoever may see the learner's account.",
  tags,
  summary: "All of a learner's credentials in force, as a Verifiable Presentation signed by the platform",
  ...auth,
  request: { params: idParam },
  responses: {
    200: {
      description: 'The presentation (proof by the platform key, purpose `assertionMethod`).',
      content: { 'application/vp+ld+json': { schema: credentialDocumentSchema } },
    },
    401: problemResponse('No token, or not a valid one.'),
    404: problemResponse('No such learner, or not visible to the caller.'),
  },
});

const statusListRoute = createRoute({
  method: 'get',
  path: '/status-lists/{id}',
  operationId: 'getStatusList',
  description:
    "A W3C `BitstringStatusListCredential` (revocation, 131,072 entries) signed by the platform key when served; the credentials' `credentialStatus` points here. Public, cached for a minute at most.",
  tags,
  summary: 'A revocation list (W3C Bitstring Status List credential), signed by the platform (public)',
  request: { params: idParam },
  responses: {
    200: {
      description: 'The status list credential.',
      content: { [LD]: { schema: credentialDocumentSchema } },
    },
    404: problemResponse('No such status list.'),
  },
});

const verifyRoute = createRoute({
  method: 'post',
  path: '/credentials/verify',
  operationId: 'verifyCredential',
  tags,
  summary: 'Verify a credential offline, check by check (public)',
  description:
    'Checks the signature (did:key issuers; did:web and https keys are not fetched and come back `not_checked`), that the signer is the issuer, the dates, the revocation status (lists this server holds; others `not_checked`) and the taxonomy alignments. Nothing is stored.',
  request: { body: uploadBody },
  responses: {
    200: {
      description: '`ok` is true when every check passed or does not apply.',
      content: { 'application/json': { schema: verificationSchema } },
    },
    400: problemResponse(
      'Not a credential: malformed JSON(-LD), an unknown context, no proof, too large or too deep.',
    ),
    413: problemResponse('The body is too large.'),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/evidence/import',
  operationId: 'importCredential',
  tags,
  summary: 'Import an Open Badges 3.0 credential from elsewhere as `credential` evidence (learners)',
  description:
    'Verified first; a credential any check fails (wrong signature, expired, revoked, unknown occupation code) or that is malformed is refused with the reasons, and nothing is stored. Checks that cannot be done here (a did:web or https issuer, a status list held elsewhere) are stored as `not_checked`. The original text is kept and the ledger commits to its SHA-256; send the credential itself (`application/vc+ld+json` or `application/vc+jwt`) to keep its exact bytes.',
  ...auth,
  request: { body: uploadBody },
  responses: {
    201: {
      description: 'The new evidence, with what verification found.',
      content: {
        'application/json': {
          schema: evidenceSchema.extend({
            verification: z.object({ ok: z.boolean(), checks: z.array(checkSchema) }),
            credential: z.object({
              format: z.enum(['ldp_vc', 'jwt_vc']),
              issuer: z.object({ id: z.string(), name: z.string().nullable() }),
              originalSha256: z.string(),
              alignments: z.array(alignmentSchema),
            }),
          }),
        },
      },
    },
    400: problemResponse('Malformed, or a check failed: `errors` names each reason.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('Only learners import credentials.'),
    409: problemResponse('The same credential is already in the ledger.'),
    413: problemResponse('The body is too large.'),
  },
});

const toVerificationJson = (v: CredentialVerification) => ({
  ok: v.ok,
  format: v.format,
  openBadge: v.openBadge,
  issuer: v.issuer,
  checks: v.checks,
  alignments: v.alignments,
});

const wantsJwt = (accept: string | undefined, format: string | undefined) =>
  format === 'jwt' || (format !== 'ld' && (accept ?? '').includes(JWT));

export const credentialRoutes = createRouter()
  .openapi(credentialRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { attestation, format } = c.req.valid('query');
    const credential = unwrap(
      await c.var.useCases.credentials.ofEvidence(callerOf(c), id, { attestationId: attestation }),
    );
    c.header('Vary', 'Accept');
    if (wantsJwt(c.req.header('accept'), format)) return c.body(credential.jwt, 200, { 'content-type': JWT });
    return c.body(JSON.stringify(credential.document), 200, { 'content-type': `${LD}; charset=utf-8` });
  })
  .openapi(bundleRoute, async (c) => {
    const presentation = unwrap(
      await c.var.useCases.credentials.bundle(callerOf(c), c.req.valid('param').id),
    );
    return c.json(presentation as Record<string, never>, 200, {
      'content-type': 'application/vp+ld+json; charset=utf-8',
    });
  })
  .openapi(statusListRoute, async (c) => {
    const list = unwrap(await c.var.useCases.credentials.statusList(c.req.valid('param').id));
    // Verifiers must see a revocation soon: cache for a minute at most.
    return c.json(list as Record<string, never>, 200, {
      'content-type': `${LD}; charset=utf-8`,
      'cache-control': 'public, max-age=60',
    });
  })
  .openapi(verifyRoute, async (c) => {
    const { parsed } = readCredentialBody(await c.req.text(), c.req.header('content-type'));
    return c.json(toVerificationJson(unwrap(await c.var.useCases.credentials.verify(parsed))), 200);
  })
  .openapi(importRoute, async (c) => {
    const body = readCredentialBody(await c.req.text(), c.req.header('content-type'));
    const { evidence, imported } = unwrap(await c.var.useCases.credentials.import(callerOf(c), body));
    c.header('Location', `/api/evidence/${evidence.id}`);
    return c.json(
      {
        ...toEvidenceJson(evidence),
        verification: imported.verification,
        credential: {
          format: imported.format,
          issuer: imported.issuer,
          originalSha256: imported.originalSha256,
          alignments: imported.alignments,
        },
      },
      201,
    );
  });
