/** Best-matching occupations, each with its score breakdown and per-task coverage (by which evidence). */
import type { ActiveEvidence } from '@skillbank/core';
import type { MatchResult } from '@skillbank/matcher';
import type { Recommendations } from '../../../learning/recommendations.js';
import { percent } from '../i18n.js';
import { OccupationBand, scoreWithBand } from '../layout/band.js';
import { SaysSame } from '../layout/highlighted.js';
import { Layout } from '../layout/layout.js';
import { TechDetails } from '../layout/tech-details.js';
import { OccupationTags } from '../occupations/occupation-tags.js';
import { frame, type PageContext } from '../page-context.js';
import { EvidenceLinks, Meter, titlesOf } from './evidence-bits.js';

export function MatchesPage({
  p,
  result,
  evidence,
  recommended = new Map(),
}: {
  p: PageContext;
  result: MatchResult;
  evidence: ActiveEvidence[];
  /** The best offerings for some matches, by occupation code. */
  recommended?: ReadonlyMap<string, Recommendations>;
}) {
  const { m, lang } = p;
  const titles = titlesOf(evidence);
  return (
    <Layout {...frame(p, m.matchesTitle)}>
      <h1>{m.matchesTitle}</h1>
      <p class="lead">{m.matchesLead(p.occupationCount)}</p>
      {result.matches.length === 0 ? (
        <p class="panel">
          {m.noMatches} <a href="/me/evidence/new">{m.navEvidenceNew}</a>
        </p>
      ) : (
        <ol class="cards matches">
          {result.matches.map((o) => (
            <li>
              <h2 style="margin:.2rem 0;font-size:1.1rem">
                <a href={`/occupations/${o.code}`}>{o.name}</a> <span class="code">{o.code}</span>
                <OccupationTags lang={lang} occupation={{ ...o, isNew: false }} />
              </h2>
              <p style="margin:.2rem 0">
                {m.matchScore}{' '}
                <span class="scored">
                  <span class="score">{percent(o.score)}</span> <OccupationBand m={m} band={o.band} />
                </span>{' '}
                <Meter value={o.score} label={m.matchScore} />
              </p>
              <p class="muted" style="margin:.2rem 0" title={m.breakdownHint}>
                {m.breakdownText(
                  // Full marks when it reads as 100 % too (0.996 rounds up): never "100 %" beside a capped part.
                  percent(o.breakdown.profileScore) === percent(1) ? null : percent(o.breakdown.profileScore),
                  o.breakdown.taskCoverage === null ? '—' : percent(o.breakdown.taskCoverage),
                  o.breakdown.coveredTaskCount,
                  o.breakdown.taskCount,
                )}
              </p>
              <details>
                <summary>
                  {m.coveredTasks} ({o.coveredTasks.length}) · {m.missingTasks} ({o.missingTasks.length})
                </summary>
                <h3>{m.coveredTasks}</h3>
                <ul>
                  {o.coveredTasks.map((t) => (
                    <li>
                      {t.evidence ? (
                        <SaysSame
                          statement={t.text}
                          evidence={t.evidence}
                          labels={{ statement: m.taskSays, evidence: m.saysSame, colon: m.colon }}
                        />
                      ) : (
                        t.text
                      )}{' '}
                      <span class="muted">({percent(t.score)})</span>{' '}
                      <span class="muted">
                        {m.byEvidence}
                        {m.colon}
                        <EvidenceLinks ids={t.evidenceIds} titles={titles} sep={m.sep} />
                      </span>
                    </li>
                  ))}
                </ul>
                <h3>{m.missingTasks}</h3>
                <ul>
                  {o.missingTasks.map((t) => (
                    <li>{t.text}</li>
                  ))}
                </ul>
              </details>
              {recommended.get(o.code) && (
                <div class="recommended">
                  <strong>
                    {m.recommendedTitle}
                    {m.colon}
                  </strong>
                  <ul>
                    {recommended.get(o.code)?.items.map((item) => (
                      <li>
                        <a href={`/offerings/${item.offering.id}`}>{item.offering.title}</a>{' '}
                        <span class="muted">
                          {m.scoreAfter(
                            scoreWithBand(m, percent(item.scoreNow), item.scoreNow),
                            scoreWithBand(m, percent(item.scoreAfter), item.scoreAfter),
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <p style="margin:.3rem 0 0">
                <a href={`/me/gaps?occupation=${o.code}`}>{m.seeGaps} →</a>
              </p>
            </li>
          ))}
        </ol>
      )}
      {result.directions && (
        <section class="panel">
          <h2 style="font-size:1rem;margin:.2rem 0">{m.directionsTitle}</h2>
          <p class="muted" style="margin:.2rem 0">
            {m.directionsHint}
          </p>
          <ul>
            {result.directions.map((d) => (
              <li>
                {m.directionLabel(d.label, d.evidenceIds.length)}
                {m.colon}
                {d.matches.slice(0, 3).map((o, i) => (
                  <>
                    {i > 0 && m.sep}
                    <a href={`/occupations/${o.code}`}>{o.name}</a> {percent(o.score)}{' '}
                    <OccupationBand m={m} band={o.band} />
                  </>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <TechDetails lang={p.lang}>
        {m.versions(result.scorer.version, `${result.taxonomy.id}@${result.taxonomy.version}`)}
      </TechDetails>
    </Layout>
  );
}
