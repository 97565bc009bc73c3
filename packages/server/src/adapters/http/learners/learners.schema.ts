/** Request and response schemas of a learner's ledger verification, profile, consent and export. */
import { z } from '@hono/zod-openapi';
import { isoDateSchema, storableString } from '@skillbank/core';

export const learnerIdParam = z.object({
  id: storableString()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ac_Jx3q0hB2fYk9cT1m' }),
});

const badEntrySchema = z.object({ seq: z.number().int(), id: z.string().nullable(), reason: z.string() });
const checkSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadEntry: badEntrySchema.optional(),
});

export const verificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
    firstBadEntry: badEntrySchema
      .extend({ check: z.enum(['hashChain', 'signatures', 'revocations']) })
      .optional()
      .openapi({ description: 'The earliest problem over all checks.' }),
    checks: z.object({ hashChain: checkSchema, signatures: checkSchema, revocations: checkSchema }),
  })
  .openapi('LedgerVerification');

export const profileQuery = z.object({
  asOf: isoDateSchema.optional().openapi({
    description:
      'Compute the profile as of this date (YYYY-MM-DD; default today, UTC). Recency decay counts from it.',
  }),
});

export const profileSchema = z
  .object({
    learnerId: z.string(),
    skills: z.array(
      z.object({
        name: z.string(),
        key: z.string(),
        core: z
          .string()
          .nullable()
          .openapi({ description: 'Core transferable skill id (数字技能 → digital …), or null.' }),
        level: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'New eight-level scale 1–8, or null when no evidence gives a level.' }),
        levelLabel: z.object({ zh: z.string(), en: z.string() }).nullable(),
        levelScore: z.number().nullable(),
        confidence: z.number(),
        evidenceIds: z.array(z.string()),
        contributions: z.array(
          z.object({
            evidenceId: z.string(),
            weight: z.number(),
            level: z.number().int().nullable(),
            attested: z.boolean(),
          }),
        ),
      }),
    ),
    updatedAt: z.string().nullable(),
    asOf: z.string(),
    formula: z.object({ version: z.string() }),
  })
  .openapi('SkillProfile');

export const consentBody = z
  .strictObject({
    discoverableByEmployers: z.boolean(),
    advisorsCanSeeEvidence: z.boolean().optional().openapi({
      description:
        'Whether advisors of the learner’s cohorts see their evidence and profile; unchanged when omitted.',
    }),
  })
  .openapi('ConsentUpdate');

export const consentSchema = z
  .object({
    learnerId: z.string(),
    discoverableByEmployers: z.boolean(),
    advisorsCanSeeEvidence: z.boolean(),
    updatedAt: z.string().nullable(),
    history: z.array(
      z.object({
        discoverableByEmployers: z.boolean(),
        advisorsCanSeeEvidence: z.boolean(),
        recordedAt: z.string(),
        seq: z.number().int(),
      }),
    ),
  })
  .openapi('Consent');

export const exportSchema = z
  .object({
    format: z.literal('skillbank.account-export'),
    version: z.literal(1),
    exportedAt: z.string(),
    verification: z.record(z.string(), z.string()),
    learner: z.object({ id: z.string(), name: z.string(), createdAt: z.string().nullable() }),
    ledger: z.object({
      head: z.object({ seq: z.number().int(), hash: z.string() }),
      entries: z.array(z.unknown()),
    }),
    attesters: z.array(z.unknown()),
    evidence: z.array(z.unknown()),
    consent: z.unknown(),
    profile: z.unknown(),
    transparency: z
      .object({
        checkpoint: z.unknown(),
        entries: z.array(
          z.object({ seq: z.number().int(), leafIndex: z.number().int(), path: z.array(z.string()) }),
        ),
        keys: z.array(z.unknown()),
      })
      .optional()
      .openapi({
        description:
          'The signed transparency-log checkpoint and an RFC 9162 inclusion proof for every entry and attester key.',
      }),
  })
  .openapi('AccountExport', {
    description:
      'Verifies on its own: see `verification` for the recipes, or `verifyExport` in @skillbank/core.',
  });
