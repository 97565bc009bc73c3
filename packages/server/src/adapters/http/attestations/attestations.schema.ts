/** Request and response schemas of attestation requests and attestations. */
import { z } from '@hono/zod-openapi';
import { fieldCode, skillLevelSchema, storableString } from '@skillbank/core';
import { pageQuery } from '../pagination.js';

export const attestationRequestBody = z
  .strictObject({
    attesterId: storableString().min(1, fieldCode('empty')).max(100).openapi({
      description: 'The employer or advisor account asked to vouch for the evidence.',
    }),
    message: storableString().trim().max(1000).optional(),
  })
  .openapi('NewAttestationRequest');

export const attestationBody = z
  .strictObject({
    statement: storableString().trim().max(2000).optional().openapi({
      description: 'What the attester vouches for, in their words (signed).',
    }),
    level: skillLevelSchema.optional().openapi({
      description: 'The level (1–8, 新八级) the attester judges the evidence shows (signed).',
    }),
  })
  .openapi('NewAttestation');

const requestStatus = z.enum(['pending', 'attested', 'withdrawn']).openapi({
  description: '`withdrawn` when the evidence was revoked or corrected before the attester signed.',
});

export const attestationRequestSchema = z
  .object({
    id: z.string(),
    evidenceId: z.string(),
    learnerId: z.string(),
    attesterId: z.string(),
    message: z.string().nullable(),
    status: requestStatus,
    createdAt: z.string(),
  })
  .openapi('AttestationRequest');

export const attestationRequestItemSchema = attestationRequestSchema
  .extend({
    evidence: z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      occurredOn: z.string(),
      status: z.string(),
      hash: z.string(),
    }),
    learner: z.object({ id: z.string(), name: z.string() }),
    attester: z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() }),
  })
  .openapi('AttestationRequestItem');

export const attestationRequestListSchema = z.object({
  items: z.array(attestationRequestItemSchema),
  nextCursor: z.string().nullable(),
});

export const attestationRequestListQuery = z.object({ ...pageQuery });
