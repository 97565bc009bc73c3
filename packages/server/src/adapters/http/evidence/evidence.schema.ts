/** Request and response schemas of evidence: deposits, corrections, revocations, lists. */
import { z } from '@hono/zod-openapi';
import { EVIDENCE_KINDS, evidenceInputSchema, storableString, WORK_PROCESS_STEPS } from '@skillbank/core';
import { pageQuery } from '../pagination.js';

// Core builds it with plain zod (no `.openapi()`); `.meta()` carries the OpenAPI name and text.
export const evidenceInputBody = evidenceInputSchema.meta({
  id: 'EvidenceInput',
  description:
    'A piece of evidence. Unknown fields are rejected. `skills[].level` is on the new eight-level scale (1 学徒工, 2 初级工, 3 中级工, 4 高级工, 5 技师, 6 高级技师, 7 特级技师, 8 首席技师). `steps` are the six work-process steps (明确任务, 制订计划, 做出决定, 实施计划, 检查控制, 评估反馈; English ids clarify_task, plan, decide, carry_out, check, evaluate are accepted and stored as the Chinese names). `occupationCodes` must be occupations of the served taxonomy.',
});

export const revokeBody = z
  .strictObject({
    reason: storableString().trim().max(1000).optional(),
  })
  .openapi('Revocation');

export const evidenceIdParam = z.object({
  id: storableString()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ev_Jx3q0hB2fYk9cT1m' }),
});

export const evidenceListQuery = z.object({
  learner: storableString().min(1).max(100).optional().openapi({
    description: 'Whose evidence (defaults to the calling learner).',
  }),
  ...pageQuery,
});

export const attestationSchema = z
  .object({
    id: z.string(),
    evidenceId: z.string(),
    evidenceHash: z.string(),
    attesterId: z.string(),
    statement: z.string().nullable(),
    level: z.number().int().nullable(),
    algorithm: z.literal('Ed25519'),
    signature: z.string().openapi({ description: 'Ed25519 signature, base64url.' }),
    createdAt: z.string(),
  })
  .openapi('Attestation');

export const evidenceSchema = z
  .object({
    id: z.string(),
    learnerId: z.string(),
    kind: z.enum(EVIDENCE_KINDS),
    title: z.string(),
    description: z.string(),
    occurredOn: z.string(),
    endedOn: z.string().nullable(),
    taxonomyId: z.string(),
    occupationCodes: z.array(z.string()),
    skills: z.array(z.object({ name: z.string(), level: z.number().int().nullable() })),
    steps: z.array(z.enum(WORK_PROCESS_STEPS)),
    artifacts: z.array(
      z.object({ url: z.string().nullable(), name: z.string().nullable(), sha256: z.string().nullable() }),
    ),
    status: z.enum(['self_reported', 'attested', 'superseded', 'revoked']),
    hash: z
      .string()
      .openapi({ description: 'SHA-256 of the canonical JSON of the record (what attesters sign).' }),
    supersedes: z.string().nullable().openapi({ description: 'The evidence this one corrects.' }),
    result: z
      .object({
        resultId: z.string(),
        offeringId: z.string(),
        offeringKind: z.enum(['course', 'assessment', 'competition']),
        providerId: z.string(),
        outcome: z.enum(['completed', 'passed', 'placed']),
        taskIds: z.array(z.string()),
        level: z.number().int().nullable(),
        rank: z.number().int().nullable(),
        award: z.string().nullable(),
      })
      .optional()
      .openapi({
        description:
          'Only on evidence a provider recorded and the learner accepted: the offering, outcome, covered task ids, level and placing the provider’s signature vouches for (part of the hashed record).',
      }),
    supersededBy: z.string().nullable(),
    revocation: z.object({ reason: z.string().nullable(), at: z.string() }).nullable(),
    attestations: z.array(attestationSchema),
    createdAt: z.string(),
    entry: z.object({ seq: z.number().int(), hash: z.string() }).openapi({
      description: 'The ledger entry that recorded it.',
    }),
  })
  .openapi('Evidence');

export const evidenceListSchema = z.object({
  items: z.array(evidenceSchema),
  nextCursor: z.string().nullable(),
});
