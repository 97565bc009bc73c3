/** The gaps between the graduate's evidence and one occupation, largest gain first, with next steps. */
import type { ActiveEvidence } from '@skillbank/core';
import type { GapReport } from '@skillbank/matcher';
import type { Recommendations } from '../../../learning/recommendations.js';
import { nextStepText } from '../../../messages/index.js';
import { Field } from '../forms/fields.js';
import { type Messages, percent } from '../i18n.js';
import { Layout } from '../layout/layout.js';
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

export function GapsPage({
  p,
  code,
  report,
  evidence,
  recommended = null,
}: {
  p: PageContext;
  code: string;
  report: GapReport | null;
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
      <form method="get" action="/me/gaps" class="search" aria-label={m.gapsPick}>
        <Field
          name="occupation"
          label={m.gapsPickLabel}
          value={code}
          required
          pattern={p.scheme.occupationInputPattern}
          error={code && !report ? m.notFoundBody : undefined}
        />
        <button type="submit">{m.gapsShow}</button>
      </form>
      {report && (
        <>
          <p>
            <a href={`/occupations/${report.occupation.code}`}>{report.occupation.name}</a>{' '}
            <span class="code">{report.occupation.code}</span> · {m.matchScore}{' '}
            <span class="score">{percent(report.score)}</span>
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
                      {m.byEvidence}: <EvidenceLinks ids={g.evidenceIds} titles={titles} sep={m.sep} />
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
          <p class="muted">
            {m.versions(report.scorer.version, `${report.taxonomy.id}@${report.taxonomy.version}`)}
          </p>
        </>
      )}
    </Layout>
  );
}
