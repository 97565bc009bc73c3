/**
 * A page's POST form: the CSRF field, a hidden first submit button (so Enter in a text field saves,
 * whatever extra buttons — add a row, search — come first) and the save button at the end. The
 * browser's own checks are off, so that the server's answer lists every problem at once.
 */
import type { Child } from 'hono/jsx';
import { Csrf } from './fields.js';
import { ACTION_FIELD } from './form-actions.js';

export function PostForm({
  action,
  csrf,
  submit,
  wide = false,
  children,
}: {
  action: string;
  csrf: string;
  /** The save button's label. */
  submit: string;
  /** Use the page's whole width (a list of rows), not a reading column. */
  wide?: boolean;
  children: Child;
}) {
  return (
    // `novalidate`: the browser would stop at its first problem; the server says every one at once.
    <form method="post" action={action} class="stack" style={wide ? 'max-width:none' : undefined} novalidate>
      <button type="submit" name={ACTION_FIELD} value="save" hidden tabindex={-1}>
        {submit}
      </button>
      <Csrf token={csrf} />
      {children}
      <div>
        <button type="submit" name={ACTION_FIELD} value="save">
          {submit}
        </button>
      </div>
    </form>
  );
}
