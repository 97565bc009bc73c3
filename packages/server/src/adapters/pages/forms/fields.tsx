/** Form building blocks: labelled fields with their error next to them, the error summary, the CSRF field. */

import { type FieldProblemByCode, fieldProblemsOf, unstorableText } from '@skillbank/core';
import type { Child } from 'hono/jsx';
import type { ZodError } from 'zod';
import { fieldText } from '../../../messages/index.js';
import { unstorableTextError } from '../../http/router.js';
import { CSRF_FIELD } from '../../http/session.js';
import { type Lang, messages } from '../i18n.js';

/** Field problems by field name (dotted path), already in the page's language. */
export type FieldErrors = Record<string, string>;

/** Turns field problems (by code) into field errors in the page's language (the first problem of a field wins). */
export function toFieldErrors(
  lang: Lang,
  problems: readonly FieldProblemByCode[],
  rename: (path: string) => string = (p) => p,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) errors[rename(problem.path)] ??= fieldText(lang, problem);
  return errors;
}

export function zodFieldErrors(lang: Lang, error: ZodError, rename?: (path: string) => string): FieldErrors {
  return toFieldErrors(lang, fieldProblemsOf(error), rename);
}

/** The id of a field's control, from its name (`skills.0.name` → `f-skills-0-name`). */
export const idOf = (name: string) => `f-${name.replaceAll('.', '-')}`;

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** The list of problems at the top of a form, each linking to its field. */
export function ErrorSummary({
  lang,
  errors,
  labels = {},
}: {
  lang: Lang;
  errors: FieldErrors;
  /** Field labels by name, so each link says which field it is about. */
  labels?: Record<string, string>;
}) {
  // In the order of the form's fields (the labels' order), then any other.
  const order = Object.keys(labels);
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  const names = Object.keys(errors).sort((a, b) => rank(a) - rank(b));
  if (names.length === 0) return null;
  return (
    <div class="alert" role="alert" id="form-errors">
      <p style="margin:0">{messages(lang).formHasErrors(names.length)}</p>
      <ul style="margin:.25rem 0 0">
        {names.map((n) => (
          <li>
            <a href={`#${idOf(n)}`}>
              {labels[n] ? `${labels[n]}${messages(lang).colon}${errors[n]}` : errors[n]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'date' | 'url' | 'password' | 'number';
  required?: boolean;
  maxlength?: number;
  min?: string;
  max?: string;
  pattern?: string;
  autocomplete?: string;
  multiline?: boolean;
  rows?: number;
  /** Tells fields of the same name in several forms of one page apart. */
  idSuffix?: string | undefined;
  /** The label with `{n}` for the row number, when the field sits in a row list (renumbered in the browser). */
  numbered?: string | undefined;
  /** The id of a `<datalist>` of suggestions. */
  list?: string | undefined;
  /** `data-*` attributes the form script reads. */
  data?: Record<`data-${string}`, string> | undefined;
}

/** A labelled input (or textarea) with its hint and, when there is one, its error right under it. */
export function Field(props: FieldProps) {
  const id = idOf(props.name) + (props.idSuffix ? `-${props.idSuffix}` : '');
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: props.name,
    required: props.required,
    maxlength: props.maxlength,
    'aria-invalid': props.error ? 'true' : undefined,
    'aria-describedby': describedBy || undefined,
    ...props.data,
  };
  return (
    <div class="field">
      <label for={id} data-num-label={props.numbered}>
        {props.label}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 6}>
          {props.value ?? ''}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          min={props.min}
          max={props.max}
          pattern={props.pattern}
          autocomplete={props.autocomplete}
          list={props.list}
        />
      )}
      <FieldError id={`${id}-error`} error={props.error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p class="field-error" id={id}>
      {error}
    </p>
  );
}

export interface SelectProps {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  options: readonly { value: string; label: string }[];
  idSuffix?: string | undefined;
  /** As for `Field`: the label with `{n}` for a row's number. */
  numbered?: string | undefined;
  /** Rendered but not shown (the form script shows it when it applies). */
  hidden?: boolean | undefined;
  /** A short field beside a wide one in a row. */
  narrow?: boolean | undefined;
  /** A fuller name than the visible label (a row's "minimum level" names its row), and its `{n}` form. */
  accessibleLabel?: string | undefined;
  accessibleNumbered?: string | undefined;
  /** `data-*` attributes of the field's wrapper. */
  data?: Record<`data-${string}`, string> | undefined;
}

export function Select(props: SelectProps) {
  const id = idOf(props.name) + (props.idSuffix ? `-${props.idSuffix}` : '');
  return (
    <div class={props.narrow ? 'field narrow' : 'field'} hidden={props.hidden} {...props.data}>
      <label for={id} data-num-label={props.numbered}>
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        aria-label={props.accessibleLabel}
        data-num-aria={props.accessibleNumbered}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={props.error} />
    </div>
  );
}

/** A fieldset with a legend and, when the group as a whole has a problem, its error. */
export function Group({
  name,
  legend,
  error,
  hint,
  children,
}: {
  name: string;
  legend: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: Child;
}) {
  const id = idOf(name);
  return (
    <fieldset id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      {children}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** A form body's text fields as strings (files are ignored); repeated keys become arrays. */
export type FormBody = Record<string, string | string[]>;

export function formText(body: FormBody, name: string): string {
  const value = body[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export function formList(body: FormBody, name: string): string[] {
  const value = body[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Reads a submitted form (urlencoded or multipart) as text fields. A field holding text no
 * database may store (NUL, a lone surrogate) is a 400 naming the field (the edge rule for text).
 */
export async function readForm(c: {
  req: { parseBody(o: { all: true }): Promise<Record<string, unknown>> };
}): Promise<FormBody> {
  const raw = await c.req.parseBody({ all: true });
  const body: FormBody = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') body[key] = value;
    else if (Array.isArray(value)) body[key] = value.filter((v): v is string => typeof v === 'string');
  }
  const problems = unstorableText(body);
  if (problems.length > 0) throw unstorableTextError(problems, 'form');
  return body;
}
