/**
 * A list of repeated rows (skills, artifacts, requirements) that grows and shrinks as needed: one
 * row to start, "add" and "remove" buttons that work as plain form buttons without JavaScript
 * (`_action=add:<list>`, `remove:<list>.<i>`) and in place with it (the form script clones the
 * row template). Labels that carry a row's number are renumbered when rows come and go.
 */
import type { Child } from 'hono/jsx';
import { FieldError } from './fields.js';
import { ACTION_FIELD } from './form-actions.js';

/** A message with a row number, e.g. `m.skillRowName`; `{n}` marks the number for the browser. */
export type Numbered = (n: number) => string;

/** The attribute the form script rewrites when rows are renumbered: the text with `{n}`. */
export const numberedText = (say: Numbered) => say('{n}' as unknown as number);

/** The index placeholder of the row template (`skills.__i__.name`). */
export const TEMPLATE_INDEX = -1;
const indexText = (index: number) => (index === TEMPLATE_INDEX ? '__i__' : String(index));

/** `skills.3.name`, or `skills.__i__.name` in the template. */
export const rowField = (list: string, index: number, field: string) =>
  `${list}.${indexText(index)}.${field}`;

export interface RowListProps<R extends { index: number }> {
  /** The list's name, the prefix of its fields (`skills`). */
  list: string;
  legend: string;
  hint?: string | undefined;
  /** A problem of the list as a whole. */
  error?: string | undefined;
  rows: readonly R[];
  /** A blank row for the template (its index is `TEMPLATE_INDEX`). */
  blank: R;
  /** The row's fields; `n` is its number as shown (1, 2, …). */
  renderRow: (row: R, n: number) => Child;
  addLabel: string;
  /** The remove button's accessible name, with the row's number. */
  removeLabel: Numbered;
  removeText: string;
  max: number;
}

export function RowList<R extends { index: number }>(props: RowListProps<R>) {
  const { list } = props;
  const next = props.rows.reduce((n, r) => Math.max(n, r.index + 1), 0);
  const row = (r: R, n: number) => (
    <li class="row-item" data-row>
      {props.renderRow(r, n)}
      <button
        type="submit"
        name={ACTION_FIELD}
        value={`remove:${list}.${indexText(r.index)}`}
        formnovalidate
        class="link row-remove"
        aria-label={props.removeLabel(n)}
        data-num-aria={numberedText(props.removeLabel)}
        data-row-remove
      >
        {props.removeText}
      </button>
    </li>
  );
  return (
    <fieldset
      id={`f-${list}`}
      data-rows={list}
      data-next={String(next)}
      data-max={String(props.max)}
      aria-describedby={props.error ? `f-${list}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      <ol class="rows" data-rows-list>
        {props.rows.map((r, i) => row(r, i + 1))}
      </ol>
      <template data-row-template>{row(props.blank, 0)}</template>
      {props.rows.length < props.max && (
        <div>
          <button
            type="submit"
            name={ACTION_FIELD}
            value={`add:${list}`}
            formnovalidate
            class="secondary"
            data-row-add
          >
            + {props.addLabel}
          </button>
        </div>
      )}
      <FieldError id={`f-${list}-error`} error={props.error} />
    </fieldset>
  );
}
