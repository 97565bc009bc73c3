/**
 * What is wrong with one field, by code: a `FieldMessage` is a code and the params its wording
 * needs. Core and the server's schemas say *what* is wrong; the server's message catalogues
 * (`packages/server/src/messages/{zh,en}/fields.ts`) say it in each language.
 */
import type { z } from 'zod';

type NoParams = Record<never, never>;

/** Each field message code with its params. */
export interface FieldMessageParams {
  // What any schema can find (derived from the shape of the zod issue).
  required: NoParams;
  not_string: NoParams;
  not_number: NoParams;
  not_whole_number: NoParams;
  not_boolean: NoParams;
  empty: NoParams;
  too_short: { min: number };
  too_long: { max: number };
  too_few: { min: number };
  too_many: { max: number };
  too_small: { min: number };
  too_large: { max: number };
  one_of: { values: string };
  unknown_field: NoParams;
  url: NoParams;
  invalid: NoParams;
  // What our schemas and services check.
  date_format: NoParams;
  /** A request body whose bytes are not UTF-8 (it would be stored with U+FFFD in their place). */
  not_utf8: NoParams;
  date_too_early: NoParams;
  date_in_future: NoParams;
  date_before_start: NoParams;
  level_range: NoParams;
  level_too_low: NoParams;
  level_too_high: NoParams;
  url_or_name: NoParams;
  repeated: NoParams;
  hex_digest: NoParams;
  unique_ids: NoParams;
  work_process_step: NoParams;
  /** Not even shaped like a classification code (letters and digits between separators). */
  code_shape: NoParams;
  /** Not a code of the taxonomy's scheme; the example comes from the scheme (`2-02-38-01` in CN-2022). */
  occupation_code_format: { example: string };
  occupation_unknown: { code: string; taxonomy: string };
  /** `examples` lists all but the last example group code (`2, 2-02`), `last` the last (`2-02-38`). */
  group_code_format: { examples: string; last: string };
  task_id_format: { example: string };
  task_unknown: { taskId: string; taxonomy: string };
  requirement_id_format: NoParams;
  requirement_unknown: { id: string };
  requirement_repeated: { id: string };
  requirement_id_on_new_role: NoParams;
  requirements_needed: NoParams;
  account_role: NoParams;
  attester_not_allowed: NoParams;
  invitation_invalid: NoParams;
  showcase_pick_one: NoParams;
  showcase_pick_at_most: { max: number };
  showcase_entry_not_attested: { id: string };
  cursor_invalid: NoParams;
  // The edge rule for text (text/storable-text.ts) and the transparency log's proofs.
  nul_character: NoParams;
  lone_surrogate: NoParams;
  field_name_unstorable: NoParams;
  tree_size_too_large: { max: number };
  tree_size_before_leaf: { leafIndex: number };
  from_after_to: NoParams;
  // The hiring loop.
  closing_date_past: { today: string };
  salary_band_order: NoParams;
  plain_text: NoParams;
  // Credentials (Open Badges 3.0, verifiable credentials) sent to verify or import.
  not_object: NoParams;
  credential_too_large: { bytes: number; max: number };
  credential_unreadable: NoParams;
  credential_not_object: NoParams;
  credential_too_many_values: { max: number };
  credential_too_deep: { max: number };
  credential_context_first: { context: string };
  credential_context_inline: NoParams;
  credential_context_unknown: { context: string };
  credential_type_missing: NoParams;
  credential_issuer_invalid: NoParams;
  proof_missing: NoParams;
  proof_not_single: NoParams;
  jwt_malformed: NoParams;
  jwt_payload_not_object: NoParams;
  date_time_format: NoParams;
  credential_status_incomplete: NoParams;
  document_refused: { url: string; reason: string };
  jsonld_undefined_property: { property: string };
  jsonld_invalid: NoParams;
  jsonld_error: { detail: string };
  status_list_encoding: NoParams;
  status_list_not_gzip: NoParams;
  /** A credential offered for import failed a verification check (`detail` says why, in English). */
  credential_check_failed: { check: string; detail: string };
  credential_not_open_badge: NoParams;
  // Learning offerings and results.
  city_required_in_person: NoParams;
  assessment_needs_level: NoParams;
  tasks_needed: NoParams;
  language_tag: NoParams;
  outcome_for_kind: { kind: string; values: string };
  placing_only_competition: NoParams;
  placing_needs_rank_or_award: NoParams;
  passed_needs_level: NoParams;
  enrolment_not_in_offering: NoParams;
  enrolment_withdrawn: NoParams;
  result_standing: NoParams;
  csv_unreadable: { detail: string };
  csv_unknown_column: { expected: string };
  csv_missing_column: NoParams;
  csv_no_rows: NoParams;
  csv_too_many_rows: { max: number };
  csv_repeats_line: { line: number };
}

