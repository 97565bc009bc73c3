/** Request and response schemas of learning and competitions: offerings, enrolments, results, recommendations. */

import { z } from '@hono/zod-openapi';
import {
  ANY_CODE_PATTERN,
  fieldCode,
  OFFERING_KINDS,
  OFFERING_MODES,
  offeringInputSchema,
  RESULT_OUTCOMES,
  resultInputSchema,
} from '@skillbank/core';
import { LANGS } from '../../../messages/index.js';
import { nextStepParamsSchema } from '../matching/matching.schema.js';
import { pageQuery } from '../pagination.js';

// Core builds these with plain zod (no `.openapi()`); `.meta()` carries the OpenAPI name and text.
export const offeringInputBody = offeringInputSchema.meta({
  id: 'OfferingInput',
  description:
    'A course, an assessment (职业技能等级认定 at a 新八级 `level`, required) or a competition. `taskIds` name the task statements of the served taxonomy it covers (e.g. `2-02-38-01#5`), at least one; `skills` are free text the matcher also reads. `city` is required in person. `hours` and `costYuan` are whole numbers. Unknown fields are rejected.',
});

export const resultInputBody = resultInputSchema.meta({
  id: 'ResultInput',
  description:
    'A course records `completed` or `failed`; an assessment `passed` (with the `level` reached, 1–8) or `failed`; a competition `placed` (with `rank` and/or `award`), `completed` (took part) or `failed`. `statement` goes into the signed attestation. A failed outcome is kept by the provider and never becomes evidence.',
});

export const idParam = (example: string) =>
  z.object({
    id: z
      .string()
      .min(1)
      .max(100)
      .openapi({ param: { name: 'id', in: 'path' }, example }),
  });

export const offeringIdParam = idParam('of_Jx3q0hB2fYk9cT1m');
export const enrolmentIdParam = idParam('en_Jx3q0hB2fYk9cT1m');
export const resultIdParam = idParam('lr_Jx3q0hB2fYk9cT1m');

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const offeringSearchQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Words in the title, description, skills or city.' }),
  occupation: z.preprocess(
    blankToUndefined,
    z.string().regex(ANY_CODE_PATTERN, fieldCode('code_shape')).optional(),
  ),
  task: z.preprocess(blankToUndefined, z.string().max(40).optional()).openapi({
    description: 'A task statement id the offering covers, e.g. 2-02-38-01#5.',
  }),
  kind: z.preprocess(
    blankToUndefined,
    z.enum(OFFERING_KINDS, { message: `must be one of ${OFFERING_KINDS.join(', ')}` }).optional(),
  ),
  mode: z.preprocess(
    blankToUndefined,
    z.enum(OFFERING_MODES, { message: `must be one of ${OFFERING_MODES.join(', ')}` }).optional(),
  ),
  city: z.preprocess(blankToUndefined, z.string().max(50).optional()),
  provider: z.preprocess(blankToUndefined, z.string().max(100).optional()).openapi({
    description: 'Only this provider’s offerings (its own call also lists the withdrawn ones).',
  }),
  ...pageQuery,
});

const providerSchema = z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() });

