/**
 * The zod schema of an evidence deposit: strict (unknown fields are errors), every text and list
 * bounded. The server serves it as the request body of `POST /api/evidence` and of corrections.
 */
import { z } from 'zod';
import { ANY_CODE_PATTERN } from '../taxonomy/scheme/scheme.spec.js';
import { EVIDENCE_KINDS, MAX_SKILL_LEVEL, MIN_SKILL_LEVEL, workProcessStep } from './evidence.vocabulary.js';

/** Bounds on the fields of one piece of evidence. */
export const EVIDENCE_LIMITS = {
  title: 200,
  description: 10_000,
  occupationCodes: 20,
  skills: 50,
  skillName: 100,
  artifacts: 20,
  artifactName: 200,
  artifactUrl: 2_000,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A string schema whose type error says "is required" when the field is missing. */
export const requiredString = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isoDateSchema = requiredString()
  .refine(isIsoDate, 'must be a date written YYYY-MM-DD')
  .refine((v) => v >= '1900-01-01', 'must not be before 1900-01-01');

const text = (max: number) =>
  requiredString().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const skillLevelSchema = z
  .number({ message: 'must be a whole number from 1 to 8' })
  .int('must be a whole number from 1 to 8')
  .min(MIN_SKILL_LEVEL, 'must be at least 1 (学徒工)')
  .max(MAX_SKILL_LEVEL, 'must be at most 8 (首席技师)');

export const evidenceSkillSchema = z.strictObject({
  name: text(EVIDENCE_LIMITS.skillName),
  level: skillLevelSchema.optional(),
});

export const artifactSchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(EVIDENCE_LIMITS.artifactUrl, `must be at most ${EVIDENCE_LIMITS.artifactUrl} characters`)
      .optional(),
    name: text(EVIDENCE_LIMITS.artifactName).optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits')
      .transform((v) => v.toLowerCase())
      .optional(),
  })
  .refine((a) => a.url !== undefined || a.name !== undefined, 'needs a url or a name');

const stepSchema = z.string().transform((value, ctx) => {
  const step = workProcessStep(value);
  if (step === null) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be one of 明确任务, 制订计划, 做出决定, 实施计划, 检查控制, 评估反馈 (or clarify_task, plan, decide, carry_out, check, evaluate)',
    });
    return z.NEVER;
  }
  return step;
});

function unique<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: `repeats an earlier ${what}` });
      seen.add(k);
    });
  };
}

export const evidenceInputSchema = z
  .strictObject({
    kind: z.enum(EVIDENCE_KINDS, {
      message: `must be one of ${EVIDENCE_KINDS.join(', ')}`,
    }),
    title: text(EVIDENCE_LIMITS.title),
    description: text(EVIDENCE_LIMITS.description),
    occurredOn: isoDateSchema,
    endedOn: isoDateSchema.optional(),
    occupationCodes: z
      // The grammar is the taxonomy's scheme's, checked on deposit (`depositEvidence`).
      .array(z.string().regex(ANY_CODE_PATTERN, 'must be an occupation code'))
      .max(EVIDENCE_LIMITS.occupationCodes, `must list at most ${EVIDENCE_LIMITS.occupationCodes} codes`)
      .superRefine(unique((c) => c, 'code'))
      .optional(),
    skills: z
      .array(evidenceSkillSchema)
      .max(EVIDENCE_LIMITS.skills, `must list at most ${EVIDENCE_LIMITS.skills} skills`)
      .superRefine(unique((s) => s.name.normalize('NFKC').toLowerCase(), 'skill'))
      .optional(),
    steps: z
      .array(stepSchema)
      .max(6, 'must list at most the six steps')
      .superRefine(unique((s) => s, 'step'))
      .optional(),
    artifacts: z
      .array(artifactSchema)
      .max(EVIDENCE_LIMITS.artifacts, `must list at most ${EVIDENCE_LIMITS.artifacts} artifacts`)
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.endedOn !== undefined && e.endedOn < e.occurredOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'must not be before occurredOn' });
    }
  });

/** A deposit as the client sends it (before parsing). */
export type EvidenceInputJson = z.input<typeof evidenceInputSchema>;
/** A parsed, valid deposit. */
export type EvidenceInput = z.output<typeof evidenceInputSchema>;
