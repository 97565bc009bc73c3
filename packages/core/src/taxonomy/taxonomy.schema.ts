/** Zod schemas for the rows of a taxonomy source folder (see fixtures/cn2022/SOURCE.md). */

import { z } from 'zod';
import { storableString } from '../text/storable-text.js';
import { GROUP_CODE_PATTERN, OCCUPATION_CODE_PATTERN } from './code.js';

const flag = z.enum(['0', '1'], { message: 'must be 0 or 1' }).transform((v) => v === '1');
const text = (max: number) => storableString().trim().min(1, 'must not be empty').max(max);

export const taxonomyManifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]{1,31}$/, 'must be a short lower-case id'),
  version: storableString().min(1).max(32),
  name: text(200),
  nameEn: storableString().max(200).optional(),
  locale: storableString().min(2).max(16),
  source: storableString().max(500),
});

export const hierarchyRowSchema = z.strictObject({
  level: z.enum(['1', '2', '3', '4'], { message: 'must be 1, 2, 3 or 4' }).transform(Number),
  code: z.string().regex(/^\d(?:-\d{2}){0,3}$/, 'must look like M, M-MM, M-MM-MM or M-MM-MM-MM'),
  name: text(200),
  parent_code: z.string(),
});

export const occupationRowSchema = z.strictObject({
  code: z.string().regex(OCCUPATION_CODE_PATTERN, 'must look like M-MM-MM-MM'),
  name: text(200),
  digital: flag,
  green: flag,
  new_in_2022: flag,
  definition: storableString().trim().max(4000),
});

export const taskRowSchema = z.strictObject({
  id: z.string().regex(/^\d-\d{2}-\d{2}-\d{2}#\d{1,3}$/, 'must look like M-MM-MM-MM#N'),
  occupation_code: z.string().regex(OCCUPATION_CODE_PATTERN, 'must look like M-MM-MM-MM'),
  seq: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, 'must be a positive integer')
    .transform(Number),
  text: text(2000),
});

export { GROUP_CODE_PATTERN };
