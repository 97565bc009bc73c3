/** The landing page: what Skillbank is, the ways in, and (when the demo is loaded) the demo entry. */
import type { MatchResult } from '@skillbank/matcher';
import { Csrf } from './forms/fields.js';
import { HOME_EXAMPLE } from './home-example.js';
import { kindLabel, levelLabel, messages, percent, roleLabel } from './i18n.js';
import { OccupationBand } from './layout/band.js';
import { Layout } from './layout/layout.js';
import { frame, type PageContext } from './page-context.js';

export interface DemoEntry {
  persona: string;
  name: string;
  role: string;
}

export function HomePage({ p, demo, example }: { p: PageContext; demo: DemoEntry[]; example: MatchResult }) {
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
      <section aria-labelledby="what-you-get">
        <h2 id="what-you-get">{m.homeGetTitle}</h2>
        <ul>
          <li>{m.homeGet1}</li>
          <li>{m.homeGet2}</li>
          <li>{m.homeGet3}</li>
        </ul>
      </section>
      <HomeExample p={p} result={example} />
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

/** The example evidence and what the matcher makes of it (computed on the served index). */
function HomeExample({ p, result }: { p: PageContext; result: MatchResult }) {
  const { m, lang } = p;
  const skills = (HOME_EXAMPLE.skills ?? [])
    .map((s) => {
      if (!s.level) return s.name;
      const level = levelLabel(lang, s.level);
      return `${s.name}${m.parens(level)}`;
    })
    .join(m.sep);
  return (
    <section aria-labelledby="example" class="panel">
      <h2 id="example" style="margin-top:0">
        {m.homeExampleTitle}
      </h2>
      <figure style="margin:0 0 .75rem;padding:.5rem .75rem;border-left:4px solid var(--line);background:#f6f8fa">
        <figcaption class="muted">
          {m.homeExampleEvidence} · {kindLabel(lang, HOME_EXAMPLE.kind)}
        </figcaption>
        <strong>{m.homeExampleTitleText}</strong>
        <p style="margin:.25rem 0">{m.homeExampleText}</p>
        <p class="hint">
          {m.skillsLabel}
          {m.colon}
          {skills}
        </p>
      </figure>
      <p>{m.homeExampleLead}</p>
      {result.matches.length === 0 ? (
        <p>{m.homeExampleNone}</p>
      ) : (
        <ol class="cards" id="example-matches">
          {result.matches.map((o) => (
            <li>
              <a href={`/occupations/${o.code}`}>{o.name}</a> <span class="code">{o.code}</span>{' '}
              <span class="score">{m.homeExampleScore(percent(o.score))}</span>{' '}
              <OccupationBand m={m} band={o.band} />
              {o.breakdown.sharedTerms.length > 0 && (
                <div class="muted">{m.homeExampleWhy(o.breakdown.sharedTerms.slice(0, 5).join(m.sep))}</div>
              )}
              {o.missingTasks.length > 0 && (
                <div class="hint">
                  {m.homeExampleMissing(
                    o.missingTasks
                      .slice(0, 2)
                      .map((t) => t.text)
                      .join(m.sep),
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <p>
        <a class="button" href={p.viewer ? '/me/evidence/new' : '/sign-up'}>
          {m.homeExampleStart}
        </a>
      </p>
    </section>
  );
}
