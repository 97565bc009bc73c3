/** The public catalogue: search offerings, read one (enrol as a learner), and a competition's public results. */
import type { Offering, PublicResult } from '@skillbank/core';
import { Csrf, Field, Select } from '../forms/fields.js';
import { formatTime, levelLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';
import { OfferingFacts, outcomeText } from './offering-bits.js';

export interface OfferingQuery {
  q: string;
  kind: string;
  mode: string;
  occupation: string;
  city: string;
}

export function OfferingsPage({
  p,
  query,
  items,
  next,
}: {
  p: PageContext;
  query: OfferingQuery;
  items: Offering[];
  next: string | null;
}) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.offeringsTitle)}>
      <h1>{m.offeringsTitle}</h1>
      <p class="lead">{m.offeringsLead}</p>
      <form method="get" action="/offerings" class="search">
        <Field name="q" label={m.offeringsSearch} value={query.q} maxlength={200} />
        <Select
          name="kind"
          label={m.offeringFieldKind}
          value={query.kind}
          options={[
            { value: '', label: m.anyKind },
            { value: 'course', label: m.kindCourse },
            { value: 'assessment', label: m.kindAssessment },
            { value: 'competition', label: m.kindCompetition },
          ]}
        />
        <Select
          name="mode"
          label={m.fieldMode}
          value={query.mode}
          options={[
            { value: '', label: m.anyMode },
            { value: 'online', label: m.modeOnline },
            { value: 'in_person', label: m.modeInPerson },
          ]}
        />
        <Field name="occupation" label={m.gapsPickLabel} value={query.occupation} />
        <button type="submit">{m.offeringsSearch}</button>
      </form>
      {items.length === 0 ? (
        <p class="panel">{m.offeringsNone}</p>
      ) : (
        <ul class="cards offerings">
          {items.map((o) => (
            <li>
              <a href={`/offerings/${o.id}`}>
                <strong>{o.title}</strong>
              </a>{' '}
              <span class="muted">{o.provider.organisation ?? o.provider.name}</span>
              <OfferingFacts p={p} offering={o} />
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p class="pager">
          <a href={next}>→</a>
        </p>
      )}
    </Layout>
  );
}

export function OfferingPage({
  p,
  offering,
  tasks,
  results,
  enrolled,
}: {
  p: PageContext;
  offering: Offering;
  tasks: { id: string; text: string; occupationCode: string }[];
  results: PublicResult[] | null;
  /** For a signed-in learner: whether they are enrolled; `null` for anyone else. */
  enrolled: boolean | null;
}) {
  const { m, lang } = p;
  return (
    <Layout {...frame(p, offering.title)}>
      <h1>{offering.title}</h1>
      <p>
        {m.byProvider}
        {m.colon}
        {offering.provider.organisation ?? offering.provider.name}
      </p>
      <OfferingFacts p={p} offering={offering} />
      <p>{offering.description}</p>
      <h2>{m.coversTasks}</h2>
      <ul>
        {tasks.map((t) => (
          <li>
            {t.text}{' '}
            <a class="code" href={`/occupations/${t.occupationCode}`}>
              {t.id}
            </a>
          </li>
        ))}
      </ul>
      {offering.skills.length > 0 && (
        <p>
          <strong>
            {m.offeringSkills}
            {m.colon}
          </strong>
          {offering.skills.join(m.sep)}
        </p>
      )}
      {enrolled === true && <p class="verified">{m.enrolled}</p>}
      {enrolled === false && offering.status === 'published' && (
        <form method="post" action={`/offerings/${offering.id}/enrol`}>
          <Csrf token={p.csrf} />
          <button type="submit">{m.enrol}</button>
        </form>
      )}
      {results && (
        <section aria-labelledby="public-results">
          <h2 id="public-results">{m.publicResultsTitle}</h2>
          <p class="muted">{m.publicResultsLead}</p>
          {results.length === 0 ? (
            <p class="panel">{m.publicResultsNone}</p>
          ) : (
            <table class="data">
              <tbody>
                {results.map((r) => (
                  <tr>
                    <td>{r.learner.name}</td>
                    <td>{outcomeText(m, r)}</td>
                    <td>{r.level === null ? '' : levelLabel(lang, r.level)}</td>
                    <td>{formatTime(r.recordedAt)}</td>
                    <td>
                      {r.signatureValid ? (
                        <span class="tag ok">{m.signatureValid}</span>
                      ) : (
                        <span class="tag bad">{m.signatureInvalid}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </Layout>
  );
}
