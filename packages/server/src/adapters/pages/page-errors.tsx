/** Error answers of the pages: a domain error becomes the page of its status (the one mapping), in the page's language. */
import type { DomainError } from '@skillbank/core';
import type { Context } from 'hono';
import { errorText } from '../../messages/index.js';
import { statusOf } from '../error-status.js';
import type { AppEnv } from '../http/env.js';
import { ErrorPage } from './error.page.js';
import { roleLabel } from './i18n.js';
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

/**
 * What an error page (or a form's alert) says about a domain error, in the page's language:
 * nothing beyond the title for what is not found; who a page is for when the caller's role is
 * what the policy refused; otherwise the catalogue's text for the error's code.
 */
export function errorDetail(p: PageContext, error: DomainError): string | undefined {
  if (error.kind === 'not_found') return undefined;
  if (error.is('access.denied') && error.params.roles)
    return p.m.wrongRole(error.params.roles.map((r) => roleLabel(p.lang, r)).join(' / '));
  return errorText(p.lang, error);
}

/** The page for a domain error a use case returned: its status from `statusOf`, as the API's problem. */
export function errorPage(
  c: Context<AppEnv>,
  p: PageContext,
  error: DomainError,
): Response | Promise<Response> {
  const status = statusOf(error);
  const detail = errorDetail(p, error);
  return c.html(
    <ErrorPage
      lang={p.lang}
      path={p.path}
      status={status}
      {...(detail === undefined ? {} : { detail })}
      viewer={p.viewer}
    />,
    status,
  );
}
