/** Small pieces every learning page shares: an offering's facts in a line, its kind, a result's status. */
import type { LearningResult, Offering } from '@skillbank/core';
import { explainRecommendation } from '../../../learning/recommendation-text.js';
import type { Recommendations } from '../../../learning/recommendations.js';
import { levelLabel, type Messages, percent } from '../i18n.js';
import { scoreWithBand } from '../layout/band.js';
import type { PageContext } from '../page-context.js';

export const kindText = (m: Messages, kind: Offering['kind']) =>
  ({ course: m.kindCourse, assessment: m.kindAssessment, competition: m.kindCompetition })[kind];

export const resultStatusText = (m: Messages, status: LearningResult['status']) =>
  ({
    offered: m.resultOffered,
    accepted: m.resultAccepted,
    declined: m.resultDeclined,
    revoked: m.resultRevoked,
    recorded: m.resultRecorded,
  })[status];

export const outcomeText = (m: Messages, r: Pick<LearningResult, 'outcome' | 'rank' | 'award'>) =>
  [
    {
      completed: m.outcomeCompleted,
      passed: m.outcomePassed,
      failed: m.outcomeFailed,
      placed: m.outcomePlaced,
    }[r.outcome],
    r.rank === null ? null : m.rankValue(r.rank),
    r.award,
  ]
    .filter((x): x is string => x !== null)
    .join(' · ');

/** "Course · online · 48 hours · ¥1200 · level 4 (…) · 2026-09-01 to 2026-10-31". */
export function OfferingFacts({ p, offering }: { p: PageContext; offering: Offering }) {
  const { m, lang } = p;
  const facts = [
    kindText(m, offering.kind),
    offering.mode === 'online'
      ? m.modeOnline
      : `${m.modeInPerson}${offering.city ? ` · ${offering.city}` : ''}`,
    offering.hours === null ? null : m.hoursValue(offering.hours),
    offering.costYuan === null ? null : m.costValue(offering.costYuan),
    offering.level === null ? null : levelLabel(lang, offering.level),
    offering.startsOn && offering.endsOn
      ? m.datesValue(offering.startsOn, offering.endsOn)
      : (offering.startsOn ?? offering.endsOn),
  ].filter((x): x is string => x !== null && x !== '');
  return (
    <p class="muted" style="margin:.2rem 0">
      {facts.join(' · ')}
      {offering.status === 'withdrawn' && <span class="tag warn">{m.withdrawn}</span>}
    </p>
  );
}

/** Recommended offerings for one target, each with what it covers and the predicted score. */
export function RecommendedOfferings({
  p,
  result,
  showUncovered = true,
}: {
  p: PageContext;
  result: Recommendations;
  showUncovered?: boolean;
}) {
  const { m, lang } = p;
  return (
    <section aria-labelledby="recommended">
      <h2 id="recommended">{m.recommendedTitle}</h2>
      <p class="muted">{m.recommendedLead}</p>
      {result.items.length === 0 ? (
        <p class="panel">{m.recommendedNone}</p>
      ) : (
        <ol class="cards recommended">
          {result.items.map((item) => (
            <li>
              <div>
                <a href={`/offerings/${item.offering.id}`}>
                  <strong>{item.offering.title}</strong>
                </a>{' '}
                <span class="muted">
                  {item.offering.provider.organisation ?? item.offering.provider.name}
                </span>
              </div>
              <OfferingFacts p={p} offering={item.offering} />
              <p style="margin:.2rem 0">
                <span class="score">
                  {m.scoreAfter(
                    scoreWithBand(m, percent(item.scoreNow), item.scoreNow),
                    scoreWithBand(m, percent(item.scoreAfter), item.scoreAfter),
                  )}
                </span>{' '}
                <span class="tag ok">
                  {m.gainPerHourValue(`${Math.round(item.gainPerHour * 10000) / 100}`)}
                </span>
              </p>
              <p style="margin:.2rem 0">{explainRecommendation(lang, item)}</p>
              <ul>
                {item.coversTasks.map((t) => (
                  <li>
                    {t.text} <span class="muted">({t.declared ? m.declaredTask : m.matchedTask})</span>
                  </li>
                ))}
              </ul>
              {(item.effort.hoursAssumed || item.effort.costAssumed) && <p class="muted">{m.assumed}</p>}
            </li>
          ))}
        </ol>
      )}
      {showUncovered && result.uncovered.length > 0 && (
        <>
          <h3>{m.uncoveredTitle}</h3>
          <ul>
            {result.uncovered.map((u) => (
              <li>{u.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
