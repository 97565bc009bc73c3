/** Showcases (炫技分享): the graduate's list, create and revoke; the public, re-verified page. */
import {
  createShowcase,
  DomainError,
  listAllEvidence,
  listShowcases,
  openShowcase,
  revokeShowcase,
  runInTransaction,
} from '@skillbank/core';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formList, formText, readForm, toFieldErrors } from '../forms/fields.js';
import { gate, type PageContext, pageContext } from '../page-context.js';
import { forbiddenPage } from '../page-errors.js';
import { PublicShowcasePage, ShowcasesPage } from './showcase.page.js';

type C = Context<AppEnv>;

async function renderList(
  c: C,
  p: PageContext,
  learnerId: string,
  status: 200 | 400 = 200,
  errors: FieldErrors = {},
  values: { title?: string; evidenceIds?: string[] } = {},
) {
  const db = c.var.deps.db;
  const [evidence, showcases] = await Promise.all([
    listAllEvidence(db, learnerId),
    listShowcases(db, learnerId),
  ]);
  const origin = new URL(c.req.url).origin;
  return c.html(
    <ShowcasesPage
      p={p}
      evidence={evidence}
      showcases={showcases}
      origin={origin}
      errors={errors}
      values={values}
    />,
    status,
  );
}

export const showcasePages = new Hono<AppEnv>()
  .get('/me/showcases', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ['learner'], (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    return renderList(c, p, g.session.account.id);
  })
  .post('/me/showcases', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ['learner'], (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const values = { title: formText(body, 'title'), evidenceIds: formList(body, 'evidenceIds') };
    try {
      await runInTransaction(c.var.deps.db, (trx) => createShowcase(trx, g.session.account.id, values));
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid')
        return renderList(c, p, g.session.account.id, 400, toFieldErrors(p.lang, error.problems), values);
      throw error;
    }
    return c.redirect('/me/showcases?ok=showcaseCreated', 303);
  })
  .post('/me/showcases/:id/revoke', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ['learner'], (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    await runInTransaction(c.var.deps.db, (trx) =>
      revokeShowcase(trx, g.session.account.id, c.req.param('id')),
    );
    return c.redirect('/me/showcases?ok=linkRevoked', 303);
  })
  .get('/s/:slug', async (c) => {
    const p = await pageContext(c);
    const showcase = await openShowcase(c.var.deps.db, c.req.param('slug'));
    // A capability link: keep it out of caches and referrers.
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(<PublicShowcasePage p={p} showcase={showcase} />, showcase ? 200 : 404);
  });
