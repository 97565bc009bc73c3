/** The graduate's home: what the account holds, the top matches, and where to go next. */
import type { Consent, Evidence, Profile } from '@skillbank/core';
import type { OccupationMatch } from '@skillbank/matcher';
import { percent } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export function LearnerHomePage({
  p,
  evidence,
  profile,
  consent,
  matches,
}: {
  p: PageContext;
  evidence: Evidence[];
  profile: Profile;
  consent: Consent;
  matches: OccupationMatch[];
}) {
  const { m } = p;
  const name = p.session?.account.name ?? '';
  const active = evidence.filter((e) => e.status === 'attested' || e.status === 'self_reported');
  const attested = active.filter((e) => e.status === 'attested').length;
  return (
    <Layout {...frame(p, m.meTitle(name))}>
      <h1>{m.meTitle(name)}</h1>
      <p class="lead">{m.meLead}</p>
      <p>
        <strong>{m.meCounts(active.length, attested, profile.skills.length)}</strong>
      </p>
      <p class="actions">
        <a class="button" href="/me/evidence/new">
          {m.navEvidenceNew}
        </a>
        <a class="button secondary" href="/me/evidence">
          {m.navLedger}
        </a>
        <a class="button secondary" href="/me/profile">
          {m.navProfile}
        </a>
      </p>
      {evidence.length === 0 ? (
        <p class="panel">{m.noEvidence}</p>
      ) : (
        <section aria-labelledby="top-matches">
          <h2 id="top-matches">{m.matchesTitle}</h2>
          {matches.length === 0 ? (
            <p>{m.noMatches}</p>
          ) : (
            <ul class="cards">
              {matches.map((o) => (
                <li>
                  <a href={`/occupations/${o.code}`}>{o.name}</a> <span class="code">{o.code}</span>{' '}
                  <span class="score">{percent(o.score)}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href="/me/matches">{m.navMatches} →</a>
          </p>
        </section>
      )}
      <h2>{m.consentTitle}</h2>
      <p>
        {m.consentDiscoverable}
        {m.colon}
        <strong>{consent.discoverableByEmployers ? m.yes : m.no}</strong>
        <br />
        {m.consentAdvisors}
        {m.colon}
        <strong>{consent.advisorsCanSeeEvidence ? m.yes : m.no}</strong>
      </p>
      <p class="actions">
        <a href="/me/consent">{m.navConsent}</a>
        <a href="/me/showcases">{m.navShowcases}</a>
        <a href="/me/export" download>
          {m.exportDownload}
        </a>
      </p>
    </Layout>
  );
}
