/** The advisor's pages (cohorts, invitations, the report and its downloads) and the graduate's cohort page. */
import { type Context, Hono } from 'hono';
import { hasAnonymisedForm, isReportFormat, renderReport } from '../../../reports/index.js';
import type { Caller } from '../../../use-cases/index.js';
import { createCohortBody, joinBody } from '../../http/cohorts/cohorts.schema.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorPage, notFoundPage } from '../page-errors.js';
import { currentTimeZone } from '../time-zone.js';
import { CohortPage, CohortsPage, LeaveCohortPage, MyCohortsPage, ReportPage } from './cohorts.page.js';
import { setInviteFlash, takeInviteFlash } from './invite-flash.js';

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
    // The code the POST just made, shown once after its redirect (see invite-flash.ts).
    const invitation = takeInviteFlash(c, g.session, cohort.id);
    if (invitation) c.header('Cache-Control', 'no-store');
    return c.html(<CohortPage p={p} cohort={cohort} members={items} invitation={invitation} />);
  })
  .post('/cohorts/:id/invitations', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const invited = await c.var.useCases.cohorts.invite(g.session, c.req.param('id'));
    if (!invited.ok) return errorPage(c, p, invited.error);
    // POST-redirect-GET: a reload of the cohort page shows no resubmit prompt and makes no second code.
    const { cohort, invitation } = invited.value;
    setInviteFlash(c, g.session, cohort.id, { code: invitation.code, expiresAt: invitation.expiresAt });
    return c.redirect(`/cohorts/${cohort.id}#invite`, 303);
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
  // Leaving asks first, without JavaScript: the list links to this page, whose form confirms.
  .get('/me/cohorts/:id/leave', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const cohorts = await c.var.useCases.cohorts.joined(g.session);
    if (!cohorts.ok) return errorPage(c, p, cohorts.error);
    const cohort = cohorts.value.find((k) => k.id === c.req.param('id'));
    if (!cohort) return notFoundPage(c, p);
    return c.html(<LeaveCohortPage p={p} cohort={cohort} />);
  })
  .post('/me/cohorts/:id/leave', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    // Only the confirmation page's form leaves; any other POST (an old page's one-click button) asks first.
    if (formText(await readForm(c), 'confirm') !== 'yes')
      return c.redirect(`/me/cohorts/${encodeURIComponent(c.req.param('id'))}/leave`, 303);
    const left = await c.var.useCases.cohorts.removeMember(
      g.session,
      c.req.param('id'),
      g.session.account.id,
    );
    if (!left.ok) return errorPage(c, p, left.error);
    return c.redirect('/me/cohorts?ok=left', 303);
  });
