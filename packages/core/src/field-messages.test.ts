/** Field problems by code: what a schema or a zod issue says is wrong, with the params its wording needs. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evidenceInputSchema } from './evidence/evidence.schema.js';
import { FIELD_MESSAGE_CODES, fieldCode, fieldMessage, fieldProblemsOf } from './field-messages.js';

const problemsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return fieldProblemsOf(result.error);
};

const deposit = {
  kind: 'work_project',
  title: '数字农业',
  description: '在合作社装了土壤传感器',
  occurredOn: '2024-05-01',
};

describe('field messages', () => {
  it('says a missing field is required, whatever its type, and a wrong type what it must be', () => {
    const schema = z
      .object({
        name: z.string(),
        count: z.number(),
        flag: z.boolean(),
        items: z.array(z.string()),
        inner: z.object({ x: z.string() }),
        maybe: z.string().optional(),
      })
      .strict();
    expect(problemsOf(schema, {})).toEqual([
      { path: 'name', code: 'required', params: {} },
      { path: 'count', code: 'required', params: {} },
      { path: 'flag', code: 'required', params: {} },
      { path: 'items', code: 'required', params: {} },
      { path: 'inner', code: 'required', params: {} },
    ]);
    expect(problemsOf(schema, { name: 1, count: 'x', flag: 'yes', items: [], inner: { x: null } })).toEqual([
      { path: 'name', code: 'not_string', params: {} },
      { path: 'count', code: 'not_number', params: {} },
      { path: 'flag', code: 'not_boolean', params: {} },
      { path: 'inner.x', code: 'not_string', params: {} },
    ]);
  });

  it('names what the evidence schema finds wrong, field by field, by code', () => {
    const problems = problemsOf(evidenceInputSchema, {
      ...deposit,
      kind: 'hobby',
      title: '   ',
      description: undefined,
      occurredOn: '2024-02-30',
      endedOn: '1899-12-31',
      occupationCodes: ['2-02-38-01', '2-02-38-01', '2-2!'],
      skills: [
        { name: 'x'.repeat(101), level: 9 },
        { name: 'y', level: 0 },
      ],
      steps: ['dance'],
      artifacts: [
        { sha256: 'abc' },
        { url: 'ftp://example.com/x' },
        { url: `https://example.com/${'x'.repeat(2000)}` },
      ],
      colour: 'red',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'kind', code: 'one_of', params: { values: expect.stringContaining('work_project') } },
        { path: 'title', code: 'empty', params: {} },
        { path: 'description', code: 'required', params: {} },
        { path: 'occurredOn', code: 'date_format', params: {} },
        { path: 'endedOn', code: 'date_too_early', params: {} },
        { path: 'occupationCodes.1', code: 'repeated', params: {} },
        { path: 'occupationCodes.2', code: 'code_shape', params: {} },
        { path: 'skills.0.name', code: 'too_long', params: { max: 100 } },
        { path: 'skills.0.level', code: 'level_too_high', params: {} },
        { path: 'skills.1.level', code: 'level_too_low', params: {} },
        { path: 'steps.0', code: 'work_process_step', params: {} },
        { path: 'artifacts.0.sha256', code: 'hex_digest', params: {} },
        { path: 'artifacts.0', code: 'url_or_name', params: {} },
        { path: 'artifacts.1.url', code: 'url', params: {} },
        { path: 'artifacts.2.url', code: 'too_long', params: { max: 2000 } },
        { path: 'colour', code: 'unknown_field', params: {} },
      ]),
    );
  });

  it('reads the code from the shape of an issue when the schema names none', () => {
    const schema = z.strictObject({
      n: z.number().int().min(2).max(5),
      list: z.array(z.string()).min(1).max(2),
      text: z.string().min(3).max(4),
      flag: z.boolean(),
    });
    expect(problemsOf(schema, { n: 1.5, list: [], text: 'ab', flag: 'yes' })).toEqual([
      { path: 'n', code: 'not_whole_number', params: {} },
      { path: 'list', code: 'too_few', params: { min: 1 } },
      { path: 'text', code: 'too_short', params: { min: 3 } },
      { path: 'flag', code: 'not_boolean', params: {} },
    ]);
    expect(problemsOf(schema, { n: 9, list: ['a', 'b', 'c'], text: 'abcde', flag: true })).toEqual([
      { path: 'n', code: 'too_large', params: { max: 5 } },
      { path: 'list', code: 'too_many', params: { max: 2 } },
      { path: 'text', code: 'too_long', params: { max: 4 } },
    ]);
    expect(problemsOf(z.string().regex(/^a$/), 'b')).toEqual([
      { path: '(body)', code: 'invalid', params: {} },
    ]);
  });

  it('takes a code named in a schema, and only a code without params', () => {
    expect(problemsOf(z.string().min(1, fieldCode('empty')), '')).toEqual([
      { path: '(body)', code: 'empty', params: {} },
    ]);
    // A code with params cannot be named in a schema (it would lose them): the shape wins.
    expect(problemsOf(z.string().max(2, 'showcase_pick_at_most'), 'abc')).toEqual([
      { path: '(body)', code: 'too_long', params: { max: 2 } },
    ]);
    expect(fieldMessage('occupation_unknown', { code: '9-99-99-99', taxonomy: 'cn2022' })).toEqual({
      code: 'occupation_unknown',
      params: { code: '9-99-99-99', taxonomy: 'cn2022' },
    });
    expect(FIELD_MESSAGE_CODES).toContain('required');
    expect(new Set(FIELD_MESSAGE_CODES).size).toBe(FIELD_MESSAGE_CODES.length);
  });
});