export const offeringSchema = z
  .object({
    id: z.string(),
    provider: providerSchema,
    kind: z.enum(OFFERING_KINDS),
    title: z.string(),
    description: z.string(),
    mode: z.enum(OFFERING_MODES),
    city: z.string().nullable(),
    hours: z.number().int().nullable(),
    costYuan: z.number().int().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    level: z.number().int().nullable(),
    language: z.string(),
    taxonomyId: z.string(),
    taskIds: z.array(z.string()),
    occupationCodes: z.array(z.string()),
    skills: z.array(z.string()),
    status: z.enum(['published', 'withdrawn']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Offering');

export const offeringListSchema = z
  .object({ items: z.array(offeringSchema), nextCursor: z.string().nullable() })
  .openapi('OfferingList');

export const resultSchema = z
  .object({
    id: z.string(),
    enrolmentId: z.string(),
    offeringId: z.string(),
    learnerId: z.string(),
    providerId: z.string(),
    outcome: z.enum(RESULT_OUTCOMES),
    level: z.number().int().nullable(),
    rank: z.number().int().nullable(),
    award: z.string().nullable(),
    statement: z.string().nullable(),
    evidenceId: z.string(),
    status: z.enum(['offered', 'accepted', 'declined', 'revoked', 'recorded']),
    shownPublicly: z.boolean(),
    recordedAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    revokeReason: z.string().nullable(),
    record: z.record(z.string(), z.unknown()).nullable().openapi({
      description: 'The evidence record accepting it deposits in the learner’s ledger (null when failed).',
    }),
    attestation: z.record(z.string(), z.unknown()).nullable().openapi({
      description: 'The provider’s Ed25519 signature over that record’s hash (null when failed).',
    }),
  })
  .openapi('LearningResult');

export const enrolmentSchema = z
  .object({
    id: z.string(),
    offeringId: z.string(),
    learnerId: z.string(),
    status: z.enum(['enrolled', 'withdrawn']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Enrolment');

export const offeringEnrolmentListSchema = z
  .object({
    items: z.array(
      enrolmentSchema.extend({
        learner: z.object({ id: z.string(), name: z.string() }),
        results: z.array(resultSchema),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('OfferingEnrolmentList');

export const learnerEnrolmentListSchema = z
  .object({
    items: z.array(enrolmentSchema.extend({ offering: offeringSchema, results: z.array(resultSchema) })),
  })
  .openapi('LearnerEnrolmentList');

export const acceptBody = z
  .strictObject({
    showPublicly: z.boolean({ message: 'must be true or false' }).optional().openapi({
      description: 'Let the result appear on the offering’s public results page (default false).',
    }),
  })
  .openapi('ResultAcceptance');

export const visibilityBody = z
  .strictObject({ shownPublicly: z.boolean({ message: 'must be true or false' }) })
  .openapi('ResultVisibility');

export const revokeResultBody = z
  .strictObject({ reason: z.string().trim().max(1000, 'must be at most 1000 characters').optional() })
  .openapi('ResultRevocation');

export const acceptedSchema = z
  .object({ evidenceId: z.string(), result: resultSchema })
  .openapi('AcceptedResult');

export const publicResultsSchema = z
  .object({
    offering: offeringSchema,
    items: z.array(
      z.object({
        resultId: z.string(),
        learner: z.object({ name: z.string() }),
        outcome: z.enum(RESULT_OUTCOMES),
        level: z.number().int().nullable(),
        rank: z.number().int().nullable(),
        award: z.string().nullable(),
        recordedAt: z.string(),
        signatureValid: z.boolean(),
      }),
    ),
    verifiedAt: z.string(),
  })
  .openapi('PublicResults');

export const recommendationsQuery = z.object({
  occupation: z.preprocess(
    blankToUndefined,
    z.string().regex(ANY_CODE_PATTERN, fieldCode('code_shape')).optional(),
  ),
  role: z.preprocess(blankToUndefined, z.string().min(1).max(100).optional()),
  limit: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(50, 'must be at most 50')
    .default(10),
  lang: z.enum(LANGS, { message: 'must be zh or en' }).optional().openapi({
    description:
      'Language of explanations and next steps: `zh` (default) or `en`; overrides Accept-Language.',
  }),
});

const nextStepSchema = z.object({
  action: z.string(),
  kind: z.string(),
  code: z.string(),
  params: nextStepParamsSchema,
  text: z.string(),
});

const effortSchema = z.object({
  hours: z.number(),
  costYuan: z.number(),
  hoursAssumed: z.boolean(),
  costAssumed: z.boolean(),
});

export const recommendationsSchema = z
  .object({
    recommender: z.object({ version: z.string() }),
    scorer: z.object({ version: z.string() }),
    taxonomy: z.object({ id: z.string(), version: z.string() }),
    target: z
      .object({
        kind: z.enum(['occupation', 'role']),
        code: z.string().optional().openapi({ description: 'The occupation (kind `occupation`).' }),
        roleId: z.string().optional().openapi({ description: 'The role (kind `role`).' }),
        occupationCode: z.string().nullable().optional(),
        name: z.string(),
      })
      .openapi({ description: 'What the learner aims at: an occupation, or an employer’s role.' }),
    asOf: z.string(),
    scoreNow: z.number(),
    items: z.array(
      z.object({
        offering: offeringSchema,
        coversTaskIds: z.array(z.string()),
        coversTasks: z
          .array(z.object({ taskId: z.string(), text: z.string(), gain: z.number(), declared: z.boolean() }))
          .optional()
          .openapi({
            description: 'Occupation target: the missing tasks covered, with the matcher’s gain for each.',
          }),
        coversRequirements: z
          .array(
            z.object({
              requirementId: z.string(),
              taskId: z.string().nullable(),
              text: z.string(),
              gain: z.number(),
              declared: z.boolean(),
            }),
          )
          .optional()
          .openapi({ description: 'Role target: the missing requirements the offering would meet.' }),
        scoreNow: z.number(),
        scoreAfter: z.number(),
        gain: z.number(),
        gainPerHour: z.number(),
        gainPerYuan: z.number().nullable(),
        value: z.number(),
        effort: effortSchema,
        explanation: z.string(),
      }),
    ),
    uncovered: z.array(
      z.object({
        taskId: z.string().nullable(),
        requirementId: z.string().optional(),
        text: z.string(),
        gain: z.number().optional(),
        nextStep: nextStepSchema,
      }),
    ),
    considered: z.number().int(),
    evaluated: z.number().int(),
  })
  .openapi('Recommendations');
