/** The advisor's cohort pages and report page (with charts), and the graduate's cohort page. */
import type { Cohort, CohortMember, Offering } from '@skillbank/core';
import type { CohortReport } from '../../../reports/index.js';
import {
  hasAnonymisedForm,
  REPORT_FORMATS,
  REPORT_RENDERERS,
  type ReportFormat,
  ReportMethod,
  ReportSections,
} from '../../../reports/renderers/index.js';
import { Csrf, ErrorSummary, Field, type FieldErrors } from '../forms/fields.js';
import { formatTime } from '../i18n.js';
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
  const link = (format: ReportFormat, anonymised: boolean, save = false) =>
    `${base}?format=${format}${anonymised ? '&anonymised=true' : ''}&lang=${lang}${save ? '&download=1' : ''}`;
  /** A download's link text: the catalogue's words for the formats it knows, else the format's name. */
  const labels: Partial<Record<ReportFormat, string>> = {
    csv: m.downloadCsv,
    'students-csv': m.downloadStudentsCsv,
    html: m.downloadHtml,
    json: m.downloadJson,
  };
  const label = (format: ReportFormat) => labels[format] ?? format.toUpperCase();
  // Documents people open first, the data (JSON) last; the anonymised JSON is the API's.
  const order = (f: ReportFormat) => (f === 'html' ? 0 : f === 'json' ? 2 : 1);
  const named = [...REPORT_FORMATS].sort((a, b) => order(a) - order(b));
  const anonymised = named.filter((format) => format !== 'json' && hasAnonymisedForm(format));
  /** The links of one form: a document opens in a new tab (with a separate link to save it), data downloads. */
  const Links = ({ formats, anon }: { formats: ReportFormat[]; anon: boolean }) => (
    <p class="actions">
      {formats.map((format) =>
        REPORT_RENDERERS[format].disposition === 'inline' ? (
          <>
            <a href={link(format, anon)} target="_blank" rel="noopener">
              {label(format)}
            </a>
            <a href={link(format, anon, true)} download>
              {m.saveFile}
            </a>
          </>
        ) : (
          <a href={link(format, anon)} download>
            {label(format)}
          </a>
        ),
      )}
    </p>
  );
  const offerings = gapOfferings && (
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
  );
  return (
    <Layout {...frame(p, m.reportTitle(cohort.name))}>
      <p>
        <a href={`/cohorts/${cohort.id}`}>← {cohort.name}</a>
      </p>
      <h1>{m.reportTitle(cohort.name)}</h1>
      <p class="lead">{m.reportLead}</p>
      <p>
        <strong>{m.population(pop.included ?? 0, pop.members ?? 0)}</strong>
      </p>
      <ul>
        {report.summary.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      {pop.included === 0 && (
        <p>
          <a class="button" href={`/cohorts/${cohort.id}#invite`}>
            {m.inviteTitle}
          </a>
        </p>
      )}
      <section class="panel" aria-labelledby="downloads">
        <h2 id="downloads" style="margin-top:0">
          {m.downloads}
        </h2>
        <p>
          {m.downloadsNamed}
          {m.colon}
        </p>
        <Links formats={named} anon={false} />
        <p>
          {m.downloadsAnonymised}
          {m.colon}
        </p>
        <Links formats={anonymised} anon={true} />
      </section>
      <ReportSections report={report} afterTaskGaps={offerings} />
      <details>
        <summary>{m.reportMethod}</summary>
        <ReportMethod report={report} time={(iso) => formatTime(iso)} />
      </details>
    </Layout>
  );
}

/** A cohort a learner is in, with who runs it. */
type JoinedCohort = Cohort & { memberCount: number; advisor: { name: string; organisation: string | null } };

/** Who runs a cohort: the advisor's name, and their school or organisation when they gave one. */
const runBy = (p: PageContext, advisor: JoinedCohort['advisor']) =>
  advisor.organisation ? `${advisor.name}${p.m.parens(advisor.organisation)}` : advisor.name;

export function MyCohortsPage({
  p,
  cohorts,
  code,
  errors,
}: {
  p: PageContext;
  cohorts: JoinedCohort[];
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
              <span>
                <strong>{k.name}</strong> <span class="muted">· {m.cohortRunBy(runBy(p, k.advisor))}</span>
              </span>
              <a href={`/me/cohorts/${k.id}/leave`}>{m.leaveCohort}</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The step before leaving a cohort: what leaving does, then a form that confirms (no JavaScript needed). */
export function LeaveCohortPage({ p, cohort }: { p: PageContext; cohort: JoinedCohort }) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.leaveCohortTitle(cohort.name))}>
      <p>
        <a href="/me/cohorts">← {m.myCohortsTitle}</a>
      </p>
      <h1>{m.leaveCohortTitle(cohort.name)}</h1>
      <p class="muted">{m.cohortRunBy(runBy(p, cohort.advisor))}</p>
      <p>{m.leaveCohortLead}</p>
      <form method="post" action={`/me/cohorts/${cohort.id}/leave`} class="actions">
        <Csrf token={p.csrf} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit">{m.leaveCohortConfirm}</button>
        <a href="/me/cohorts">{m.leaveCohortCancel}</a>
      </form>
    </Layout>
  );
}
