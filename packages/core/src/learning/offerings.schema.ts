/**
 * The zod schema of an offering as a provider publishes or edits it: strict, every text and list
 * bounded. Task ids are checked against the taxonomy by the service (they need storage).
 */
import { z } from 'zod';
import { isoDateSchema, requiredString, skillLevelSchema } from '../evidence/evidence.schema.js';
import { fieldCode } from '../field-messages.js';
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

const text = (max: number) => requiredString().trim().min(1).max(max);

const wholeNumber = (min: number, max: number) =>
  z
    .number({ message: fieldCode('not_whole_number') })
    .int(fieldCode('not_whole_number'))
    .min(min)
    .max(max);

function uniqueItems(items: string[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = item.normalize('NFKC').toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: fieldCode('repeated') });
    seen.add(key);
  });
}

export const offeringInputSchema = z
  .strictObject({
    kind: z.enum(OFFERING_KINDS),
    title: text(OFFERING_LIMITS.title),
    description: text(OFFERING_LIMITS.description),
    mode: z.enum(OFFERING_MODES),
    city: text(OFFERING_LIMITS.city).optional(),
    hours: wholeNumber(1, OFFERING_LIMITS.hours).optional(),
    costYuan: wholeNumber(0, OFFERING_LIMITS.costYuan).optional(),
    startsOn: isoDateSchema.optional(),
    endsOn: isoDateSchema.optional(),
    level: skillLevelSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, fieldCode('language_tag'))
      .optional(),
    taskIds: z
      .array(text(40))
      .min(1, fieldCode('tasks_needed'))
      .max(OFFERING_LIMITS.taskIds)
      .superRefine(uniqueItems),
    skills: z
      .array(text(OFFERING_LIMITS.skillName))
      .max(OFFERING_LIMITS.skills)
      .superRefine(uniqueItems)
      .optional(),
  })
  .superRefine((o, ctx) => {
    if (o.endsOn !== undefined && o.startsOn !== undefined && o.endsOn < o.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: fieldCode('date_before_start') });
    if (o.mode === 'in_person' && o.city === undefined)
      ctx.addIssue({ code: 'custom', path: ['city'], message: fieldCode('city_required_in_person') });
    if (o.kind === 'assessment' && o.level === undefined)
      ctx.addIssue({ code: 'custom', path: ['level'], message: fieldCode('assessment_needs_level') });
  });

/** An offering as the client sends it (before parsing). */
export type OfferingInputJson = z.input<typeof offeringInputSchema>;
/** A parsed, valid offering. */
export type OfferingInput = z.output<typeof offeringInputSchema>;

const resultText = (max: number) => text(max);

/** What a provider records about one enrolment. */
export const resultInputSchema = z.strictObject({
  outcome: z.enum(['completed', 'passed', 'failed', 'placed']),
  level: skillLevelSchema.optional(),
  rank: wholeNumber(1, 100_000).optional(),
  award: resultText(50).optional(),
  statement: resultText(1_000).optional(),
});

export type ResultInputJson = z.input<typeof resultInputSchema>;
export type ResultInput = z.output<typeof resultInputSchema>;
