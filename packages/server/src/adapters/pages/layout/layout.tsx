/** The page frame: language, skip link, site header (with the account's own navigation) and footer. */
import type { Child } from 'hono/jsx';
import { type Lang, messages, roleLabel } from '../i18n.js';
import { currentTimeZone, TIME_ZONE_SCRIPT, zoneOffset } from '../time-zone.js';
import { STYLES } from './styles.js';

/** Who is looking at the page, for the header; `null` when signed out. */
export interface Viewer {
  id: string;
  name: string;
  role: string;
  /** The CSRF token of the viewer's session (the sign-out form needs it). */
  csrf: string;
  demo: boolean;
}

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The current path with its query, to build the language switch link. */
  path: string;
  viewer?: Viewer | null | undefined;
  /** A one-line confirmation shown above the content (after a form was saved). */
  notice?: string | null | undefined;
  children: Child;
}

function withLang(path: string, lang: Lang): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  url.searchParams.delete('ok');
  return `${url.pathname}${url.search}`;
}

function accountLinks(lang: Lang, role: string): [string, string][] {
  const m = messages(lang);
  if (role === 'learner')
    return [
      ['/me', m.navMe],
      ['/me/evidence/new', m.navEvidenceNew],
      ['/me/evidence', m.navLedger],
      ['/me/profile', m.navProfile],
      ['/me/matches', m.navMatches],
      ['/me/learning', m.navLearning],
      ['/me/roles', m.navRolesForMe],
      ['/messages', m.navMessages],
      ['/me/disclosures', m.navWhoSawMe],
      ['/me/showcases', m.navShowcases],
      ['/me/cohorts', m.navMyCohorts],
      ['/me/consent', m.navConsent],
    ];
  if (role === 'employer')
    return [
      ['/roles', m.navRoles],
      ['/messages', m.navMessages],
      ['/inbox', m.navInbox],
    ];
  if (role === 'advisor')
    return [
      ['/cohorts', m.navCohorts],
      ['/inbox', m.navInbox],
    ];
  if (role === 'provider') return [['/provider', m.navProvider]];
  return [];
}

export function Layout({ lang, title, path, viewer, notice, children }: LayoutProps) {
  const m = messages(lang);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const current = new URL(path, 'http://x').pathname;
  const zone = currentTimeZone();
  const offset = zoneOffset(zone);
  return (
    <html lang={m.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${m.appName}`}</title>
        {/* A constant stylesheet: inserted raw, since escaping would break selectors such as `a>b`. */}
        <style dangerouslySetInnerHTML={{ __html: STYLES }} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {/* Tells the server the browser's time zone (a cookie), so later pages show local times. */}
        <script dangerouslySetInnerHTML={{ __html: TIME_ZONE_SCRIPT }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {m.skipToContent}
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href={viewer ? (viewer.role === 'learner' ? '/me' : '/') : '/'}>
              {m.appName}
            </a>
            <nav aria-label={m.mainNav}>
              <a href="/occupations">{m.navOccupations}</a>
              <a href="/offerings">{m.navOfferings}</a>
              <a href="/verify">{m.navVerify}</a>
              {!viewer && <a href="/sign-in">{m.navSignIn}</a>}
              {!viewer && <a href="/sign-up">{m.navSignUp}</a>}
            </nav>
            <a
              href={withLang(path, other)}
              hreflang={messages(other).htmlLang}
              lang={messages(other).htmlLang}
            >
              {m.switchLang}
            </a>
          </div>
          {viewer && (
            <div class="bar account">
              <nav aria-label={m.accountNav} class="account-nav">
                {accountLinks(lang, viewer.role).map(([href, label]) => (
                  <a href={href} aria-current={href === current ? 'page' : undefined}>
                    {label}
                  </a>
                ))}
              </nav>
              <span class="who">
                {m.signedInAs(viewer.name, roleLabel(lang, viewer.role))}
                {viewer.demo && <span class="tag demo">{m.demoBadge}</span>}
              </span>
              <a href="/account">{m.navKey}</a>
              <form method="post" action="/sign-out" class="inline">
                <input type="hidden" name="_csrf" value={viewer.csrf} />
                <button type="submit" class="link">
                  {m.navSignOut}
                </button>
              </form>
            </div>
          )}
        </header>
        {viewer?.demo && (
          <p class="demo-banner" role="note">
            {m.demoBanner}
          </p>
        )}
        <main id="main">
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
          {children}
        </main>
        <footer class="site">
          {m.footer}
          <br />
          {m.tzFooter(zone, offset === zone ? 'UTC+0' : offset)} · <a href="/time-zone">{m.tzChange}</a>
        </footer>
      </body>
    </html>
  );
}
