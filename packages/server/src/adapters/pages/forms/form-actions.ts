/**
 * What a form's extra buttons ask for when the page works without JavaScript: a row added or
 * removed, an occupation search, suggestions. Each comes back as the same form, kept as typed,
 * with nothing saved; the plain submit button saves.
 */
import { type FormBody, formText } from './fields.js';

/** The name of the extra buttons' field. */
export const ACTION_FIELD = '_action';

export type FormAction =
  | { kind: 'save' }
  | { kind: 'add'; list: string }
  | { kind: 'remove'; list: string; index: number }
  | { kind: 'search' }
  | { kind: 'suggest' };

/**
 * The button pressed, from `_action` (`add:skills`, `remove:skills.3`, `search`, `suggest`);
 * anything else (or none, as on Enter) saves.
 */
export function formAction(body: FormBody): FormAction {
  const value = formText(body, ACTION_FIELD);
  const add = /^add:([a-z]+)$/i.exec(value);
  if (add?.[1]) return { kind: 'add', list: add[1] };
  const remove = /^remove:([a-z]+)\.(\d{1,3})$/i.exec(value);
  if (remove?.[1] && remove[2]) return { kind: 'remove', list: remove[1], index: Number(remove[2]) };
  if (value === 'search' || value === 'suggest') return { kind: value };
  return { kind: 'save' };
}

/** Row indexes beyond this are ignored (a form never has that many). */
const MAX_INDEX = 999;

/**
 * The rows `prefix.<i>.<field>` of a submitted form, in index order; indexes may have gaps (rows
 * removed in the browser). Each row keeps its index, so errors can name its fields.
 * @example formRows(body, 'skills', ['name', 'level']) // [{ index: 0, name: '焊接', level: '3' }, …]
 */
export function formRows<F extends string>(
  body: FormBody,
  prefix: string,
  fields: readonly F[],
  { max = 50 }: { max?: number } = {},
): ({ index: number } & Record<F, string>)[] {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`);
  for (const key of Object.keys(body)) {
    const found = pattern.exec(key)?.[1];
    if (found !== undefined && Number(found) <= MAX_INDEX) indexes.add(Number(found));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .slice(0, max)
    .map(
      (index) =>
        ({
          index,
          ...Object.fromEntries(fields.map((f) => [f, formText(body, `${prefix}.${index}.${f}`)])),
        }) as { index: number } & Record<F, string>,
    );
}

/** The index a new row gets: one past the largest in use. */
export const nextIndex = (rows: readonly { index: number }[]) =>
  rows.reduce((n, r) => Math.max(n, r.index + 1), 0);

/** The rows after an add or remove button of `list` (unchanged for other actions). */
export function applyRowAction<R extends { index: number }>(
  rows: R[],
  list: string,
  action: FormAction,
  blank: (index: number) => R,
  { max = 50 }: { max?: number } = {},
): R[] {
  if (action.kind === 'add' && action.list === list && rows.length < max)
    return [...rows, blank(nextIndex(rows))];
  if (action.kind === 'remove' && action.list === list) return rows.filter((r) => r.index !== action.index);
  return rows;
}
