/** Error answers of the pages: 403 and 404 pages in the page's language. */
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ErrorPage } from './error.page.js';
import type { PageContext } from './page-context.js';

export function forbiddenPage(
  c: Context<AppEnv>,
  p: PageContext,
  detail: string,
): Response | Promise<Response> {
  return c.html(
    <ErrorPage lang={p.lang} path={p.path} status={403} detail={detail} viewer={p.viewer} />,
    403,
  );
}

export function notFoundPage(c: Context<AppEnv>, p: PageContext): Response | Promise<Response> {
  return c.html(<ErrorPage lang={p.lang} path={p.path} status={404} viewer={p.viewer} />, 404);
}
