/** Error pages for people (the API answers problem+json instead). */
import { type Lang, messages } from './i18n.js';
import { Layout } from './layout/layout.js';

export function ErrorPage({
  lang,
  path,
  status,
  detail,
}: {
  lang: Lang;
  path: string;
  status: number;
  detail?: string;
}) {
  const m = messages(lang);
  const title = status === 404 ? m.notFoundTitle : m.badRequestTitle;
  return (
    <Layout lang={lang} title={title} path={path}>
      <h1>{title}</h1>
      <p>{detail ?? m.notFoundBody}</p>
      <p>
        <a href="/occupations">{m.navOccupations}</a>
      </p>
    </Layout>
  );
}
