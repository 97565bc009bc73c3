/** The landing page: what Skillbank is, the ways in, and (when the demo is loaded) the demo entry. */
import { Csrf } from './forms/fields.js';
import { messages, roleLabel } from './i18n.js';
import { Layout } from './layout/layout.js';
import { frame, type PageContext } from './page-context.js';

export interface DemoEntry {
  persona: string;
  name: string;
  role: string;
}

export function HomePage({ p, demo }: { p: PageContext; demo: DemoEntry[] }) {
  const { lang, viewer } = p;
  const m = messages(lang);
  return (
    <Layout {...frame(p, m.navHome)}>
      <h1>{m.homeTitle}</h1>
      <p class="lead">{m.homeLead}</p>
      <p class="actions">
        {!viewer && (
          <a class="button" href="/sign-up">
            {m.signUpTitle}
          </a>
        )}
        {!viewer && (
          <a class="button secondary" href="/sign-in">
            {m.signInTitle}
          </a>
        )}
        <a class={viewer ? 'button' : 'button secondary'} href="/occupations">
          {m.homeBrowse(p.occupationCount)}
        </a>
      </p>
      {demo.length > 0 && (
        <section class="panel" aria-labelledby="demo">
          <h2 id="demo" style="margin-top:0">
            {m.demoTitle} <span class="tag demo">{m.demoBadge}</span>
          </h2>
          <p>{m.demoLead}</p>
          <div class="actions">
            {demo.slice(0, 3).map((d) => (
              <form method="post" action="/demo/enter" class="inline">
                <Csrf token={p.csrf} />
                <input type="hidden" name="persona" value={d.persona} />
                <button type="submit" class="secondary">
                  {m.demoEnter(d.name, roleLabel(lang, d.role))}
                </button>
              </form>
            ))}
          </div>
        </section>
      )}
    </Layout>
  );
}
