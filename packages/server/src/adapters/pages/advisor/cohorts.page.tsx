/** The advisor's cohort pages and report page (with charts), and the graduate's cohort page. */
import type { Cohort, CohortMember, Offering } from '@skillbank/core';
import type { Child } from 'hono/jsx';
import type { CohortReport } from '../../../reports/index.js';
import { REPORT_FORMATS, type ReportFormat } from '../../../reports/renderers/index.js';
import { Columns, HorizontalBars } from '../../../reports/report-charts.js';
import { Csrf, ErrorSummary, Field, type FieldErrors } from '../forms/fields.js';
import { formatTime, type Messages, percent } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export function CohortsPage({
  p,
  cohorts,
  values,
  errors,
}: {
  p: PageContext;
  cohorts: (Cohort & { memberCount: number })[];
  values: { name: string };
  errors: FieldErrors;
}) {
  const { m, lang } = p;
  return (
    <Layout {...frame(p, m.cohortsTitle)}>
      <h1>{m.cohortsTitle}</h1>
      <p class="lead">{m.cohortsLead}</p>
      {cohorts.length === 0 ? (
        <p>{m.noCohorts}</p>
      ) : (
        <ul class="cards">
          {cohorts.map((k) => (
            <li>
              <a href={`/cohorts/${k.id}`}>{k.name}</a>{' '}
              <span class="muted">· {m.memberCount(k.memberCount)}</span>
              <div>
                <a href={`/cohorts/${k.id}/report`}>{m.viewReport} →</a>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>{m.createCohort}</h2>
      <ErrorSummary lang={lang} errors={errors} />
      <form method="post" action="/cohorts" class="stack">
        <Csrf token={p.csrf} />
        <Field
          name="name"
          label={m.fieldCohortName}
          value={values.name}
          error={errors.name}
          required
          maxlength={200}
        />
        <div>
          <button type="submit">{m.createCohort}</button>
        </div>
      </form>
    </Layout>
  );
}

export function CohortPage({
  p,
  cohort,
  members,
  invitation,
}: {
  p: PageContext;
  cohort: Cohort;
  members: CohortMember[];
  invitation: { code: string; expiresAt: string } | null;
}) {
  const { m } = p;
  return (
    <Layout {...frame(p, cohort.name)}>
      <p>
        <a href="/cohorts">← {m.cohortsTitle}</a>
      </p>
      <h1>{cohort.name}</h1>
      <p>
        <a class="button" href={`/cohorts/${cohort.id}/report`}>
          {m.viewReport}
        </a>
      </p>
      <section class="panel" aria-labelledby="invite">
        <h2 id="invite" style="margin-top:0">
          {m.inviteTitle}
        </h2>
        <p class="hint">{m.inviteLead}</p>
        {invitation && (
          <p class="keybox" role="status">
            {m.inviteCode(invitation.code, formatTime(invitation.expiresAt))}
          </p>
        )}
        <form method="post" action={`/cohorts/${cohort.id}/invitations`}>
          <Csrf token={p.csrf} />
          <button type="submit" class="secondary">
            {m.createInvite}
          </button>
        </form>
      </section>
      <h2>{m.membersTitle}</h2>
      {members.length === 0 ? (
        <p>{m.noMembers}</p>
      ) : (
        <ul>
          {members.map((k) => (
            <li>
              {k.name} <span class="muted">· {m.joinedOn(formatTime(k.joinedAt))}</span>{' '}
              <span class={`tag ${k.sharesEvidence ? 'ok' : 'plain'}`}>
                {k.sharesEvidence ? m.memberIncluded : m.memberNotShared}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const statusLabel = (m: Messages, s: string) =>
  ({
    included: m.memberIncluded,
    not_shared: m.memberNotShared,
    no_evidence: m.memberNoEvidence,
    failed: m.memberFailed,
  })[s] ?? s;

/** A chart of the report, drawn by the same JSX components as the downloadable HTML. */
function Chart({ children }: { children?: Child }) {
  return <figure style="margin:0">{children}</figure>;
}

export function ReportPage({
  p,
  cohort,
  report,
  gapOfferings = null,
}: {
  p: PageContext;
  cohort: Cohort;
  report: CohortReport;
  /** Published offerings declaring the cohort's most common missing tasks. */
  gapOfferings?: { taskId: string; text: string; learners: number; offerings: Offering[] }[] | null;
}) {
  const { m, lang } = p;
  const pop = report.population;
  const base = `/cohorts/${cohort.id}/report/download`;
  /** Downloads in the page's language (summary, notes and labels). */
  const download = (query: string) => `${base}?${query}&lang=${lang}`;
  const readiness = (r: { share: number | null }) => (r.share === null ? '—' : percent(r.share));
  /** A download's link text: the catalogue's words for the formats it knows, else the format's name. */
  const labels: Partial<Record<ReportFormat, string>> = {
    csv: m.downloadCsv,
    html: m.downloadHtml,
    json: m.downloadJson,
  };
  const label = (format: ReportFormat) => labels[format] ?? format.toUpperCase();
  // Documents people open first, the data (JSON) last; the anonymised JSON is the API's.
  const named = [...REPORT_FORMATS].sort((a, b) => Number(a === 'json') - Number(b === 'json'));
  const anonymised = named.filter((format) => format !== 'json');
  return (
    <Layout {...frame(p, m.reportTitle(cohort.name))}>
      <p>
        <a href={`/cohorts/${cohort.id}`}>← {cohort.name}</a>
      </p>
      <h1>{m.reportTitle(cohort.name)}</h1>
      <p class="lead">{m.reportLead}</p>
      <p>
        <strong>{m.population(pop.included ?? 0, pop.members ?? 0)}</strong> ·{' '}
        {m.readiness(readiness(report.readiness.digital), readiness(report.readiness.green))}
      </p>
      <ul>
        {report.summary.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <section class="panel" aria-labelledby="downloads">
        <h2 id="downloads" style="margin-top:0">
          {m.downloads}
        </h2>
        <p>
          {m.downloadsNamed}
          {m.colon}
        </p>
        <p class="actions">
          {named.map((format) => (
            <a href={download(`format=${format}`)} download>
              {label(format)}
            </a>
          ))}
        </p>
        <p>
          {m.downloadsAnonymised}
          {m.colon}
        </p>
        <p class="actions">
          {anonymised.map((format) => (
            <a href={download(`format=${format}&anonymised=true`)} download>
              {label(format)}
            </a>
          ))}
        </p>
      </section>
      <h2>{m.chartOccupations}</h2>
      <Chart>
        <HorizontalBars
          title={m.chartOccupations}
          bars={report.occupations
            .slice(0, 10)
            .map((o) => ({ label: o.name, value: o.learners, note: `${o.learners} (${percent(o.share)})` }))}
        />
      </Chart>
      <h2>{m.chartGaps}</h2>
      <Chart>
        <HorizontalBars
          title={m.chartGaps}
          colour="#b35c00"
          bars={report.gaps.tasks
            .slice(0, 10)
            .map((t) => ({ label: t.text, value: t.learners, note: `${t.learners} (${percent(t.share)})` }))}
        />
      </Chart>
      {gapOfferings && (
        <section aria-labelledby="gap-offerings">
          <h2 id="gap-offerings">{m.cohortOfferingsTitle}</h2>
          <p class="muted">{m.cohortOfferingsLead}</p>
          {gapOfferings.every((g) => g.offerings.length === 0) ? (
            <p class="panel">{m.cohortOfferingsNone}</p>
          ) : (
            <ul class="cards gap-offerings">
              {gapOfferings
                .filter((g) => g.offerings.length > 0)
                .map((g) => (
                  <li>
                    <div>
                      {g.text} <span class="tag warn">{m.learnersBlocked(g.learners)}</span>
                    </div>
                    <ul>
                      {g.offerings.map((o) => (
                        <li>
                          <a href={`/offerings/${o.id}`}>{o.title}</a>{' '}
                          <span class="muted">{o.provider.organisation ?? o.provider.name}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          )}
        </section>
      )}
      <h2>{m.chartDistribution}</h2>
      <Chart>
        <Columns
          title={m.chartDistribution}
          bars={report.distribution.map((b) => ({
            label: `${b.from.toFixed(1)}–${b.to.toFixed(1)}`,
            value: b.learners,
            note: String(b.learners),
          }))}
        />
      </Chart>
      <h2>{m.reportLearners}</h2>
      <div class="table-wrap">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{m.colLearner}</th>
              <th scope="col">{m.colStatus}</th>
              <th scope="col">{m.colBestScore}</th>
              <th scope="col">{m.colTopOccupations}</th>
            </tr>
          </thead>
          <tbody>
            {report.learners.map((l) => (
              <tr>
                <th scope="row">{l.name}</th>
                <td>{statusLabel(m, l.status)}</td>
                <td>{l.bestScore === null ? '—' : percent(l.bestScore)}</td>
                <td>
                  {l.topOccupations
                    .slice(0, 3)
                    .map((o) => `${o.name} ${percent(o.score)}`)
                    .join(m.sep)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">
        {m.versions(report.scorer.version, `${report.taxonomy.id}@${report.taxonomy.version}`)}
      </p>
    </Layout>
  );
}

export function MyCohortsPage({
  p,
  cohorts,
  code,
  errors,
}: {
  p: PageContext;
  cohorts: (Cohort & { memberCount: number })[];
  code: string;
  errors: FieldErrors;
}) {
  const { m, lang } = p;
  return (
    <Layout {...frame(p, m.myCohortsTitle)}>
      <h1>{m.myCohortsTitle}</h1>
      <p class="lead">{m.myCohortsLead}</p>
      <ErrorSummary lang={lang} errors={errors} />
      <form method="post" action="/me/cohorts/join" class="stack">
        <Csrf token={p.csrf} />
        <Field
          name="code"
          label={m.fieldCode}
          value={code}
          error={errors.code}
          required
          maxlength={40}
          autocomplete="off"
        />
        <div>
          <button type="submit">{m.joinSubmit}</button>
        </div>
      </form>
      {cohorts.length > 0 && (
        <ul class="cards" style="margin-top:1rem">
          {cohorts.map((k) => (
            <li class="actions">
              <strong>{k.name}</strong>
              <form method="post" action={`/me/cohorts/${k.id}/leave`} class="inline">
                <Csrf token={p.csrf} />
                <button type="submit" class="link">
                  {m.leaveCohort}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
