/** The learner's enrolled / completed list: results waiting for an answer, accepted, revoked. */
import type { LearnerEnrolment } from '@skillbank/core';
import { Csrf } from '../forms/fields.js';
import { formatTime, levelLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';
import { OfferingFacts, outcomeText, resultStatusText } from './offering-bits.js';

function Post({
  p,
  action,
  label,
  fields = {},
}: {
  p: PageContext;
  action: string;
  label: string;
  fields?: Record<string, string>;
}) {
  return (
    <form method="post" action={action} class="inline">
      <Csrf token={p.csrf} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
}

export function MyLearningPage({ p, items }: { p: PageContext; items: LearnerEnrolment[] }) {
  const { m, lang } = p;
  return (
    <Layout {...frame(p, m.myLearningTitle)}>
      <h1>{m.myLearningTitle}</h1>
      <p class="lead">{m.myLearningLead}</p>
      {items.length === 0 ? (
        <p class="panel">
          {m.myLearningNone} <a href="/offerings">{m.navOfferings}</a>
        </p>
      ) : (
        <ul class="cards learning">
          {items.map((e) => {
            const done = e.results.some((r) => r.status === 'accepted');
            return (
              <li>
                <a href={`/offerings/${e.offering.id}`}>
                  <strong>{e.offering.title}</strong>
                </a>{' '}
                <span class={`tag ${done ? 'ok' : 'plain'}`}>
                  {done ? m.statusCompleted : m.statusEnrolled}
                </span>
                <OfferingFacts p={p} offering={e.offering} />
                {e.results.map((r) => (
                  <div class="result">
                    <p style="margin:.2rem 0">
                      {m.resultLabel}
                      {m.colon}
                      {outcomeText(m, r)}
                      {r.level !== null && ` · ${levelLabel(lang, r.level)}`} · {formatTime(r.recordedAt)}{' '}
                      <span
                        class={`tag ${r.status === 'accepted' ? 'ok' : r.status === 'offered' ? 'warn' : 'plain'}`}
                      >
                        {resultStatusText(m, r.status)}
                      </span>
                    </p>
                    {r.statement && <p class="muted">“{r.statement}”</p>}
                    {(r.status === 'offered' || r.status === 'declined') && (
                      <p>
                        <Post p={p} action={`/me/results/${r.id}/accept`} label={m.accept} />{' '}
                        {e.offering.kind === 'competition' && (
                          <Post
                            p={p}
                            action={`/me/results/${r.id}/accept`}
                            label={m.acceptPublic}
                            fields={{ showPublicly: 'true' }}
                          />
                        )}{' '}
                        {r.status === 'offered' && (
                          <Post p={p} action={`/me/results/${r.id}/decline`} label={m.decline} />
                        )}
                      </p>
                    )}
                    {r.status === 'accepted' && (
                      <p>
                        <a href={`/me/evidence/${r.evidenceId}`}>{m.resultAccepted} →</a>{' '}
                        {e.offering.kind === 'competition' && (
                          <Post
                            p={p}
                            action={`/me/results/${r.id}/visibility`}
                            label={r.shownPublicly ? m.hidePublicly : m.showPublicly}
                            fields={{ shownPublicly: r.shownPublicly ? 'false' : 'true' }}
                          />
                        )}
                      </p>
                    )}
                  </div>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}