export type FieldMessageCode = keyof FieldMessageParams;

/** A field message: its code and the params of that code. */
export type FieldMessage = {
  [C in FieldMessageCode]: { code: C; params: Readonly<FieldMessageParams[C]> };
}[FieldMessageCode];

/** A field problem: which field (dotted path, e.g. `occupationCodes.1`) and what is wrong with it. */
export type FieldProblemByCode = { path: string } & FieldMessage;

/** The codes that take no params: the ones a schema may name as its zod message. */
export type ParamlessFieldCode = {
  [C in FieldMessageCode]: keyof FieldMessageParams[C] extends never ? C : never;
}[FieldMessageCode];

const PARAMS: { readonly [C in FieldMessageCode]: readonly (keyof FieldMessageParams[C])[] } = {
  required: [],
  not_string: [],
  not_number: [],
  not_whole_number: [],
  not_boolean: [],
  empty: [],
  too_short: ['min'],
  too_long: ['max'],
  too_few: ['min'],
  too_many: ['max'],
  too_small: ['min'],
  too_large: ['max'],
  one_of: ['values'],
  unknown_field: [],
  url: [],
  invalid: [],
  date_format: [],
  not_utf8: [],
  date_too_early: [],
  date_in_future: [],
  date_before_start: [],
  level_range: [],
  level_too_low: [],
  level_too_high: [],
  url_or_name: [],
  repeated: [],
  hex_digest: [],
  unique_ids: [],
  work_process_step: [],
  code_shape: [],
  occupation_code_format: ['example'],
  occupation_unknown: ['code', 'taxonomy'],
  group_code_format: ['examples', 'last'],
  task_id_format: ['example'],
  task_unknown: ['taskId', 'taxonomy'],
  requirement_id_format: [],
  requirement_unknown: ['id'],
  requirement_repeated: ['id'],
  requirement_id_on_new_role: [],
  requirements_needed: [],
  account_role: [],
  attester_not_allowed: [],
  invitation_invalid: [],
  showcase_pick_one: [],
  showcase_pick_at_most: ['max'],
  showcase_entry_not_attested: ['id'],
  cursor_invalid: [],
  nul_character: [],
  lone_surrogate: [],
  field_name_unstorable: [],
  tree_size_too_large: ['max'],
  tree_size_before_leaf: ['leafIndex'],
  from_after_to: [],
  closing_date_past: ['today'],
  salary_band_order: [],
  plain_text: [],
  not_object: [],
  credential_too_large: ['bytes', 'max'],
  credential_unreadable: [],
  credential_not_object: [],
  credential_too_many_values: ['max'],
  credential_too_deep: ['max'],
  credential_context_first: ['context'],
  credential_context_inline: [],
  credential_context_unknown: ['context'],
  credential_type_missing: [],
  credential_issuer_invalid: [],
  proof_missing: [],
  proof_not_single: [],
  jwt_malformed: [],
  jwt_payload_not_object: [],
  date_time_format: [],
  credential_status_incomplete: [],
  document_refused: ['url', 'reason'],
  jsonld_undefined_property: ['property'],
  jsonld_invalid: [],
  jsonld_error: ['detail'],
  status_list_encoding: [],
  status_list_not_gzip: [],
  credential_check_failed: ['check', 'detail'],
  credential_not_open_badge: [],
  city_required_in_person: [],
  assessment_needs_level: [],
  tasks_needed: [],
  language_tag: [],
  outcome_for_kind: ['kind', 'values'],
  placing_only_competition: [],
  placing_needs_rank_or_award: [],
  passed_needs_level: [],
  enrolment_not_in_offering: [],
  enrolment_withdrawn: [],
  result_standing: [],
  csv_unreadable: ['detail'],
  csv_unknown_column: ['expected'],
  csv_missing_column: [],
  csv_no_rows: [],
  csv_too_many_rows: ['max'],
  csv_repeats_line: ['line'],
};

