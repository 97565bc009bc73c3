/** The gaps between the graduate's evidence and one occupation, largest gain first, with next steps. */
import type { ActiveEvidence, OccupationSummary } from '@skillbank/core';
import type { GapReport, OccupationMatch } from '@skillbank/matcher';
import type { Recommendations } from '../../../learning/recommendations.js';
import { nextStepText } from '../../../messages/index.js';
import { Field } from '../forms/fields.js';
import { type Messages, percent } from '../i18n.js';
import { OccupationBand } from '../layout/band.js';
import { Layout } from '../layout/layout.js';
import { TechDetails } from '../layout/tech-details.js';
import { RecommendedOfferings } from '../learning/offering-bits.js';
import { frame, type PageContext } from '../page-context.js';
import { EvidenceLinks, titlesOf } from './evidence-bits.js';

const actionLabel = (m: Messages, action: string) =>
  ({
    learn: m.actionLearn,
    practise: m.actionPractise,
    assess: m.actionAssess,
    attest: m.actionAttest,
    detail: m.actionDetail,
  })[action] ?? action;

/** What to choose from when no occupation is given: the best matches, and search hits for typed text. */
export interface GapsChoices {
  matches: OccupationMatch[];
  search: { q: string; items: OccupationSummary[] } | null;
}

export function GapsPage({
  p,
  code,
  report,
  choices = null,
  evidence,
  recommended = null,
}: {
  p: PageContext;
  /** What was asked for: an occupation code, or text to search. */
  code: string;
  report: GapReport | null;
  choices?: GapsChoices | null;
  evidence: ActiveEvidence[];
  /** Offerings that would close these gaps (ranked), when any are published. */
  recommended?: Recommendations | null;
}) {
  const { m } = p;
  const titles = titlesOf(evidence);
  const title = report ? m.gapsTitle(report.occupation.name) : m.seeGaps;
  return (
    <Layout {...frame(p, title)}>
      <h1>{title}</h1>
      {choices && <GapsChooser p={p} choices={choices} />}
      <form method="get" action="/me/gaps" class="search" style="margin-top:1rem" aria-label={m.gapsPick}>
        <Field
          name="occupation"
          label={report ? m.gapsPickLabel : m.gapsSearchLabel}
          hint={report ? undefined : m.gapsSearchHint}
          value={code}
          required
          maxlength={200}
          error={code && !report && !choices ? m.notFoundBody : undefined}
        />
        <button type="submit">{m.gapsShow}</button>
      </form>
      {choices?.search && <GapsSearchResults p={p} search={choices.search} />}
      {report && (
        <>
          <p>
            <a href={`/occupations/${report.occupation.code}`}>{report.occupation.name}</a>{' '}
            <span class="code">{report.occupation.code}</span> · {m.matchScore}{' '}
            <span class="scored">
              <span class="score">{percent(report.score)}</span> <OccupationBand m={m} score={report.score} />
            </span>
          </p>
          <p class="lead">{m.gapsLead}</p>
          {report.gaps.length === 0 ? (
            <p class="verified">{m.gapsNone}</p>
          ) : (
            <ol class="cards">
              {report.gaps.map((g) => (
                <li>
                  <div>
                    {g.text} <span class="tag warn">{m.gain(percent(g.gain))}</span>
                  </div>
                  <div>
                    <strong>
                      {m.nextStep} · {actionLabel(m, g.nextStep.action)}
                      {m.colon}
                    </strong>
                    {nextStepText(p.lang, g.nextStep)}
                  </div>
                  {g.evidenceIds.length > 0 && (
                    <div class="muted">
                      {m.byEvidence}
                      {m.colon}
                      <EvidenceLinks ids={g.evidenceIds} titles={titles} sep={m.sep} />
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
          {recommended && <RecommendedOfferings p={p} result={recommended} showUncovered={false} />}
          {report.coveredTasks.length > 0 && (
            <>
              <h2>{m.coveredTasks}</h2>
              <ul>
                {report.coveredTasks.map((t) => (
                  <li>
                    {t.text} <span class="muted">({percent(t.score)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.missingTerms.length > 0 && (
            <p>
              <strong>
                {m.missingTerms}
                {m.colon}
              </strong>
              {report.missingTerms.join(m.sep)}
            </p>
          )}
          <TechDetails lang={p.lang}>
            {m.versions(report.scorer.version, `${report.taxonomy.id}@${report.taxonomy.version}`)}
          </TechDetails>
        </>
      )}
    </Layout>
  );
}

/** No occupation yet: say what the page does and offer the graduate's best matches. */
function GapsChooser({ p, choices }: { p: PageContext; choices: GapsChoices }) {
  const { m } = p;
  return (
    <section aria-labelledby="gaps-choose">
      <p class="lead">{m.gapsChooseLead}</p>
      <h2 id="gaps-choose">{m.gapsFromMatches}</h2>
      {choices.matches.length === 0 ? (
        <p class="panel">
          {m.gapsNoMatchesYet} <a href="/me/evidence/new">{m.navEvidenceNew}</a>
        </p>
      ) : (
        <ul class="cards">
          {choices.matches.map((o) => (
            <li>
              <a href={`/me/gaps?occupation=${encodeURIComponent(o.code)}`}>{o.name}</a>{' '}
              <span class="code">{o.code}</span> · {m.matchScore}{' '}
              <span class="scored">
                <span class="score">{percent(o.score)}</span> <OccupationBand m={m} band={o.band} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GapsSearchResults({ p, search }: { p: PageContext; search: NonNullable<GapsChoices['search']> }) {
  const { m } = p;
  return (
    <section aria-labelledby="gaps-search">
      <h2 id="gaps-search">{m.gapsSearchResults(search.q)}</h2>
      {search.items.length === 0 ? (
        <p>{m.noResults}</p>
      ) : (
        <ul class="cards">
          {search.items.map((o) => (
            <li>
              <a href={`/me/gaps?occupation=${encodeURIComponent(o.code)}`}>{o.name}</a>{' '}
              <span class="code">{o.code}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
