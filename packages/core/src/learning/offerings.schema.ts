/**
 * The zod schema of an offering as a provider publishes or edits it: strict, every text and list
 * bounded. Task ids are checked against the taxonomy by the service (they need storage).
 */
import { z } from 'zod';
import { isoDateSchema, requiredString, skillLevelSchema } from '../evidence/evidence.schema.js';
import { OFFERING_KINDS, OFFERING_MODES } from './learning.vocabulary.js';

export const OFFERING_LIMITS = {
  title: 200,
  description: 5_000,
  city: 50,
  hours: 10_000,
  costYuan: 10_000_000,
  taskIds: 50,
  skills: 30,
  skillName: 100,
} as const;

const text = (max: number) =>
  requiredString().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const wholeNumber = (min: number, max: number, unit: string) =>
  z
    .number({ message: `must be a whole number of ${unit}` })
    .int(`must be a whole number of ${unit}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

function uniqueItems(items: string[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = item.normalize('NFKC').toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: 'repeats an earlier item' });
    seen.add(key);
  });
}

export const offeringInputSchema = z
  .strictObject({
    kind: z.enum(OFFERING_KINDS, { message: `must be one of ${OFFERING_KINDS.join(', ')}` }),
    title: text(OFFERING_LIMITS.title),
    description: text(OFFERING_LIMITS.description),
    mode: z.enum(OFFERING_MODES, { message: `must be one of ${OFFERING_MODES.join(', ')}` }),
    city: text(OFFERING_LIMITS.city).optional(),
    hours: wholeNumber(1, OFFERING_LIMITS.hours, 'hours').optional(),
    costYuan: wholeNumber(0, OFFERING_LIMITS.costYuan, 'yuan').optional(),
    startsOn: isoDateSchema.optional(),
    endsOn: isoDateSchema.optional(),
    level: skillLevelSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as zh or en')
      .optional(),
    taskIds: z
      .array(text(40))
      .min(1, 'must name at least one task statement the offering covers')
      .max(OFFERING_LIMITS.taskIds, `must list at most ${OFFERING_LIMITS.taskIds} tasks`)
      .superRefine(uniqueItems),
    skills: z
      .array(text(OFFERING_LIMITS.skillName))
      .max(OFFERING_LIMITS.skills, `must list at most ${OFFERING_LIMITS.skills} skills`)
      .superRefine(uniqueItems)
      .optional(),
  })
  .superRefine((o, ctx) => {
    if (o.endsOn !== undefined && o.startsOn !== undefined && o.endsOn < o.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before startsOn' });
    if (o.mode === 'in_person' && o.city === undefined)
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'is required for an in-person offering' });
    if (o.kind === 'assessment' && o.level === undefined)
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'an assessment certifies a level (1–8)' });
  });

/** An offering as the client sends it (before parsing). */
export type OfferingInputJson = z.input<typeof offeringInputSchema>;
/** A parsed, valid offering. */
export type OfferingInput = z.output<typeof offeringInputSchema>;

const resultText = (max: number) => text(max);

/** What a provider records about one enrolment. */
export const resultInputSchema = z.strictObject({
  outcome: z.enum(['completed', 'passed', 'failed', 'placed'], {
    message: 'must be one of completed, passed, failed, placed',
  }),
  level: skillLevelSchema.optional(),
  rank: wholeNumber(1, 100_000, 'places').optional(),
  award: resultText(50).optional(),
  statement: resultText(1_000).optional(),
});

export type ResultInputJson = z.input<typeof resultInputSchema>;
export type ResultInput = z.output<typeof resultInputSchema>;