/** Every field message code. */
export const FIELD_MESSAGE_CODES = Object.keys(PARAMS) as FieldMessageCode[];

const isParamlessCode = (value: string): value is ParamlessFieldCode =>
  Object.hasOwn(PARAMS, value) && PARAMS[value as FieldMessageCode].length === 0;

/**
 * A field message (`{code, params}`), typed by its code.
 * @example fieldMessage('too_long', { max: 200 })
 */
export function fieldMessage<C extends FieldMessageCode>(
  code: C,
  ...params: keyof FieldMessageParams[C] extends never ? [] : [FieldMessageParams[C]]
): FieldMessage {
  return { code, params: params[0] ?? {} } as FieldMessage;
}

/**
 * The message a zod check reports, as a code: zod carries it as the issue's message and
 * `fieldProblemsOf` reads it back.
 * @example z.string().regex(ANY_CODE_PATTERN, fieldCode('code_shape'))
 */
export const fieldCode = (code: ParamlessFieldCode): string => code;

type Issue = z.core.$ZodIssue;

const numeric = (origin: string) => origin === 'number' || origin === 'int' || origin === 'bigint';

/** What a zod issue says, by code: the code a schema named, or the one the issue's shape implies. */
export function fieldMessageOf(issue: Issue): FieldMessage {
  if (isParamlessCode(issue.message)) return { code: issue.message, params: {} } as FieldMessage;
  switch (issue.code) {
    case 'invalid_type':
      // A field that is missing is required, whatever type it would have had ('name: must be a
      // string' for a body without one). The issue keeps no input (zod's reportInput is off); its
      // default wording names what it received.
      if (issue.message.endsWith('received undefined')) return { code: 'required', params: {} };
      if (issue.expected === 'number') return { code: 'not_number', params: {} };
      if (issue.expected === 'int') return { code: 'not_whole_number', params: {} };
      if (issue.expected === 'boolean') return { code: 'not_boolean', params: {} };
      if (issue.expected === 'string') return { code: 'not_string', params: {} };
      return { code: 'invalid', params: {} };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { code: 'empty', params: {} } : { code: 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_few', params: { min } };
      return numeric(issue.origin) ? { code: 'too_small', params: { min } } : { code: 'invalid', params: {} };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_many', params: { max } };
      return numeric(issue.origin) ? { code: 'too_large', params: { max } } : { code: 'invalid', params: {} };
    }
    case 'invalid_value':
      return { code: 'one_of', params: { values: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      return issue.format === 'url' ? { code: 'url', params: {} } : { code: 'invalid', params: {} };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}

/**
 * The field problems of a zod error, by code, each naming its field by dotted path. Unknown keys
 * are reported on each key (zod reports them on the parent), so the client sees what to drop.
 */
export function fieldProblemsOf(error: z.ZodError): FieldProblemByCode[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        path: issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', '),
        code: 'unknown_field',
        params: {},
      };
    }
    return { path: path || '(body)', ...fieldMessageOf(issue) };
  });
}
