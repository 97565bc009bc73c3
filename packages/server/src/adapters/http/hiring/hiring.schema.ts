/** Request and response schemas of the hiring loop: roles for graduates, interests, cards, messages, inbox. */
import { z } from '@hono/zod-openapi';
import { CANDIDATE_STATES, fieldCode, MESSAGE_LIMITS, ROLE_MODES, storableString } from '@skillbank/core';
import { evidenceSchema } from '../evidence/evidence.schema.js';
import { profileSchema } from '../learners/learners.schema.js';
import { pageQuery } from '../pagination.js';
import { booleanQuery } from '../query-params.js';
import {
  breakdownSchema,
  metRequirementSchema,
  missingRequirementSchema,
  roleBandSchema,
  roleIdParam,
  roleSchema,
} from '../roles/roles.schema.js';

const versions = {
  scorer: z.object({ version: z.string() }),
  taxonomy: z.object({ id: z.string(), version: z.string() }),
};

const pathId = (name: string, example: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name, in: 'path' }, example });

export const learnerRoleParams = z.object({
  id: pathId('id', 'ac_Jx3q0hB2fYk9cT1m'),
  roleId: pathId('roleId', 'ro_Jx3q0hB2fYk9cT1m'),
});

export const withdrawalParams = z.object({
  id: pathId('id', 'ac_Jx3q0hB2fYk9cT1m'),
  employerId: pathId('employerId', 'ac_Kx3q0hB2fYk9cT1m'),
});

export const conversationParams = z.object({
  id: roleIdParam.shape.id,
  learnerId: pathId('learnerId', 'ac_Jx3q0hB2fYk9cT1m'),
});

export const learnerRolesQuery = z.object({
  ...pageQuery,
  city: storableString().max(50).optional().openapi({
    description: 'Only roles in this city (case, spaces and a trailing 市 do not matter).',
  }),
  mode: z
    .enum([...ROLE_MODES, ''])
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  digital: booleanQuery.openapi({ description: 'Only roles whose occupation is (or is not) digital.' }),
  green: booleanQuery.openapi({ description: 'Only roles whose occupation is (or is not) green.' }),
});

const employerRef = z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() });

const fit = {
  score: z.number(),
  band: roleBandSchema,
  allEssentialMet: z.boolean(),
  breakdown: breakdownSchema,
  metRequirements: z.array(metRequirementSchema),
  missingRequirements: z.array(missingRequirementSchema),
  interested: z.boolean(),
  state: z
    .enum(CANDIDATE_STATES)
    .nullable()
    .openapi({ description: 'The employer’s decision about the learner.' }),
};

export const learnerRoleListSchema = z
  .object({
    ...versions,
    items: z.array(z.object({ role: roleSchema, employer: employerRef, ...fit })),
    nextCursor: z.string().nullable(),
  })
  .openapi('RolesForLearner');

export const learnerRoleSchema = z
  .object({
    ...versions,
    role: roleSchema,
    open: z
      .boolean()
      .openapi({ description: 'Published and its closing date not passed: it takes interest.' }),
    ...fit,
    evidence: z
      .array(z.object({ id: z.string(), title: z.string() }))
      .openapi({ description: 'The learner’s evidence behind the requirements met.' }),
    conversation: z.object({ messageCount: z.number().int(), unread: z.number().int() }).nullable(),
  })
  .openapi('RoleForLearner');

export const interestSchema = z
  .object({
    roleId: z.string(),
    roleTitle: z.string(),
    learnerId: z.string(),
    employer: employerRef,
    active: z.boolean(),
    expressedAt: z.string(),
    withdrawnAt: z.string().nullable(),
  })
  .openapi('Interest');

export const interestListSchema = z
  .object({
    interests: z.array(interestSchema),
    withdrawals: z.array(z.object({ employer: employerRef, excludedAt: z.string() })),
  })
  .openapi('Interests');

export const withdrawalBody = z
  .strictObject({ employerId: storableString().min(1, fieldCode('empty')).max(100) })
  .openapi('Withdrawal');

export const withdrawalSchema = z
  .object({ employerId: z.string(), withdrawnRoleIds: z.array(z.string()) })
  .openapi('WithdrawalResult');

export const candidateCardSchema = z
  .object({
    ...versions,
    role: z.object({ id: z.string(), title: z.string() }),
    learner: z.object({ id: z.string(), name: z.string() }),
    score: z.number(),
    band: roleBandSchema,
    allEssentialMet: z.boolean(),
    breakdown: breakdownSchema,
    metRequirements: z.array(metRequirementSchema),
    missingRequirements: z.array(missingRequirementSchema),
    interested: z.boolean(),
    sharedBy: z.enum(['interest', 'discoverable']).openapi({
      description: 'Why the employer may see the card: interest in this role, or discoverable by employers.',
    }),
    discoverable: z.boolean(),
    state: z.enum(CANDIDATE_STATES).nullable(),
    evidence: z.array(evidenceSchema).openapi({ description: 'The evidence behind the requirements met.' }),
    profile: profileSchema,
    showcases: z.array(
      z.object({ title: z.string(), url: z.string(), createdAt: z.string(), entries: z.number().int() }),
    ),
  })
  .openapi('CandidateCard');

export const messageBody = z
  .strictObject({
    text: storableString().openapi({
      description: `Plain text, 1–${MESSAGE_LIMITS.text} characters after trimming; stored as written and never read as HTML.`,
    }),
  })
  .openapi('NewMessage');

export const messageSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    senderId: z.string(),
    senderRole: z.enum(['learner', 'employer']),
    text: z.string(),
    createdAt: z.string(),
  })
  .openapi('Message');

export const messagesQuery = z.object({
  limit: pageQuery.limit,
  after: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ description: 'Only messages after this `seq` (default 0: from the first).' }),
});

export const messageListSchema = z
  .object({
    conversation: z
      .object({
        id: z.string(),
        roleId: z.string(),
        learnerId: z.string(),
        employerId: z.string(),
        messageCount: z.number().int(),
        createdAt: z.string(),
        lastMessageAt: z.string(),
      })
      .nullable(),
    items: z.array(messageSchema),
    nextAfter: z.number().int().nullable().openapi({ description: 'Pass as `after` for the next page.' }),
  })
  .openapi('MessageList');

export const inboxSchema = z
  .object({
    items: z.array(
      z.object({
        conversationId: z.string(),
        role: z.object({ id: z.string(), title: z.string() }),
        learner: z.object({ id: z.string(), name: z.string() }),
        employer: employerRef,
        messageCount: z.number().int(),
        unread: z.number().int(),
        lastMessage: z
          .object({ senderRole: z.enum(['learner', 'employer']), preview: z.string(), createdAt: z.string() })
          .nullable(),
        lastMessageAt: z.string(),
      }),
    ),
    unread: z.number().int().openapi({ description: 'Unread messages over all conversations.' }),
    invitations: z
      .array(
        z.object({
          roleId: z.string(),
          roleTitle: z.string(),
          employer: employerRef,
          invitedAt: z.string(),
        }),
      )
      .openapi({ description: 'Learners: invitations to open roles not yet answered by taking interest.' }),
  })
  .openapi('Inbox');
