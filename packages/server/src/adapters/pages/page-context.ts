/** What every page handler needs: language, messages, the signed-in viewer and a CSRF token. */
import type { TaxonomyScheme } from '@skillbank/core';
import type { Context } from 'hono';
import { isDemoAccount } from '../../demo/demo-mark.js';
import type { AppEnv } from '../http/env.js';
import { csrfToken, currentSession, type PageSession } from '../http/session.js';
import { type Lang, type Messages, messages, pageLang } from './i18n.js';
import type { Viewer } from './layout/layout.js';

export interface PageContext {
  lang: Lang;
  m: Messages;
  /** Path and query of the request (for the language switch). */
  path: string;
  session: PageSession | null;
  viewer: Viewer | null;
  csrf: string;
  /** A confirmation named by `?ok=` after a redirect, in the page's language. */
  notice: string | null;
  /** The served taxonomy's scheme (level names, code grammar). */
  scheme: TaxonomyScheme;
  /** How many occupations the served taxonomy has, formatted (`1,639`). */
  occupationCount: string;
}

/** Confirmations a redirect may name with `?ok=`. */
const NOTICES = [
  'deposited',
  'askSent',
  'revokedDone',
  'saved',
  'showcaseCreated',
  'linkRevoked',
  'signedDone',
  'joined',
  'left',
  'enrolledDone',
  'acceptedDone',
  'recordedDone',
  'revokedResultDone',
  'interestSaved',
  'interestWithdrawn',
  'employerWithdrawn',
  'employerAllowed',
  'messageSent',
  'stateSaved',
  'rolePublished',
  'roleClosed',
  'roleDeleted',
  'attAsked',
  'attAnswered',
  'attDeclinedDone',
  'attInviteMade',
  'attClaimed',
  'tzSaved',
  'scSettingsSaved',
] as const satisfies readonly (keyof Messages)[];

export async function pageContext(c: Context<AppEnv>): Promise<PageContext> {
  const lang = pageLang(c);
  const m = messages(lang);
  const url = new URL(c.req.url);
  const session = await currentSession(c);
  const csrf = await csrfToken(c);
  const ok = url.searchParams.get('ok');
  const notice = NOTICES.find((n) => n === ok);
  const viewer: Viewer | null = session
    ? {
        id: session.account.id,
        name: session.account.name,
        role: session.account.role,
        csrf,
        demo: isDemoAccount(session.account),
      }
    : null;
  return {
    lang,
    m,
    path: `${url.pathname}${url.search}`,
    session,
    viewer,
    csrf,
    notice: notice ? (m[notice] as string) : null,
    scheme: c.var.deps.served.current.taxonomy.scheme,
    occupationCount: c.var.deps.served.current.matcher.stats.occupations.toLocaleString('en-US'),
  };
}

/** The common Layout props of a page. */
export const frame = (p: PageContext, title: string) => ({
  lang: p.lang,
  title,
  path: p.path,
  viewer: p.viewer,
  notice: p.notice,
});

export type Gate = { ok: true; session: PageSession } | { ok: false; response: Response | Promise<Response> };

/**
 * Lets a page through for a signed-in account; the signed-out are sent to sign in (and back
 * afterwards). Who may do what is the use case's access policy, not the page's.
 */
export function signedIn(c: Context<AppEnv>, p: PageContext): Gate {
  if (!p.session) {
    const next = encodeURIComponent(p.path);
    return { ok: false, response: c.redirect(`/sign-in?next=${next}`, 303) };
  }
  return { ok: true, session: p.session };
}

/** The page context and the sign-in gate of a page for signed-in accounts. */
export async function signedInPage(c: Context<AppEnv>): Promise<{ p: PageContext; g: Gate }> {
  const p = await pageContext(c);
  return { p, g: signedIn(c, p) };
}
