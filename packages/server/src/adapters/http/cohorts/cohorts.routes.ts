/**
 * Advisors' cohorts: create, list, invite by code, join (learners), members, leave or remove, and
 * the cohort match report in JSON, CSV or HTML (named, or anonymised for sharing).
 */
import { createRoute } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import {
  hasAnonymisedForm,
  negotiateReportFormat,
  negotiateReportLang,
  REPORT_MEDIA_RANGES,
  renderReport,
} from '../../../reports/index.js';
import { TIME_ZONE_COOKIE, validTimeZone } from '../../pages/time-zone.js';
import { authenticated, callerOf } from '../auth.js';
import { jsonBody, jsonResponse, problemResponse } from '../openapi-common.js';
import { nextCursor } from '../pagination.js';
import { HttpError, unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import { textStream } from '../text-stream.js';
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
const unauthorized = problemResponse('No token, or not a valid one.');
const hidden = problemResponse('No such cohort, or not visible to the caller.');

const createCohortRoute = createRoute({
  method: 'post',
  path: '/cohorts',
  operationId: 'createCohort',
  tags,
  summary: 'Create a cohort (advisors)',
  description:
    'An advisor creates a cohort (a class or a group of graduates) to invite learners to and to run the match report on.',
  ...authenticated,
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
  operationId: 'listCohorts',
  tags,
  summary: 'The advisor’s cohorts, or the cohorts a learner is in',
  description:
    'Advisors get the cohorts they run, learners the cohorts they are in, each with its member count.',
  ...authenticated,
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
  operationId: 'getCohort',
  tags,
  summary: 'One cohort (its advisor, its members, the administrator)',
  description: 'Visible to its advisor, its members and the administrator; everyone else gets 404.',
  ...authenticated,
  request: { params: cohortIdParam },
  responses: { 200: jsonResponse(cohortSchema, 'The cohort.'), 401: unauthorized, 404: hidden },
});

const inviteRoute = createRoute({
  method: 'post',
  path: '/cohorts/{id}/invitations',
  operationId: 'createCohortInvitation',
  tags,
  summary: 'A new invitation code for the cohort (its advisor)',
  description:
    'A short random code (10 symbols from an alphabet without look-alikes), shown once and stored only as a SHA-256 hash; any learner who has it can join until it expires.',
  ...authenticated,
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
  operationId: 'joinCohort',
  tags,
  summary: 'Join a cohort with an invitation code (learners)',
  description:
    'Joining does not share anything by itself: the advisor sees the learner’s evidence, and uses it in reports, only while the learner’s consent has `advisorsCanSeeEvidence`.',
  ...authenticated,
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
  operationId: 'listCohortMembers',
  tags,
  summary: 'The cohort’s members and whether each shares evidence (its advisor; the administrator)',
  description:
    'Each member with when they joined and whether they let the advisor see their evidence (only those who do are used in reports).',
  ...authenticated,
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
  operationId: 'removeCohortMember',
  tags,
  summary: 'Leave a cohort (the learner) or remove a member (its advisor)',
  description:
    'A learner may remove only themselves; the cohort’s advisor may remove any member. The advisor then no longer sees the learner’s evidence.',
  ...authenticated,
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
  operationId: 'getCohortReport',
  tags,
  summary:
    'The cohort match report: JSON, CSV (long or one row per learner) or HTML (its advisor; the administrator)',
  description:
    "Per learner their top occupations with scores and evidence counts; per occupation how many learners fit it well (score ≥ 0.6, the calibrated `strong` band); the task and skill gaps blocking the most learners; digital and green readiness; the score distribution; a summary. Only members who let advisors see their evidence are used; others are counted as not shared. `anonymised=true`: no names or learner ids, no group smaller than 5. Format from `?format=` or the Accept header (406 when neither JSON, CSV nor HTML is acceptable). Language from `?lang=zh|en`, else English when the Accept-Language header starts with `en`, else Chinese: it sets the summary sentences and the consent and suppression notes (`summary`, `method.consentRule`, `suppressed.note` in JSON, named by `lang`) and the CSV and HTML labels; everything else in the JSON is language-neutral (numbers, codes, names). CSV columns, sections and keys are the same in both languages. `format=students-csv`: one row per learner with stable English column codes (`learner_id`, `name`, `status`, `evidence_count`, `best_score`, `fits_well`, `digital_ready`, `green_ready`, then `occupation_N_code|name|score|band|fits_well|tags` for N = 1–5, `cohort_id`, `generated_at`); named form only (400 with `anonymised=true`); `Accept: text/csv` gives the long CSV. Every listed occupation carries its `band` (`strong`/`moderate`/`weak`, the same calibrated band as on the match pages). Each learner's best fits are their top occupations scoring ≥ 0.6, i.e. in the strong band (at most 3, flagged `fitsWell`); readiness counts those. The HTML is served inline (it opens in a browser); the CSVs as attachments.",
  ...authenticated,
  request: { params: cohortIdParam, query: reportQuery },
  responses: {
    200: {
      description: 'The report.',
      content: Object.fromEntries(
        REPORT_MEDIA_RANGES.map((type) => [
          type,
          { schema: type === 'application/json' ? reportSchema : { type: 'string' as const } },
        ]),
      ),
    },
    400: problemResponse('A query parameter is invalid.'),
    401: unauthorized,
    403: problemResponse('Members do not see the report.'),
    404: hidden,
    406: problemResponse(`The Accept header allows none of ${REPORT_MEDIA_RANGES.join(', ')}.`),
  },
});

export const cohortRoutes = createRouter()
  .openapi(createCohortRoute, async (c) => {
    const cohort = unwrap(await c.var.useCases.cohorts.create(callerOf(c), c.req.valid('json')));
    return c.json({ ...cohort, memberCount: 0 }, 201);
  })
  .openapi(listCohortsRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = unwrap(await c.var.useCases.cohorts.list(callerOf(c), { limit, offset: cursor }));
    return c.json({ items: page.items, nextCursor: nextCursor(cursor, limit, page.hasMore) }, 200);
  })
  .openapi(getCohortRoute, async (c) => {
    return c.json(unwrap(await c.var.useCases.cohorts.get(callerOf(c), c.req.valid('param').id)), 200);
  })
  .openapi(inviteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const days = c.req.valid('json')?.expiresInDays;
    const { invitation } = unwrap(await c.var.useCases.cohorts.invite(callerOf(c), id, { days }));
    return c.json({ cohortId: id, ...invitation }, 201);
  })
  .openapi(joinRoute, async (c) => {
    const joined = unwrap(await c.var.useCases.cohorts.join(callerOf(c), c.req.valid('json').code));
    return c.json({ ...joined, cohort: { id: joined.cohort.id, name: joined.cohort.name } }, 200);
  })
  .openapi(membersRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const page = unwrap(await c.var.useCases.cohorts.members(callerOf(c), id, { limit, offset: cursor }));
    return c.json({ items: page.items, nextCursor: nextCursor(cursor, limit, page.hasMore) }, 200);
  })
  .openapi(removeMemberRoute, async (c) => {
    const { id, learnerId } = c.req.valid('param');
    unwrap(await c.var.useCases.cohorts.removeMember(callerOf(c), id, learnerId));
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
        `the report comes as ${REPORT_MEDIA_RANGES.slice(0, -1).join(', ')} or ${REPORT_MEDIA_RANGES.at(-1)}`,
      );
    if (anonymised && !hasAnonymisedForm(format))
      throw new HttpError(
        400,
        'validation',
        `format: ${format} lists named learners and has no anonymised form`,
        [{ path: 'format', message: `${format} lists named learners: it has no anonymised form (use csv)` }],
      );
    const lang = negotiateReportLang(askedLang, c.req.header('accept-language'));
    const { report } = unwrap(await c.var.useCases.cohorts.report(callerOf(c), id, { anonymised, lang }));
    c.header('Vary', 'Accept, Accept-Language');
    // A browser that tells its zone (the pages' `tz` cookie) gets the document's dates in it; else UTC.
    const timeZone = validTimeZone(getCookie(c, TIME_ZONE_COOKIE)) ?? undefined;
    const { pieces, mediaType, contentDisposition } = renderReport(format, report, { timeZone });
    if (format !== 'json') c.header('Content-Disposition', contentDisposition);
    // Written as it is rendered (a large cohort's report is never one string); every refusal above
    // answered before the first byte.
    const { logger } = c.var.deps;
    const body = textStream(pieces(), {
      onError: (error) => logger.error('writing a cohort report failed', { error: String(error) }),
    });
    return c.body(body, 200, { 'content-type': mediaType }) as never;
  });
