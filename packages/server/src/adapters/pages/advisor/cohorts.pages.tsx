/** The advisor's pages (cohorts, invitations, the report and its downloads) and the graduate's cohort page. */
import {
  type Cohort,
  cohortSubject,
  createCohort,
  createInvitation,
  DomainError,
  decideOnResource,
  getCohort,
  joinCohort,
  listCohortMembers,
  listCohorts,
  type ResourceAction,
  removeCohortMember,
  runInTransaction,
} from '@skillbank/core';
import { type Context, Hono } from 'hono';
import {
  buildCohortReport,
  presentReport,
  renderReportCsv,
  renderReportHtml,
} from '../../../reports/index.js';
import { createCohortBody, joinBody } from '../../http/cohorts/cohorts.schema.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { gate, type PageContext, pageContext } from '../page-context.js';
import { forbiddenPage, notFoundPage } from '../page-errors.js';
import { CohortPage, CohortsPage, MyCohortsPage, ReportPage } from './cohorts.page.js';

type C = Context<AppEnv>;

async function advisor(c: C) {
  const p = await pageContext(c);
  return { p, g: gate(c, p, ['advisor'], (msg) => forbiddenPage(c, p, msg)) };
}

/** The cohort named in the path when the policy lets the viewer do `action` on it. */
async function allowedCohort(
  c: C,
  p: PageContext,
  action: ResourceAction,
  target: string | null = null,
): Promise<Cohort | null> {
  const me = p.session?.account;
  const id = c.req.param('id') ?? '';
  if (!me) return null;
  const subject = await cohortSubject(c.var.deps.db, me, id, target);
  if (decideOnResource(me, action, subject).effect !== 'allow') return null;
  return getCohort(c.var.deps.db, id);
}

async function renderCohorts(
  c: C,
  p: PageContext,
  advisorId: string,
  values = { name: '' },
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  const { items } = await listCohorts(c.var.deps.db, { advisorId }, { limit: 100, offset: 0 });
  return c.html(<CohortsPage p={p} cohorts={items} values={values} errors={errors} />, status);
}

async function renderCohort(
  c: C,
  p: PageContext,
  cohort: Cohort,
  invitation: { code: string; expiresAt: string } | null = null,
) {
  const members = await listCohortMembers(c.var.deps.db, cohort.id, { limit: 500, offset: 0 });
  return c.html(<CohortPage p={p} cohort={cohort} members={members} invitation={invitation} />);
}

async function renderMine(
  c: C,
  p: PageContext,
  learnerId: string,
  code = '',
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  const { items } = await listCohorts(c.var.deps.db, { learnerId }, { limit: 100, offset: 0 });
  return c.html(<MyCohortsPage p={p} cohorts={items} code={code} errors={errors} />, status);
}

export const cohortPages = new Hono<AppEnv>()
  .get('/cohorts', async (c) => {
    const { p, g } = await advisor(c);
    if (!g.ok) return g.response;
    return renderCohorts(c, p, g.session.account.id);
  })
  .post('/cohorts', async (c) => {
    const { p, g } = await advisor(c);
    if (!g.ok) return g.response;
    const values = { name: formText(await readForm(c), 'name') };
    const parsed = createCohortBody.safeParse(values);
    if (!parsed.success)
      return renderCohorts(c, p, g.session.account.id, values, zodFieldErrors(p.lang, parsed.error), 400);
    const cohort = await createCohort(c.var.deps.db, parsed.data, { advisorId: g.session.account.id });
    return c.redirect(`/cohorts/${cohort.id}?ok=saved`, 303);
  })
  .get('/cohorts/:id', async (c) => {
    const { p, g } = await advisor(c);
    if (!g.ok) return g.response;
    const cohort = await allowedCohort(c, p, 'cohort:members');
    return cohort ? renderCohort(c, p, cohort) : notFoundPage(c, p);
  })
  .post('/cohorts/:id/invitations', async (c) => {
    const { p, g } = await advisor(c);
    if (!g.ok) return g.response;
    const cohort = await allowedCohort(c, p, 'cohort:invite');
    if (!cohort) return notFoundPage(c, p);
    const invitation = await createInvitation(c.var.deps.db, cohort.id, { createdBy: g.session.account.id });
    c.header('Cache-Control', 'no-store');
    return renderCohort(c, p, cohort, invitation);
  })
  .get('/cohorts/:id/report', async (c) => {
    const { p, g } = await advisor(c);
    if (!g.ok) return g.response;
    const cohort = await allowedCohort(c, p, 'cohort:report');
    if (!cohort) return notFoundPage(c, p);
    const { db } = c.var.deps;
    const { matcher } = c.var.deps.served.current;
    const report = presentReport(await buildCohortReport(db, matcher, { cohort }), {
      anonymised: false,
      lang: p.lang,
    });
    const common = report.gaps.tasks.slice(0, 5);
    const covering = await c.var.useCases.learning.offeringsForTasks(common.map((t) => t.taskId));
    const gapOfferings = covering.ok
      ? common.map((t) => ({ ...t, offerings: covering.value.get(t.taskId) ?? [] }))
      : null;
    return c.html(<ReportPage p={p} cohort={cohort} report={report} gapOfferings={gapOfferings} />);
  })
  .get('/cohorts/:id/report/download', async (c) => {
    const { p, g } = await advisor(c);
    if (!g.ok) return g.response;
    const cohort = await allowedCohort(c, p, 'cohort:report');
    if (!cohort) return notFoundPage(c, p);
    const format = c.req.query('format');
    const anonymised = c.req.query('anonymised') === 'true';
    if (format !== 'csv' && format !== 'html' && format !== 'json') return notFoundPage(c, p);
    const { db } = c.var.deps;
    const { matcher } = c.var.deps.served.current;
    // In the page's language: `?lang=` on the download links, else the remembered choice.
    const report = presentReport(await buildCohortReport(db, matcher, { cohort }), {
      anonymised,
      lang: p.lang,
    });
    const name = `cohort-report-${anonymised ? 'anonymised-' : ''}${cohort.id}.${format}`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    if (format === 'json') return c.json(report, 200);
    if (format === 'csv')
      return c.body(renderReportCsv(report), 200, { 'content-type': 'text/csv; charset=utf-8' });
    return c.body(renderReportHtml(report), 200, { 'content-type': 'text/html; charset=utf-8' });
  })
  // The graduate's side: join with a code, see and leave one's cohorts.
  .get('/me/cohorts', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ['learner'], (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    return renderMine(c, p, g.session.account.id);
  })
  .post('/me/cohorts/join', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ['learner'], (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    const code = formText(await readForm(c), 'code');
    const parsed = joinBody.safeParse({ code });
    if (!parsed.success)
      return renderMine(c, p, g.session.account.id, code, zodFieldErrors(p.lang, parsed.error), 400);
    try {
      await runInTransaction(c.var.deps.db, (trx) =>
        joinCohort(trx, parsed.data.code, { learnerId: g.session.account.id }),
      );
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid')
        return renderMine(
          c,
          p,
          g.session.account.id,
          code,
          toFieldErrors(p.lang, error.problems, () => 'code'),
          400,
        );
      throw error;
    }
    return c.redirect('/me/cohorts?ok=joined', 303);
  })
  .post('/me/cohorts/:id/leave', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ['learner'], (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    const cohort = await allowedCohort(c, p, 'cohort:remove-member', g.session.account.id);
    if (!cohort) return notFoundPage(c, p);
    await removeCohortMember(c.var.deps.db, cohort.id, g.session.account.id);
    return c.redirect('/me/cohorts?ok=left', 303);
  });
