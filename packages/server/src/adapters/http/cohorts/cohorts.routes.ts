/**
 * Advisors' cohorts: create, list, invite by code, join (learners), members, leave or remove, and
 * the cohort match report in JSON, CSV or HTML (named, or anonymised for sharing).
 */
import { createRoute } from '@hono/zod-openapi';
import {
  cohortSubject,
  createCohort,
  createInvitation,
  getCohort,
  joinCohort,
  listCohortMembers,
  listCohorts,
  removeCohortMember,
  runInTransaction,
} from '@skillbank/core';
import type { Context } from 'hono';
import {
  buildCohortReport,
  presentReport,
  renderReportCsv,
  renderReportHtml,
} from '../../../reports/index.js';
import {
  negotiateReportFormat,
  negotiateReportLang,
  REPORT_MEDIA_TYPES,
} from '../../../reports/report-format.js';
import { enforceOnResource } from '../access.js';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import type { AppEnv } from '../env.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { HttpError, notFound } from '../problem.js';
import { createRouter } from '../router.js';
import {
  cohortIdParam,
  cohortListQuery,
  cohortListSchema,
  cohortSchema,
  createCohortBody,
  invitationBody,
  invitationSchema,
  joinBody,
  joinSchema,
  memberListSchema,
  memberParams,
  reportQuery,
  reportSchema,
} from './cohorts.schema.js';

