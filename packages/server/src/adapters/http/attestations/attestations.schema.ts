/** Request and response schemas of attestation requests and attestations. */
import { z } from '@hono/zod-openapi';
import {
  ATTESTATION_REQUEST_STATES,
  artifactSchema,
  fieldCode,
  skillLevelSchema,
  storableString,
} from '@skillbank/core';
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

const requestStatus = z.enum(ATTESTATION_REQUEST_STATES).openapi({
  description:
    '`requested` (waiting for the attester), `info_requested` (the attester asked a question; the learner answers), `answered` (back with the attester), `signed`, `declined` (with a reason), or `withdrawn` when the evidence was revoked or corrected before a decision.',
});

const attachmentSchema = z.object({
  url: z.string().optional(),
  name: z.string().optional(),
  sha256: z.string().optional(),
});

export const attestationRequestEventSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['asked', 'answered', 'declined']).openapi({
      description:
        '`asked`: the attester’s question; `answered`: the learner’s answer; `declined`: the reason.',
    }),
    actorId: z.string(),
    text: z.string(),
    attachments: z.array(attachmentSchema),
    createdAt: z.string(),
  })
  .openapi('AttestationRequestEvent');

export const attestationRequestSchema = z
  .object({
    id: z.string(),
    evidenceId: z.string(),
    learnerId: z.string(),
    attesterId: z.string(),
    message: z.string().nullable(),
    status: requestStatus,
    awaiting: z.enum(['attester', 'learner']).nullable().openapi({
      description: 'Whose move it is; `null` once signed, declined or withdrawn.',
    }),
    events: z.array(attestationRequestEventSchema),
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

export const attestationRequestIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ar_Jx3q0hB2fYk9cT1m' }),
});

export const attestationQuestionBody = z
  .strictObject({
    question: storableString().trim().min(1, fieldCode('empty')).max(2000).openapi({
      description: 'What the attester needs to know before deciding.',
    }),
  })
  .openapi('AttestationQuestion');

export const attestationDeclineBody = z
  .strictObject({
    reason: storableString().trim().min(1, fieldCode('empty')).max(2000).openapi({
      description: 'Why the attester does not sign (the learner reads it).',
    }),
  })
  .openapi('AttestationDecline');

export const attestationAnswerBody = z
  .strictObject({
    text: storableString().trim().min(1, fieldCode('empty')).max(4000).openapi({
      description: 'The learner’s answer. The evidence itself is not changed.',
    }),
    attachments: z.array(artifactSchema).max(10).optional().openapi({
      description: 'Links or names of files that back the answer (`{url?, name?, sha256?}`).',
    }),
  })
  .openapi('AttestationAnswer');

export const attestationInviteBody = z
  .strictObject({ message: storableString().trim().max(1000).optional() })
  .openapi('NewAttestationInvite');

export const attestationInviteSchema = z
  .object({
    id: z.string(),
    code: z.string().openapi({ example: 'K7M2Q-9XTR4' }),
    url: z.string().openapi({
      description: 'The link to send: whoever opens it signed in as an employer or advisor is asked.',
    }),
    evidenceId: z.string(),
    message: z.string().nullable(),
    status: z.enum(['open', 'used', 'expired']),
    createdAt: z.string(),
    expiresAt: z.string(),
    requestId: z.string().nullable(),
  })
  .openapi('AttestationInvite');

export const attestationInviteListSchema = z.object({ items: z.array(attestationInviteSchema) });

export const attestationInviteClaimBody = z
  .strictObject({
    code: storableString().trim().min(1, fieldCode('empty')).max(40).openapi({ example: 'K7M2Q-9XTR4' }),
  })
  .openapi('AttestationInviteClaim');
