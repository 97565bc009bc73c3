/** Request and response schemas of matching: stateless match, learner matches and gaps, related, classify. */
import { z } from '@hono/zod-openapi';
import {
  ANY_CODE_PATTERN,
  EVIDENCE_KINDS,
  fieldCode,
  ISO_DATE_PATTERN,
  isIsoDate,
  storableString,
  WORK_PROCESS_STEPS,
} from '@skillbank/core';
import { NEXT_STEP_CODES } from '@skillbank/matcher';
import { LANGS } from '../../../messages/index.js';
import { booleanQuery } from '../query-params.js';

const dateField = storableString()
  .regex(ISO_DATE_PATTERN, fieldCode('date_format'))
  .refine(isIsoDate, fieldCode('date_format'));
// The served scheme checks the grammar (`checkCodes`); this is the shape every scheme shares.
const occupationCode = storableString().regex(ANY_CODE_PATTERN, fieldCode('code_shape'));

/** Bounds of a stateless match request: enough for a real profile, small enough to answer fast. */
export const MATCH_LIMITS = Object.freeze({ evidence: 50, title: 200, description: 5000, skills: 30 });

export const matchEvidenceSchema = z
  .strictObject({
    id: storableString().trim().min(1).max(100).optional().openapi({
      description: 'Your id for the item, echoed in `evidenceIds`; defaults to `e1`, `e2`, … by position.',
    }),
    kind: z.enum(EVIDENCE_KINDS),
    title: storableString().trim().min(1, fieldCode('empty')).max(MATCH_LIMITS.title),
    description: storableString().max(MATCH_LIMITS.description),
    occurredOn: dateField.optional(),
    skills: z
      .array(
        z.strictObject({
          name: storableString().trim().min(1).max(100),
          level: z.number().int().min(1).max(8).optional(),
        }),
      )
      .max(MATCH_LIMITS.skills)
      .optional(),
    steps: z.array(z.enum(WORK_PROCESS_STEPS)).max(6).optional(),
    attested: z.boolean().optional(),
    occupationCodes: z.array(occupationCode).max(10).optional(),
  })
  .openapi('MatchEvidence');

export const matchBody = z
  .strictObject({
    evidence: z.array(matchEvidenceSchema).min(1).max(MATCH_LIMITS.evidence),
    limit: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'How many occupations (1–100, default 10).' }),
    digital: z.boolean().optional().openapi({ description: 'Only digital occupations (数字职业).' }),
    green: z.boolean().optional().openapi({ description: 'Only green occupations (绿色职业).' }),
    asOf: dateField
      .optional()
      .openapi({ description: 'Date recency is measured at (default: the latest `occurredOn`).' }),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.evidence.forEach((item, i) => {
      if (item.id === undefined) return;
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['evidence', i, 'id'], message: fieldCode('unique_ids') });
      seen.add(item.id);
    });
  })
  .openapi('MatchRequest');

const versions = {
  scorer: z.object({ version: z.string() }),
  taxonomy: z.object({ id: z.string(), version: z.string() }),
};

const taskCoverageSchema = z.object({
  taskId: z.string(),
  text: z.string(),
  score: z.number(),
  evidenceIds: z.array(z.string()),
  evidence: z
    .object({ id: z.string(), sentence: z.string(), words: z.array(z.string()) })
    .optional()
    .openapi({
      description:
        'The explanation in words: the sentence of the best evidence that says the same as the task, and the task’s words it matches (to highlight).',
    }),
});

export const matchBreakdownSchema = z
  .object({
    profileSimilarity: z.number(),
    profileScore: z.number(),
    taskCoverage: z.number().nullable(),
    coveredTaskCount: z.number().int(),
    taskCount: z.number().int(),
    declaredBonus: z.number(),
    roleScore: z.number().nullable().openapi({
      description:
        'How strongly the evidence titles name this occupation as the job done (the job-title classifier read on each item title, as a share of its best candidate); null when no title names a role.',
    }),
    weights: z.object({ profile: z.number(), coverage: z.number(), role: z.number() }),
    workLevel: z
      .object({ evidence: z.number().nullable(), occupation: z.number(), factor: z.number() })
      .openapi({
        description:
          'Level of work: professional share of the evidence (null when its verbs say nothing) and of the occupation; the factor their agreement applies.',
      }),
    explained: z.object({ share: z.number(), factor: z.number() }).nullable().openapi({
      description:
        'How much of the evidence the occupation explains (share: Σ of the squared weights of the evidence profile’s terms its profile has) and the factor B took, (share / the best share among the 15 leading occupations)^0.2; null below those 15 (factor 1).',
    }),
    sharedTerms: z.array(z.string()),
    direction: z.object({ share: z.number(), factor: z.number() }).optional().openapi({
      description:
        'Overall ranking of evidence in several directions, when this match’s direction holds less of the evidence than the heaviest: its share (Σ weight × words said, over the heaviest direction’s) and the factor its score took there (share^0.5). Absent when 1.',
    }),
  })
  .openapi('MatchBreakdown', {
    description:
      'score = 1 − (1 − B)^workLevel.factor + declaredBonus, capped at 1, where B = explained.factor × ((1 − weights.role) × (weights.profile × profileScore + weights.coverage × taskCoverage) + weights.role × roleScore) (see the matcher README for the versioned formula).',
  });

const occupationMatchSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    score: z.number(),
    band: z.enum(['strong', 'moderate', 'weak']).openapi({
      description:
        'The calibrated band of the score (its meaning, measured on the eval sets, is in the matcher README).',
    }),
    digital: z.boolean(),
    green: z.boolean(),
    breakdown: matchBreakdownSchema,
    coveredTasks: z.array(taskCoverageSchema),
    missingTasks: z.array(z.object({ taskId: z.string(), text: z.string() })),
  })
  .openapi('OccupationMatch');

export const matchResultSchema = z
  .object({
    ...versions,
    matches: z.array(occupationMatchSchema).openapi({ description: 'The overall ranking.' }),
    directions: z
      .array(
        z.object({
          label: z.string(),
          evidenceIds: z.array(z.string()),
          matches: z.array(occupationMatchSchema),
        }),
      )
      .optional()
      .openapi({
        description:
          'Present when the evidence points in more than one direction: the best occupations of each, labelled by the minor group of its best match.',
      }),
    evidence: z.array(
      z.object({
        id: z.string(),
        weight: z.number(),
        factors: z.object({
          kind: z.number(),
          attestation: z.number(),
          recency: z.number(),
        }),
        knownTerms: z.number().int(),
      }),
    ),
  })
  .openapi('MatchResult');

/** What a next step's sentence is made from: the task, and its reading when it read as work on something. */
export const nextStepParamsSchema = z
  .object({
    task: z.string().openapi({ description: 'The task statement.' }),
    doing: z.string().optional().openapi({
      description:
        'The work, in the task’s words (分析人工智能算法); absent when the task did not read as work on something.',
    }),
    topic: z.string().optional().openapi({ description: 'What to learn about, in the task’s words.' }),
    tool: z.string().optional().openapi({ description: 'The equipment or tools the task names.' }),
    standard: z.string().optional().openapi({ description: 'The standard or rule the task says to follow.' }),
  })
  .openapi({ description: 'What the message needs.' });

export const gapReportSchema = z
  .object({
    ...versions,
    occupation: z.object({ code: z.string(), name: z.string() }),
    score: z.number(),
    breakdown: matchBreakdownSchema,
    gaps: z.array(
      z.object({
        taskId: z.string(),
        text: z.string(),
        coverage: z.number(),
        gain: z.number(),
        evidenceIds: z.array(z.string()),
        nextStep: z.object({
          action: z.enum(['learn', 'practise', 'assess', 'attest', 'detail']),
          kind: z.enum(EVIDENCE_KINDS),
          code: z.enum(NEXT_STEP_CODES).openapi({ description: 'What the step says, as a message code.' }),
          params: nextStepParamsSchema,
          text: z.string().openapi({ description: 'The step in the requested language.' }),
        }),
      }),
    ),
    coveredTasks: z.array(taskCoverageSchema),
    missingTerms: z.array(z.string()),
  })
  .openapi('GapReport');

export const relatedQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const relatedSchema = z
  .object({
    ...versions,
    occupation: z.object({ code: z.string(), name: z.string() }),
    related: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        score: z.number(),
        digital: z.boolean(),
        green: z.boolean(),
        sharedTerms: z.array(z.string()),
        sharedTasks: z.array(
          z.object({
            taskId: z.string(),
            text: z.string(),
            relatedTaskId: z.string(),
            relatedText: z.string(),
            score: z.number(),
          }),
        ),
      }),
    ),
  })
  .openapi('RelatedOccupations');

export const classifyBody = z
  .strictObject({
    title: storableString().trim().min(1, fieldCode('empty')).max(200),
    description: storableString().max(5000).optional(),
    limit: z.number().int().min(1).max(20).optional(),
  })
  .openapi('ClassifyRequest');

export const classifySchema = z
  .object({
    ...versions,
    candidates: z.array(
      z.object({ code: z.string(), name: z.string(), score: z.number() }).openapi({
        description: 'An occupation (never a group), best first.',
      }),
    ),
    group: z
      .object({ level: z.enum(['minor', 'middle']), code: z.string(), name: z.string(), reason: z.string() })
      .optional()
      .openapi({
        description:
          'Present when the leading candidates share a minor or middle group and none stands out: that group, and why.',
      }),
  })
  .openapi('ClassifyResult');

export const learnerMatchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  digital: booleanQuery.openapi({ type: 'string', description: 'Only digital occupations.' }),
  green: booleanQuery.openapi({ type: 'string', description: 'Only green occupations.' }),
});

export const learnerGapsQuery = z.object({
  occupation: occupationCode.openapi({ example: '5-05-01-03' }),
  lang: z.enum(LANGS).optional().openapi({
    description:
      'Language of each `nextStep.text`: `zh` (default) or `en`; overrides an Accept-Language starting with `en`.',
  }),
});
