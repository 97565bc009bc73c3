/** Showcases (炫技分享): the graduate's list, create and revoke; the public, re-verified page. */
import { type Context, Hono } from 'hono';
import type { Caller } from '../../../use-cases/index.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formList, formText, readForm, toFieldErrors } from '../forms/fields.js';
import { type PageContext, pageContext, signedInPage } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import { PublicShowcasePage, ShowcasesPage } from './showcase.page.js';

type C = Context<AppEnv>;

async function renderList(
  c: C,
  p: PageContext,
  caller: Caller,
  status: 200 | 400 = 200,
  errors: FieldErrors = {},
  values: { title?: string; evidenceIds?: string[] } = {},
) {
  const list = await c.var.useCases.showcases.list(caller);
  if (!list.ok) return errorPage(c, p, list.error);
  const { evidence, showcases } = list.value;
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
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    return renderList(c, p, g.session);
  })
  .post('/me/showcases', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const values = { title: formText(body, 'title'), evidenceIds: formList(body, 'evidenceIds') };
    const created = await c.var.useCases.showcases.create(g.session, values);
    if (created.ok) return c.redirect('/me/showcases?ok=showcaseCreated', 303);
    if (created.error.kind === 'invalid')
      return renderList(c, p, g.session, 400, toFieldErrors(p.lang, created.error.problems), values);
    return errorPage(c, p, created.error);
  })
  .post('/me/showcases/:id/revoke', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const revoked = await c.var.useCases.showcases.revoke(g.session, c.req.param('id'));
    if (!revoked.ok) return errorPage(c, p, revoked.error);
    return c.redirect('/me/showcases?ok=linkRevoked', 303);
  })
  .get('/s/:slug', async (c) => {
    const p = await pageContext(c);
    const opened = await c.var.useCases.showcases.open(c.req.param('slug'));
    if (!opened.ok) return errorPage(c, p, opened.error);
    const showcase = opened.value;
    // A capability link: keep it out of caches and referrers.
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    const badges = await c.var.useCases.credentials.inForce(
      showcase?.entries.map((e) => e.evidence.id) ?? [],
    );
    if (!badges.ok) return errorPage(c, p, badges.error);
    const withCredential = badges.value;
    return c.html(
      <PublicShowcasePage
        p={p}
        showcase={showcase}
        slug={c.req.param('slug')}
        withCredential={withCredential}
      />,
      showcase ? 200 : 404,
    );
  });