const tags = ['Advisors'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const jsonBody = <T>(schema: T, required = true) =>
  ({ required, content: { 'application/json': { schema } } }) as const;
const unauthorized = problemResponse('No token, or not a valid one.');
const hidden = problemResponse('No such cohort, or not visible to the caller.');

const createCohortRoute = createRoute({
  method: 'post',
  path: '/cohorts',
  tags,
  summary: 'Create a cohort (advisors)',
  ...auth,
  request: { body: jsonBody(createCohortBody) },
  responses: {
    201: jsonResponse(cohortSchema, 'The cohort.'),
    400: problemResponse('A field is missing, invalid or unknown.'),
    401: unauthorized,
    403: problemResponse('Only advisors create cohorts.'),
  },
});

const listCohortsRoute = createRoute({
  method: 'get',
  path: '/cohorts',
  tags,
  summary: 'The advisor’s cohorts, or the cohorts a learner is in',
  ...auth,
  request: { query: cohortListQuery },
  responses: {
    200: jsonResponse(cohortListSchema, 'A page of cohorts, newest first.'),
    400: problemResponse('A query parameter is invalid.'),
    401: unauthorized,
    403: problemResponse('Employers and the administrator have no cohorts.'),
  },
});

const getCohortRoute = createRoute({
  method: 'get',
  path: '/cohorts/{id}',
  tags,
  summary: 'One cohort (its advisor, its members, the administrator)',
  ...auth,
  request: { params: cohortIdParam },
  responses: { 200: jsonResponse(cohortSchema, 'The cohort.'), 401: unauthorized, 404: hidden },
});

const inviteRoute = createRoute({
  method: 'post',
  path: '/cohorts/{id}/invitations',
  tags,
  summary: 'A new invitation code for the cohort (its advisor)',
  description:
    'A short random code (10 symbols from an alphabet without look-alikes), shown once and stored only as a SHA-256 hash; any learner who has it can join until it expires.',
  ...auth,
  request: { params: cohortIdParam, body: jsonBody(invitationBody, false) },
  responses: {
    201: jsonResponse(invitationSchema, 'The code and when it expires.'),
    400: problemResponse('A field is invalid or unknown.'),
    401: unauthorized,
    403: problemResponse('Only the cohort’s advisor invites.'),
    404: hidden,
  },
});

const joinRoute = createRoute({
  method: 'post',
  path: '/cohorts/join',
  tags,
  summary: 'Join a cohort with an invitation code (learners)',
  description:
    'Joining does not share anything by itself: the advisor sees the learner’s evidence, and uses it in reports, only while the learner’s consent has `advisorsCanSeeEvidence`.',
  ...auth,
  request: { body: jsonBody(joinBody) },
  responses: {
    200: jsonResponse(joinSchema, 'The cohort joined (or already a member of).'),
    400: problemResponse('The code is missing, unknown or expired.'),
    401: unauthorized,
    403: problemResponse('Only learners join cohorts.'),
  },
});

const membersRoute = createRoute({
  method: 'get',
  path: '/cohorts/{id}/members',
  tags,
  summary: 'The cohort’s members and whether each shares evidence (its advisor; the administrator)',
  ...auth,
  request: { params: cohortIdParam, query: cohortListQuery },
  responses: {
    200: jsonResponse(memberListSchema, 'A page of members, in order of joining.'),
    401: unauthorized,
    403: problemResponse('Members do not see the member list.'),
    404: hidden,
  },
});

const removeMemberRoute = createRoute({
  method: 'delete',
  path: '/cohorts/{id}/members/{learnerId}',
  tags,
  summary: 'Leave a cohort (the learner) or remove a member (its advisor)',
  ...auth,
  request: { params: memberParams },
  responses: {
    204: { description: 'Removed; the advisor no longer sees the learner’s evidence.' },
    401: unauthorized,
    403: problemResponse('A learner removes only themselves.'),
    404: problemResponse('No such cohort or member, or not visible to the caller.'),
  },
});

const reportRoute = createRoute({
  method: 'get',
  path: '/cohorts/{id}/report',
  tags,
  summary: 'The cohort match report: JSON, CSV or HTML (its advisor; the administrator)',
  description:
    'Per learner their top occupations with scores and evidence counts; per occupation how many learners fit it well (score ≥ 0.6); the task and skill gaps blocking the most learners; digital and green readiness; the score distribution; a summary. Only members who let advisors see their evidence are used; others are counted as not shared. `anonymised=true`: no names or learner ids, no group smaller than 5. Format from `?format=` or the Accept header (406 when neither JSON, CSV nor HTML is acceptable). Language from `?lang=zh|en`, else English when the Accept-Language header starts with `en`, else Chinese: it sets the summary sentences and the consent and suppression notes (`summary`, `method.consentRule`, `suppressed.note` in JSON, named by `lang`) and the CSV and HTML labels; everything else in the JSON is language-neutral (numbers, codes, names). CSV columns, sections and keys are the same in both languages.',
  ...auth,
  request: { params: cohortIdParam, query: reportQuery },
  responses: {
    200: {
      description: 'The report.',
      content: {
        'application/json': { schema: reportSchema },
        'text/csv': { schema: { type: 'string' } },
        'text/html': { schema: { type: 'string' } },
      },
    },
    400: problemResponse('A query parameter is invalid.'),
    401: unauthorized,
    403: problemResponse('Members do not see the report.'),
    404: hidden,
    406: problemResponse('The Accept header allows none of JSON, CSV or HTML.'),
  },
});

type Action = 'cohort:read' | 'cohort:invite' | 'cohort:members' | 'cohort:report' | 'cohort:remove-member';
async function authorizeCohort(c: Context<AppEnv>, id: string, action: Action, target: string | null = null) {
  const { account } = callerOf(c);
  enforceOnResource(account, action, await cohortSubject(c.var.deps.db, account, id, target), `cohort ${id}`);
  const cohort = await getCohort(c.var.deps.db, id);
  if (!cohort) throw notFound(`cohort ${id}`);
  return cohort;
}

export const cohortRoutes = createRouter()
  .openapi(createCohortRoute, async (c) => {
    const { account } = callerOf(c);
    enforceOnResource(account, 'cohort:create');
    const cohort = await createCohort(c.var.deps.db, c.req.valid('json'), { advisorId: account.id });
    return c.json({ ...cohort, memberCount: 0 }, 201);
  })
  .openapi(listCohortsRoute, async (c) => {
    const { account } = callerOf(c);
    enforceOnResource(account, 'cohort:list');
    const { limit, cursor } = c.req.valid('query');
    const who = account.role === 'advisor' ? { advisorId: account.id } : { learnerId: account.id };
    const page = await listCohorts(c.var.deps.db, who, { limit, offset: cursor });
    return c.json({ items: page.items, nextCursor: nextCursor(cursor, limit, page.hasMore) }, 200);
  })
  .openapi(getCohortRoute, async (c) => {
    return c.json(await authorizeCohort(c, c.req.valid('param').id, 'cohort:read'), 200);
  })
  .openapi(inviteRoute, async (c) => {
    const { id } = c.req.valid('param');
    await authorizeCohort(c, id, 'cohort:invite');
    const body = c.req.valid('json') ?? {};
    const invitation = await createInvitation(c.var.deps.db, id, {
      createdBy: callerOf(c).account.id,
      ...(body.expiresInDays === undefined ? {} : { days: body.expiresInDays }),
    });
    return c.json({ cohortId: id, ...invitation }, 201);
  })
  .openapi(joinRoute, async (c) => {
    const { account } = callerOf(c);
    enforceOnResource(account, 'cohort:join');
    const { code } = c.req.valid('json');
    const joined = await runInTransaction(c.var.deps.db, (trx) =>
      joinCohort(trx, code, { learnerId: account.id }),
    );
    return c.json({ ...joined, cohort: { id: joined.cohort.id, name: joined.cohort.name } }, 200);
  })
  .openapi(membersRoute, async (c) => {
    const { id } = c.req.valid('param');
    await authorizeCohort(c, id, 'cohort:members');
    const { limit, cursor } = c.req.valid('query');
    const members = await listCohortMembers(c.var.deps.db, id, { limit: limit + 1, offset: cursor });
    return c.json(
      { items: members.slice(0, limit), nextCursor: nextCursor(cursor, limit, members.length > limit) },
      200,
    );
  })
  .openapi(removeMemberRoute, async (c) => {
    const { id, learnerId } = c.req.valid('param');
    await authorizeCohort(c, id, 'cohort:remove-member', learnerId);
    await removeCohortMember(c.var.deps.db, id, learnerId);
    return c.body(null, 204);
  })
  .openapi(reportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { format: asked, anonymised = false, lang: askedLang } = c.req.valid('query');
    const format = asked ?? negotiateReportFormat(c.req.header('accept'));
    if (format === null)
      throw new HttpError(
        406,
        'not_acceptable',
        'the report comes as application/json, text/csv or text/html',
      );
    const cohort = await authorizeCohort(c, id, 'cohort:report');
    const { db } = c.var.deps;
    const { matcher } = c.var.deps.served.current;
    const lang = negotiateReportLang(askedLang, c.req.header('accept-language'));
    const report = presentReport(await buildCohortReport(db, matcher, { cohort }), { anonymised, lang });
    c.header('Vary', 'Accept, Accept-Language');
    if (format === 'json') return c.json(report, 200);
    const name = `cohort-report-${anonymised ? 'anonymised-' : ''}${id}.${format}`;
    if (format === 'csv') c.header('Content-Disposition', `attachment; filename="${name}"`);
    const text = format === 'csv' ? renderReportCsv(report) : renderReportHtml(report);
    return c.body(text, 200, { 'content-type': REPORT_MEDIA_TYPES[format] }) as never;
  });
