/** Request and response schemas of advisors' cohorts, invitations, members and reports. */
import { z } from '@hono/zod-openapi';
import { fieldCode, MAX_INVITATION_DAYS, storableString } from '@skillbank/core';
import { REPORT_FORMATS } from '../../../reports/renderers/index.js';
import { REPORT_LANGS } from '../../../reports/report-i18n.js';
import { pageQuery } from '../pagination.js';
import { booleanQuery } from '../query-params.js';

export const cohortIdParam = z.object({
  id: storableString()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'co_Jx3q0hB2fYk9cT1m' }),
});

export const memberParams = cohortIdParam.extend({
  learnerId: storableString()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'learnerId', in: 'path' }, example: 'ac_Jx3q0hB2fYk9cT1m' }),
});

export const createCohortBody = z
  .strictObject({ name: storableString().trim().min(1, fieldCode('empty')).max(200) })
  .openapi('NewCohort');

export const invitationBody = z
  .strictObject({
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_INVITATION_DAYS)
      .optional()
      .openapi({ description: 'How long the code works (default 14 days).' }),
  })
  .openapi('NewInvitation');

export const joinBody = z
  .strictObject({
    code: storableString()
      .trim()
      .min(1, fieldCode('empty'))
      .max(40)
      .openapi({ example: 'K7M2Q-9XTR4', description: 'Case, spaces and dashes do not matter.' }),
  })
  .openapi('JoinCohort');

export const cohortSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    advisorId: z.string(),
    createdAt: z.string(),
    memberCount: z.number().int().optional(),
  })
  .openapi('Cohort');

export const cohortListQuery = z.object({ ...pageQuery });
export const cohortListSchema = z
  .object({ items: z.array(cohortSchema), nextCursor: z.string().nullable() })
  .openapi('CohortList');

export const invitationSchema = z
  .object({
    cohortId: z.string(),
    code: z.string().openapi({ description: 'Shown once; stored only as a hash.' }),
    expiresAt: z.string(),
  })
  .openapi('Invitation');

export const joinSchema = z
  .object({
    cohort: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(['joined', 'already_member']),
    joinedAt: z.string(),
  })
  .openapi('CohortJoin');

export const memberListSchema = z
  .object({
    items: z.array(
      z.object({
        learnerId: z.string(),
        name: z.string(),
        joinedAt: z.string(),
        sharesEvidence: z
          .boolean()
          .openapi({ description: 'The learner lets the advisor see their evidence and use it in reports.' }),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('CohortMembers');

export const reportQuery = z.object({
  format: z.enum(REPORT_FORMATS).optional().openapi({ description: 'Overrides the Accept header.' }),
  anonymised: booleanQuery.openapi({
    type: 'string',
    description: 'The form for sharing outside the school: no names or learner ids, no group smaller than 5.',
  }),
  lang: z.enum(REPORT_LANGS).optional().openapi({
    description:
      'Language of the summary, notes and labels: `zh` (default) or `en`; overrides an Accept-Language starting with `en`.',
  }),
});

export const reportSchema = z
  .object({
    format: z.literal('skillbank.cohort-report'),
    version: z.literal(1),
    lang: z.enum(REPORT_LANGS).openapi({
      description: 'The language of `summary`, `method.consentRule` and `suppressed.note`.',
    }),
    cohort: z.object({ id: z.string(), name: z.string() }),
    generatedAt: z.string(),
    anonymised: z.boolean(),
    scorer: z.object({ version: z.string() }),
    taxonomy: z.object({ id: z.string(), version: z.string() }),
    method: z.unknown(),
    population: z.unknown(),
    scores: z.unknown(),
    summary: z.array(z.string()).openapi({ description: 'The one-minute summary, in `lang`.' }),
    learners: z.array(z.unknown()),
    occupations: z.array(z.unknown()),
    gaps: z.unknown(),
    readiness: z.unknown(),
    distribution: z.array(z.unknown()),
    suppressed: z.unknown(),
  })
  .openapi('CohortReport', { description: 'See the README for each field and the rules behind them.' });
