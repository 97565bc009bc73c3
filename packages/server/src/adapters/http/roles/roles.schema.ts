/** Request and response schemas of employers' roles and their ranked candidates. */
import { z } from '@hono/zod-openapi';
import {
  ANY_CODE_PATTERN,
  ANY_TASK_ID_PATTERN,
  CANDIDATE_STATES,
  fieldCode,
  MAX_ROLE_REQUIREMENTS,
  ROLE_MODES,
  ROLE_STATUSES,
  roleDetailsSchema,
  SALARY_PERIODS,
  storableString,
} from '@skillbank/core';
import { CANDIDATE_LISTS } from '../../../candidates/rank-candidates.js';
import { pageQuery } from '../pagination.js';

export const ROLE_LIMITS = Object.freeze({
  title: 200,
  description: 5000,
  requirementText: 1000,
  requirements: MAX_ROLE_REQUIREMENTS,
});

const versions = {
  scorer: z.object({ version: z.string() }),
  taxonomy: z.object({ id: z.string(), version: z.string() }),
};

export const roleIdParam = z.object({
  id: storableString()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ro_Jx3q0hB2fYk9cT1m' }),
});

export const requirementEditSchema = z
  .strictObject({
    id: storableString()
      .regex(/^r\d{1,6}$/, fieldCode('requirement_id_format'))
      .optional()
      .openapi({ description: 'Keep (and maybe reword) this requirement; leave out to add a new one.' }),
    text: storableString().trim().min(1, fieldCode('empty')).max(ROLE_LIMITS.requirementText),
    essential: z.boolean(),
    minLevel: z
      .number()
      .int()
      .min(1, fieldCode('level_range'))
      .max(8, fieldCode('level_range'))
      .optional()
      .openapi({ description: 'Minimum 新八级 level (1 学徒工 … 8 首席技师) the evidence must show.' }),
    taskId: z
      .string()
      // The grammar is the taxonomy scheme's, checked by core's createRole / role edits.
      .regex(ANY_TASK_ID_PATTERN, fieldCode('code_shape'))
      .optional()
      .openapi({ description: 'The occupation task this requirement comes from.' }),
  })
  .openapi('RequirementEdit');

const requirementList = z.array(requirementEditSchema).max(ROLE_LIMITS.requirements);

export const createRoleBody = z
  .strictObject({
    title: storableString().trim().min(1, fieldCode('empty')).max(ROLE_LIMITS.title),
    occupationCode: storableString().regex(ANY_CODE_PATTERN, fieldCode('code_shape')).optional(),
    description: storableString().max(ROLE_LIMITS.description).optional(),
    requirements: requirementList.optional().openapi({
      description:
        'Empty or left out with an `occupationCode`: the occupation’s task statements become the requirements (optional, no minimum level), for the employer to edit.',
    }),
    ...roleDetailsSchema.shape,
  })
  .openapi('NewRole', {
    description:
      'A new role starts as a draft that only its employer sees. `closesOn` is the last day (China time) it takes interest and must not be in the past.',
  });

export const editRoleBody = z
  .strictObject({
    title: storableString().trim().min(1, fieldCode('empty')).max(ROLE_LIMITS.title).optional(),
    description: storableString().max(ROLE_LIMITS.description).nullable().optional(),
    ...roleDetailsSchema.shape,
  })
  .openapi('RoleEdit', {
    description:
      'The fields to change; a field left out stays as it is, `null` clears it. Drafts and published roles can be edited; closed roles cannot. A new `closesOn` must not be in the past.',
  });

export const requirementsBody = z
  .strictObject({ requirements: requirementList.min(1) })
  .openapi('RequirementsUpdate', {
    description:
      'The whole new list: items with the `id` of a current requirement keep it (reworded, re-marked or re-levelled as sent), items without `id` are added, current requirements not listed are dropped.',
  });

const requirementSchema = z.object({
  id: z.string(),
  text: z.string(),
  essential: z.boolean(),
  minLevel: z.number().int().nullable(),
  taskId: z.string().nullable(),
});

const occupationRef = z.object({
  code: z.string(),
  name: z.string(),
  digital: z.boolean(),
  green: z.boolean(),
});

