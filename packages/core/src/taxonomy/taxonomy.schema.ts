/** Zod schemas for the files of a taxonomy source folder (see fixtures/cn2022/SOURCE.md), per scheme. */
import { z } from 'zod';
import { storableString } from '../text/storable-text.js';
import type { TaxonomyScheme } from './scheme/taxonomy-scheme.js';

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

/** The row schemas of `hierarchy.csv`, `occupations.csv` and `tasks.csv` under one scheme. */
export function sourceRowSchemas(scheme: TaxonomyScheme) {
  const { messages } = scheme;
  const occupationCode = z.string().refine((code) => scheme.isOccupationCode(code), messages.occupationShape);
  const levels = scheme.levels.map((l) => String(l.level)) as [string, ...string[]];
  // Marker columns the scheme has; the ones it lacks are false for every occupation.
  const markers = Object.fromEntries(
    Object.values(scheme.spec.markers).flatMap((column) => (column ? [[column, flag]] : [])),
  );
  return {
    hierarchy: z.strictObject({
      level: z.enum(levels, { message: messages.level }).transform(Number),
      code: z.string().refine((code) => scheme.levelOf(code) !== null, messages.codeShape),
      name: text(200),
      parent_code: z.string(),
    }),
    occupation: z
      .strictObject({
        ...markers,
        code: occupationCode,
        name: text(200),
        definition: storableString().trim().max(4000),
      })
      .transform((row) => {
        const { code, name, definition } = row as { code: string; name: string; definition: string };
        const marker = (key: 'digital' | 'green' | 'isNew') => {
          const column = scheme.spec.markers[key];
          return column ? (row as Record<string, unknown>)[column] === true : false;
        };
        return {
          code,
          name,
          definition,
          digital: marker('digital'),
          green: marker('green'),
          isNew: marker('isNew'),
        };
      }),
    task: z.strictObject({
      id: z.string().refine((id) => scheme.isTaskId(id), messages.taskShape),
      occupation_code: occupationCode,
      seq: z
        .string()
        .regex(/^[1-9]\d{0,2}$/, 'must be a positive integer')
        .transform(Number),
      text: text(2000),
    }),
  };
}
