/** The page frame: language, skip link, site header and footer. */
import type { Child } from 'hono/jsx';
import { type Lang, messages } from '../i18n.js';
import { STYLES } from './styles.js';

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The current path with its query, to build the language switch link. */
  path: string;
  children: Child;
}

function withLang(path: string, lang: Lang): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}

export function Layout({ lang, title, path, children }: LayoutProps) {
  const m = messages(lang);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${m.appName}`}</title>
        <style>{STYLES}</style>
      </head>
      <body>
        <a class="skip" href="#main">
          {m.skipToContent}
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">
              {m.appName}
            </a>
            <nav aria-label={lang === 'zh' ? '主导航' : 'Main'}>
              <a href="/occupations">{m.navOccupations}</a>
            </nav>
            <a
              href={withLang(path, other)}
              hreflang={other === 'zh' ? 'zh-CN' : 'en'}
              lang={other === 'zh' ? 'zh-CN' : 'en'}
            >
              {m.switchLang}
            </a>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer class="site">{m.footer}</footer>
      </body>
    </html>
  );
}
