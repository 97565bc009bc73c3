/** Error pages for people (the API answers problem+json instead). */
import { type Lang, messages } from './i18n.js';
import { Layout, type Viewer } from './layout/layout.js';

export function ErrorPage({
  lang,
  path,
  status,
  detail,
  viewer,
}: {
  lang: Lang;
  path: string;
  status: number;
  detail?: string;
  viewer?: Viewer | null;
}) {
  const m = messages(lang);
  const title = status === 404 ? m.notFoundTitle : status === 403 ? m.forbiddenTitle : m.badRequestTitle;
  return (
    <Layout lang={lang} title={title} path={path} viewer={viewer}>
      <h1>{title}</h1>
      <p>{detail ?? m.notFoundBody}</p>
      <p>
        <a href="/occupations">{m.navOccupations}</a>
      </p>
    </Layout>
  );
}
