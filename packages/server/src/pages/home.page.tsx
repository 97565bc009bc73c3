/** The landing page: what Skillbank is, and the way in. */
import { type Lang, messages } from './i18n.js';
import { Layout } from './layout/layout.js';

export function HomePage({ lang, path }: { lang: Lang; path: string }) {
  const m = messages(lang);
  return (
    <Layout lang={lang} title={m.navHome} path={path}>
      <h1>{m.homeTitle}</h1>
      <p class="lead">{m.homeLead}</p>
      <p>
        <a class="button" href="/occupations">
          {m.homeBrowse}
        </a>
      </p>
    </Layout>
  );
}
