/** The advisor's pages (cohorts, invitations, the report and its downloads) and the graduate's cohort page. */
import type { Cohort } from '@skillbank/core';
import { type Context, Hono } from 'hono';
import { hasAnonymisedForm, isReportFormat, renderReport } from '../../../reports/index.js';
import type { Caller } from '../../../use-cases/index.js';
import { createCohortBody, joinBody } from '../../http/cohorts/cohorts.schema.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorPage, notFoundPage } from '../page-errors.js';
import { currentTimeZone } from '../time-zone.js';
import { CohortPage, CohortsPage, MyCohortsPage, ReportPage } from './cohorts.page.js';

type C = Context<AppEnv>;

async function renderCohorts(
  c: C,
  p: PageContext,
  caller: Caller,
  values = { name: '' },
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  const cohorts = await c.var.useCases.cohorts.advised(caller);
  if (!cohorts.ok) return errorPage(c, p, cohorts.error);
  return c.html(<CohortsPage p={p} cohorts={cohorts.value} values={values} errors={errors} />, status);
}

async function renderCohort(
  c: C,
  p: PageContext,
  caller: Caller,
  cohort: Cohort,
  invitation: { code: string; expiresAt: string } | null = null,
) {
  const members = await c.var.useCases.cohorts.members(caller, cohort.id, { limit: 500, offset: 0 });
  if (!members.ok) return errorPage(c, p, members.error);
  return c.html(<CohortPage p={p} cohort={cohort} members={members.value.items} invitation={invitation} />);
}

async function renderMine(
  c: C,
  p: PageContext,
  caller: Caller,
  code = '',
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  const cohorts = await c.var.useCases.cohorts.joined(caller);
  if (!cohorts.ok) return errorPage(c, p, cohorts.error);
  return c.html(<MyCohortsPage p={p} cohorts={cohorts.value} code={code} errors={errors} />, status);
}

export const cohortPages = new Hono<AppEnv>()
  .get('/cohorts', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    return renderCohorts(c, p, g.session);
  })
  .post('/cohorts', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const values = { name: formText(await readForm(c), 'name') };
    const parsed = createCohortBody.safeParse(values);
    if (!parsed.success)
      return renderCohorts(c, p, g.session, values, zodFieldErrors(p.lang, parsed.error), 400);
    const cohort = await c.var.useCases.cohorts.create(g.session, parsed.data);
    if (!cohort.ok) return errorPage(c, p, cohort.error);
    return c.redirect(`/cohorts/${cohort.value.id}?ok=saved`, 303);
  })
  .get('/cohorts/:id', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const members = await c.var.useCases.cohorts.members(g.session, c.req.param('id'), {
      limit: 500,
      offset: 0,
    });
    if (!members.ok) return errorPage(c, p, members.error);
    const { cohort, items } = members.value;
    return c.html(<CohortPage p={p} cohort={cohort} members={items} invitation={null} />);
  })
  .post('/cohorts/:id/invitations', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const invited = await c.var.useCases.cohorts.invite(g.session, c.req.param('id'));
    if (!invited.ok) return errorPage(c, p, invited.error);
    c.header('Cache-Control', 'no-store');
    return renderCohort(c, p, g.session, invited.value.cohort, invited.value.invitation);
  })
  .get('/cohorts/:id/report', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const built = await c.var.useCases.cohorts.report(g.session, c.req.param('id'), { lang: p.lang });
    if (!built.ok) return errorPage(c, p, built.error);
    const { cohort, report } = built.value;
    // Published offerings for the cohort's five most common missing tasks.
    const common = report.gaps.tasks.slice(0, 5);
    const covering = await c.var.useCases.learning.offeringsForTasks(common.map((t) => t.taskId));
    const gapOfferings = covering.ok
      ? common.map((t) => ({ ...t, offerings: covering.value.get(t.taskId) ?? [] }))
      : null;
    return c.html(<ReportPage p={p} cohort={cohort} report={report} gapOfferings={gapOfferings} />);
  })
  .get('/cohorts/:id/report/download', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const format = c.req.query('format');
    const anonymised = c.req.query('anonymised') === 'true';
    if (!isReportFormat(format) || (anonymised && !hasAnonymisedForm(format))) return notFoundPage(c, p);
    // In the page's language: `?lang=` on the download links, else the remembered choice.
    const built = await c.var.useCases.cohorts.report(g.session, c.req.param('id'), {
      anonymised,
      lang: p.lang,
    });
    if (!built.ok) return errorPage(c, p, built.error);
    // A document (the HTML report) opens in the browser; `?download=1` saves it; data always downloads.
    const { body, mediaType, contentDisposition } = renderReport(format, built.value.report, {
      download: c.req.query('download') === '1',
      timeZone: currentTimeZone(),
    });
    c.header('Content-Disposition', contentDisposition);
    c.header('Cache-Control', 'no-store');
    return c.body(body, 200, { 'content-type': mediaType });
  })
  // The graduate's side: join with a code, see and leave one's cohorts.
  .get('/me/cohorts', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    return renderMine(c, p, g.session);
  })
  .post('/me/cohorts/join', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const code = formText(await readForm(c), 'code');
    const parsed = joinBody.safeParse({ code });
    if (!parsed.success) return renderMine(c, p, g.session, code, zodFieldErrors(p.lang, parsed.error), 400);
    const joined = await c.var.useCases.cohorts.join(g.session, parsed.data.code);
    if (joined.ok) return c.redirect('/me/cohorts?ok=joined', 303);
    if (joined.error.kind === 'invalid')
      return renderMine(
        c,
        p,
        g.session,
        code,
        toFieldErrors(p.lang, joined.error.problems, () => 'code'),
        400,
      );
    return errorPage(c, p, joined.error);
  })
  .post('/me/cohorts/:id/leave', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const left = await c.var.useCases.cohorts.removeMember(
      g.session,
      c.req.param('id'),
      g.session.account.id,
    );
    if (!left.ok) return errorPage(c, p, left.error);
    return c.redirect('/me/cohorts?ok=left', 303);
  });