export const roleSchema = z
  .object({
    id: z.string(),
    employerId: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    occupationCode: z.string().nullable(),
    occupation: occupationRef.nullable(),
    taxonomy: z.object({ id: z.string(), version: z.string() }),
    requirements: z.array(requirementSchema),
    status: z.enum(ROLE_STATUSES),
    city: z.string().nullable(),
    mode: z.enum(ROLE_MODES).nullable(),
    salaryBand: z
      .object({ minYuan: z.number().int(), maxYuan: z.number().int(), period: z.enum(SALARY_PERIODS) })
      .nullable(),
    closesOn: z.string().nullable().openapi({ description: 'Last day it takes interest (China time).' }),
    publishedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    suggestedOccupations: z
      .array(
        z.object({
          code: z.string(),
          name: z.string(),
          score: z.number(),
        }),
      )
      .optional()
      .openapi({
        description:
          'On creation without `occupationCode`: occupations the title suggests (POST /api/classify).',
      }),
  })
  .openapi('Role');

export const roleListQuery = z.object({ ...pageQuery });
export const roleListSchema = z
  .object({ items: z.array(roleSchema), nextCursor: z.string().nullable() })
  .openapi('RoleList');

export const candidatesQuery = z.object({
  ...pageQuery,
  list: z.enum(CANDIDATE_LISTS).default('all').openapi({
    description:
      '`all` (default): everyone the employer may see for the role — learners discoverable by employers and those interested in it; `interested`: those interested in the role; `shortlisted`: those the employer shortlisted.',
  }),
});

export const candidateParams = z.object({
  id: roleIdParam.shape.id,
  learnerId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'learnerId', in: 'path' }, example: 'ac_Jx3q0hB2fYk9cT1m' }),
});

export const candidateStateBody = z
  .strictObject({
    state: z.enum(CANDIDATE_STATES),
  })
  .openapi('CandidateStateUpdate', {
    description:
      '`invited` invites the learner to apply (published, open roles only); accepting is expressing interest in the role, which opens its conversation.',
  });

export const candidateStateSchema = z
  .object({
    roleId: z.string(),
    learnerId: z.string(),
    state: z.enum(CANDIDATE_STATES),
    updatedAt: z.string(),
  })
  .openapi('CandidateState');

export const metRequirementSchema = z.object({
  requirementId: z.string(),
  text: z.string(),
  essential: z.boolean(),
  score: z.number(),
  evidenceIds: z.array(z.string()),
  attested: z.boolean().openapi({ description: 'At least one of the evidence pieces is attested.' }),
  evidence: z
    .object({ id: z.string(), sentence: z.string(), words: z.array(z.string()) })
    .optional()
    .openapi({
      description:
        'The explanation in words: the sentence of the best evidence that says the same as the requirement, and the requirement’s words it matches (to highlight).',
    }),
});

export const missingRequirementSchema = z.object({
  requirementId: z.string(),
  text: z.string(),
  essential: z.boolean(),
  score: z.number(),
});

export const breakdownSchema = z.object({
  essentialMet: z.number().int(),
  essentialTotal: z.number().int(),
  optionalMet: z.number().int(),
  optionalTotal: z.number().int(),
  weights: z.object({ essential: z.number(), optional: z.number() }),
});

/** A role fit's band (`roleBand`): the same on the graduate's roles and the employer's candidates. */
export const roleBandSchema = z.enum(['strong', 'moderate', 'weak']).openapi({
  description:
    'strong: every essential requirement met and a score of at least 0.6; moderate: every essential requirement met where the role marks some (a role with none is banded by its score alone), or a score of at least 0.4; weak otherwise. The graduate sees the same band for the role.',
});

export const candidateListSchema = z
  .object({
    ...versions,
    role: z.object({ id: z.string(), title: z.string() }),
    list: z.enum(CANDIDATE_LISTS),
    items: z.array(
      z.object({
        learnerId: z.string(),
        name: z.string(),
        rank: z.number().int(),
        score: z.number(),
        band: roleBandSchema,
        allEssentialMet: z.boolean(),
        breakdown: breakdownSchema,
        metRequirements: z.array(metRequirementSchema),
        missingRequirements: z.array(missingRequirementSchema),
        interested: z.boolean().openapi({ description: 'The learner is interested in this role.' }),
        state: z.enum(CANDIDATE_STATES).nullable(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('CandidateList');

export const disclosureListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        role: z.object({ id: z.string(), title: z.string() }),
        employer: z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() }),
        view: z.enum(['list', 'card']).openapi({
          description: '`list`: shown in a candidate list; `card`: the employer opened the candidate card.',
        }),
        rank: z.number().int().nullable().openapi({ description: 'Place in the list; null for a card.' }),
        score: z.number(),
        shownAt: z.string(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('DisclosureList');
