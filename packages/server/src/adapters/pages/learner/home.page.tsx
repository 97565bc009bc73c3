/** The graduate's home: what the account holds, the top matches, and where to go next. */
import type { Consent, Evidence, Profile } from '@skillbank/core';
import type { OccupationMatch } from '@skillbank/matcher';
import type { FirstSteps } from '../../../use-cases/learners.use-cases.js';
import { percent } from '../i18n.js';
import { OccupationBand } from '../layout/band.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export function LearnerHomePage({
  p,
  evidence,
  profile,
  consent,
  matches,
  firstSteps,
}: {
  p: PageContext;
  evidence: Evidence[];
  profile: Profile;
  consent: Consent;
  matches: OccupationMatch[];
  firstSteps: FirstSteps;
}) {
  const { m } = p;
  const name = p.session?.account.name ?? '';
  const active = evidence.filter((e) => e.status === 'attested' || e.status === 'self_reported');
  const attested = active.filter((e) => e.status === 'attested').length;
  return (
    <Layout {...frame(p, m.meTitle(name))}>
      <h1>{m.meTitle(name)}</h1>
      <p class="lead">{m.meLead}</p>
      <Checklist p={p} steps={firstSteps} evidence={active} />
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
                  <span class="scored">
                    <span class="score">{percent(o.score)}</span> <OccupationBand m={m} band={o.band} />
                  </span>
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

/** The five first steps, each ticked from what is stored and linking to where it is done. */
function Checklist({ p, steps, evidence }: { p: PageContext; steps: FirstSteps; evidence: Evidence[] }) {
  const { m } = p;
  // Asking for attestation starts on a piece: the newest one nobody has attested yet.
  const toAttest = evidence.find((e) => e.status === 'self_reported');
  const items = [
    {
      done: steps.evidence >= 3,
      label: m.fsEvidence(steps.evidence),
      hint: m.fsEvidenceHint,
      href: '/me/evidence/new',
    },
    {
      done: steps.askedForAttestation,
      label: m.fsAttest,
      hint: m.fsAttestHint,
      href: toAttest ? `/me/evidence/${toAttest.id}#ask` : '/me/evidence',
    },
    { done: steps.choseVisibility, label: m.fsDiscover, hint: m.fsDiscoverHint, href: '/me/consent' },
    { done: steps.joinedClass, label: m.fsClass, hint: m.fsClassHint, href: '/me/cohorts' },
    { done: steps.shared, label: m.fsShare, hint: m.fsShareHint, href: '/me/showcases' },
  ];
  const done = items.filter((i) => i.done).length;
  if (done === items.length) return <p class="verified">{m.fsAllDone}</p>;
  return (
    <section class="panel" aria-labelledby="first-steps">
      <h2 id="first-steps" style="margin-top:0">
        {m.fsTitle}{' '}
        <span class="muted" style="font-size:.95rem;font-weight:400">
          {m.fsProgress(done, items.length)}
        </span>
      </h2>
      <ul class="checklist">
        {items.map((i) => (
          <li class={i.done ? 'done' : undefined}>
            <span class="mark" aria-hidden="true">
              {i.done ? '✓' : ''}
            </span>
            <span>
              <a href={i.href}>{i.label}</a> <span class="sr-only">({i.done ? m.fsDone : m.fsTodo})</span>
              <br />
              <span class="hint">{i.hint}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
