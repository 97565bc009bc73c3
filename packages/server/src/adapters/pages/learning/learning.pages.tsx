/**
 * Learning pages: the public catalogue and a competition's public results; the learner's enrolled /
 * completed list (accept, decline, show publicly); the provider's offerings, form, enrolments,
 * one-by-one results and CSV upload. Every read and write goes through the learning use cases.
 */
import {
  coveredTasks,
  type DomainError,
  fieldMessageOf,
  offeringInputSchema,
  resultInputSchema,
} from '@skillbank/core';
import { type Context, Hono } from 'hono';
import { errorText, fieldText } from '../../../messages/index.js';
import type { Caller } from '../../../use-cases/index.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type PageContext, pageContext, signedInPage } from '../page-context.js';
import { errorPage, forbiddenPage } from '../page-errors.js';
import { MyLearningPage } from './my-learning.page.js';
import {
  emptyOfferingForm,
  type OfferingFormValues,
  offeringErrorField,
  offeringFormOf,
  offeringInputOf,
  readOfferingForm,
} from './offering-form.js';
import { OfferingPage, type OfferingQuery, OfferingsPage } from './offerings.page.js';
import {
  type CsvOutcome,
  OfferingFormPage,
  ProviderHomePage,
  ProviderOfferingPage,
} from './provider.page.js';

type C = Context<AppEnv>;
const PAGE = 20;

const uc = (c: C) => c.var.useCases.learning;

function fieldErrorsOf(
  p: PageContext,
  error: DomainError,
  rename: (path: string) => string = (x) => x,
): FieldErrors {
  return toFieldErrors(p.lang, error.problems, rename);
}

async function renderProviderOffering(
  c: C,
  p: PageContext,
  caller: Caller,
  id: string,
  extra: { csv?: CsvOutcome; recordErrors?: Record<string, string> } = {},
  status: 200 | 400 | 409 = 200,
) {
  const offering = await uc(c).get(id);
  if (!offering.ok) return errorPage(c, p, offering.error);
  const enrolments = await uc(c).enrolments(caller, id, { limit: 100, offset: 0 });
  if (!enrolments.ok) return errorPage(c, p, enrolments.error);
  return c.html(
    <ProviderOfferingPage p={p} offering={offering.value} enrolments={enrolments.value.items} {...extra} />,
    status,
  );
}

async function renderForm(
  c: C,
  p: PageContext,
  values: OfferingFormValues,
  errors: FieldErrors,
  id: string | null,
  status: 200 | 400,
) {
  return c.html(<OfferingFormPage p={p} values={values} errors={errors} offeringId={id} />, status);
}

