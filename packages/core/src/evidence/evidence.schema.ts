/**
 * The zod schema of an evidence deposit: strict (unknown fields are errors), every text and list
 * bounded. Its messages are codes (`field-messages.ts`). The server serves it as the request body of `POST /api/evidence` and of corrections.
 */

import { z } from 'zod';
import { fieldCode } from '../field-messages.js';
import { ANY_CODE_PATTERN } from '../taxonomy/scheme/scheme.spec.js';
import { storableString } from '../text/storable-text.js';
import { isIsoDate } from '../time/dates.js';
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

/** A string schema whose type error says `required` when the field is missing. */
export const requiredString = () =>
  storableString({
    // Only the type error: the checks chained on it (min, max, …) keep their own messages.
    error: (issue) =>
      issue.code === 'invalid_type'
        ? fieldCode(issue.input === undefined ? 'required' : 'not_string')
        : undefined,
  });

export const isoDateSchema = requiredString()
  .refine(isIsoDate, fieldCode('date_format'))
  .refine((v) => v >= '1900-01-01', fieldCode('date_too_early'));

const text = (max: number) => requiredString().trim().min(1, fieldCode('empty')).max(max);

export const skillLevelSchema = z
  .number({ message: fieldCode('level_range') })
  .int(fieldCode('level_range'))
  .min(MIN_SKILL_LEVEL, fieldCode('level_too_low'))
  .max(MAX_SKILL_LEVEL, fieldCode('level_too_high'));

export const evidenceSkillSchema = z.strictObject({
  name: text(EVIDENCE_LIMITS.skillName),
  level: skillLevelSchema.optional(),
});

export const artifactSchema = z
  .strictObject({
    url: z
      .url({
        protocol: /^https?$/,
        error: (issue) => (issue.code === 'invalid_format' ? fieldCode('url') : undefined),
      })
      .max(EVIDENCE_LIMITS.artifactUrl)
      .optional(),
    name: text(EVIDENCE_LIMITS.artifactName).optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, fieldCode('hex_digest'))
      .transform((v) => v.toLowerCase())
      .optional(),
  })
  .refine((a) => a.url !== undefined || a.name !== undefined, fieldCode('url_or_name'));

const stepSchema = storableString().transform((value, ctx) => {
  const step = workProcessStep(value);
  if (step === null) {
    ctx.addIssue({ code: 'custom', message: fieldCode('work_process_step') });
    return z.NEVER;
  }
  return step;
});

function unique<T>(key: (item: T) => string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: fieldCode('repeated') });
      seen.add(k);
    });
  };
}

export const evidenceInputSchema = z
  .strictObject({
    kind: z.enum(EVIDENCE_KINDS),
    title: text(EVIDENCE_LIMITS.title),
    description: text(EVIDENCE_LIMITS.description),
    occurredOn: isoDateSchema,
    endedOn: isoDateSchema.optional(),
    occupationCodes: z
      // The shape every scheme shares; the taxonomy's own grammar is checked on deposit (`depositEvidence`).
      .array(z.string().regex(ANY_CODE_PATTERN, fieldCode('code_shape')))
      .max(EVIDENCE_LIMITS.occupationCodes)
      .superRefine(unique((c) => c))
      .optional(),
    skills: z
      .array(evidenceSkillSchema)
      .max(EVIDENCE_LIMITS.skills)
      .superRefine(unique((s) => s.name.normalize('NFKC').toLowerCase()))
      .optional(),
    steps: z
      .array(stepSchema)
      .max(6)
      .superRefine(unique((s) => s))
      .optional(),
    artifacts: z.array(artifactSchema).max(EVIDENCE_LIMITS.artifacts).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.endedOn !== undefined && e.endedOn < e.occurredOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: fieldCode('date_before_start') });
    }
  });

/** A deposit as the client sends it (before parsing). */
export type EvidenceInputJson = z.input<typeof evidenceInputSchema>;
/** A parsed, valid deposit. */
export type EvidenceInput = z.output<typeof evidenceInputSchema>;