export const learningPages = new Hono<AppEnv>()
  // The public catalogue.
  .get('/offerings', async (c) => {
    const p = await pageContext(c);
    const q = (name: string) => (c.req.query(name) ?? '').trim().slice(0, 200);
    const query: OfferingQuery = {
      q: q('q'),
      kind: q('kind'),
      mode: q('mode'),
      occupation: q('occupation'),
      city: q('city'),
    };
    const offset = Math.max(0, Number.parseInt(c.req.query('page') ?? '0', 10) || 0) * PAGE;
    const filter = {
      ...(query.q ? { q: query.q } : {}),
      ...(['course', 'assessment', 'competition'].includes(query.kind) ? { kind: query.kind } : {}),
      ...(['online', 'in_person'].includes(query.mode) ? { mode: query.mode } : {}),
      ...(query.occupation ? { occupation: query.occupation } : {}),
      ...(query.city ? { city: query.city } : {}),
    };
    const page = await uc(c).search(p.session, filter, { limit: PAGE, offset });
    if (!page.ok) return errorPage(c, p, page.error);
    const url = new URL(c.req.url);
    url.searchParams.set('page', String(offset / PAGE + 1));
    const next = page.value.hasMore ? `${url.pathname}${url.search}` : null;
    return c.html(<OfferingsPage p={p} query={query} items={page.value.items} next={next} />);
  })
  .get('/offerings/:id', async (c) => {
    const p = await pageContext(c);
    const id = c.req.param('id');
    const found = await uc(c).get(id);
    if (!found.ok) return errorPage(c, p, found.error);
    const offering = found.value;
    const tasks = await coveredTasks(c.var.deps.db, offering.taxonomyId, offering.taskIds);
    const results = offering.kind === 'competition' ? await uc(c).publicResults(id) : null;
    let enrolled: boolean | null = null;
    if (p.session?.account.role === 'learner') {
      const mine = await uc(c).learnerEnrolments(p.session, p.session.account.id);
      enrolled = mine.ok && mine.value.some((e) => e.offering.id === id && e.status === 'enrolled');
    }
    return c.html(
      <OfferingPage
        p={p}
        offering={offering}
        tasks={tasks}
        results={results?.ok ? results.value.items : null}
        enrolled={enrolled}
      />,
    );
  })
  .post('/offerings/:id/enrol', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const done = await uc(c).enrol(g.session, c.req.param('id'));
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect('/me/learning?ok=enrolledDone', 303);
  })
  // The learner's list.
  .get('/me/learning', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const items = await uc(c).learnerEnrolments(g.session, g.session.account.id);
    if (!items.ok) return errorPage(c, p, items.error);
    return c.html(<MyLearningPage p={p} items={items.value} />);
  })
  .post('/me/results/:id/accept', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const done = await uc(c).accept(g.session, c.req.param('id'), {
      showPublicly: formText(body, 'showPublicly') === 'true',
    });
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect('/me/learning?ok=acceptedDone', 303);
  })
  .post('/me/results/:id/decline', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const done = await uc(c).decline(g.session, c.req.param('id'));
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect('/me/learning?ok=saved', 303);
  })
  .post('/me/results/:id/visibility', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const done = await uc(c).setShownPublicly(
      g.session,
      c.req.param('id'),
      formText(body, 'shownPublicly') === 'true',
    );
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect('/me/learning?ok=saved', 303);
  })
  // The provider's pages.
  .get('/provider', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const own = await uc(c).ownOfferings(g.session);
    if (!own.ok) return errorPage(c, p, own.error);
    return c.html(<ProviderHomePage p={p} offerings={own.value} />);
  })
  .get('/provider/offerings/new', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const own = await uc(c).ownOfferings(g.session);
    if (!own.ok) return errorPage(c, p, own.error);
    return renderForm(c, p, emptyOfferingForm(), {}, null, 200);
  })
  .post('/provider/offerings/new', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const values = readOfferingForm(await readForm(c));
    const parsed = offeringInputSchema.safeParse(offeringInputOf(values));
    if (!parsed.success)
      return renderForm(c, p, values, zodFieldErrors(p.lang, parsed.error, offeringErrorField), null, 400);
    const done = await uc(c).publish(g.session, parsed.data);
    if (!done.ok) {
      if (done.error.kind === 'invalid')
        return renderForm(c, p, values, fieldErrorsOf(p, done.error, offeringErrorField), null, 400);
      return errorPage(c, p, done.error);
    }
    return c.redirect(`/provider/offerings/${done.value.id}?ok=saved`, 303);
  })
  .get('/provider/offerings/:id', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    return renderProviderOffering(c, p, g.session, c.req.param('id'));
  })
  .get('/provider/offerings/:id/edit', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const found = await uc(c).get(id);
    if (!found.ok) return errorPage(c, p, found.error);
    if (found.value.provider.id !== g.session.account.id)
      return forbiddenPage(c, p, p.m.wrongRole(p.m.roleProvider));
    return renderForm(c, p, offeringFormOf(found.value), {}, id, 200);
  })
  .post('/provider/offerings/:id', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const values = readOfferingForm(await readForm(c));
    const parsed = offeringInputSchema.safeParse(offeringInputOf(values));
    if (!parsed.success)
      return renderForm(c, p, values, zodFieldErrors(p.lang, parsed.error, offeringErrorField), id, 400);
    const done = await uc(c).update(g.session, id, parsed.data);
    if (!done.ok) {
      if (done.error.kind === 'invalid')
        return renderForm(c, p, values, fieldErrorsOf(p, done.error, offeringErrorField), id, 400);
      return errorPage(c, p, done.error);
    }
    return c.redirect(`/provider/offerings/${id}?ok=saved`, 303);
  })
  .post('/provider/offerings/:id/status', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const status = formText(await readForm(c), 'status') === 'published' ? 'published' : 'withdrawn';
    const done = await uc(c).setStatus(g.session, id, status);
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect(`/provider/offerings/${id}?ok=saved`, 303);
  })
  .post('/provider/enrolments/:id/result', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const enrolmentId = c.req.param('id');
    const body = await readForm(c);
    const offeringId = formText(body, 'offeringId');
    const number = (name: string) => {
      const v = formText(body, name).trim();
      return v === '' ? undefined : Number(v);
    };
    const text = (name: string) => formText(body, name).trim() || undefined;
    const parsed = resultInputSchema.safeParse(
      Object.fromEntries(
        Object.entries({
          outcome: text('outcome'),
          level: number('level'),
          rank: number('rank'),
          award: text('award'),
          statement: text('statement'),
        }).filter(([, v]) => v !== undefined),
      ),
    );
    // A bad form, or a result the offering's kind does not allow, goes back beside the enrolment.
    const besideIt = (message: string) =>
      renderProviderOffering(c, p, g.session, offeringId, { recordErrors: { [enrolmentId]: message } }, 400);
    if (!parsed.success)
      return besideIt(
        parsed.error.issues
          .map((i) => `${i.path.join('.')}: ${fieldText(p.lang, fieldMessageOf(i))}`)
          .join('; '),
      );
    const done = await uc(c).record(g.session, enrolmentId, parsed.data);
    if (!done.ok) {
      const first = done.error.problems[0];
      if (offeringId && (done.error.kind === 'invalid' || done.error.kind === 'conflict'))
        return besideIt(first ? `${first.path}: ${fieldText(p.lang, first)}` : errorText(p.lang, done.error));
      return errorPage(c, p, done.error);
    }
    return c.redirect(`/provider/offerings/${done.value.offeringId}?ok=recordedDone`, 303);
  })
  .post('/provider/results/:id/revoke', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const done = await uc(c).revoke(g.session, c.req.param('id'));
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect(`/provider/offerings/${done.value.offeringId}?ok=revokedResultDone`, 303);
  })
  .post('/provider/offerings/:id/results', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const raw = await c.req.parseBody();
    const file = raw.file;
    const pasted = typeof raw.csv === 'string' ? raw.csv : '';
    const csv = file instanceof File && file.size > 0 ? await file.text() : pasted;
    const done = await uc(c).importResults(g.session, id, csv);
    if (done.ok)
      return renderProviderOffering(c, p, g.session, id, {
        csv: { imported: done.value.length, problems: [] },
      });
    if (done.error.kind !== 'invalid') return errorPage(c, p, done.error);
    const problems = done.error.problems.map((e) => ({
      path: e.path,
      message: fieldText(p.lang, e),
    }));
    return renderProviderOffering(c, p, g.session, id, { csv: { imported: null, problems } }, 400);
  });
