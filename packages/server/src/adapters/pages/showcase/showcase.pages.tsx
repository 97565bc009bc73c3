/** Showcases (炫技分享): the graduate's list, create, change what it shows and revoke; the public, re-verified page. */
import type { ShowcaseSettings } from '@skillbank/core';
import { type Context, Hono } from 'hono';
import type { Caller } from '../../../use-cases/index.js';
import type { AppEnv } from '../../http/env.js';
import {
  type FieldErrors,
  type FormBody,
  formList,
  formText,
  readForm,
  toFieldErrors,
} from '../forms/fields.js';
import { type PageContext, pageContext, signedInPage } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import { qrCodeSvg } from './qr-code.js';
import { PublicShowcasePage, type ShowcaseFormValues, ShowcasesPage } from './showcase.page.js';

type C = Context<AppEnv>;

function readSettings(body: FormBody): Partial<ShowcaseSettings> {
  return {
    displayName: formText(body, 'displayName'),
    school: formText(body, 'school'),
    field: formText(body, 'field'),
    showSummary: formText(body, 'showSummary') === '1',
    showBestFits: formText(body, 'showBestFits') === '1',
  };
}

async function renderList(
  c: C,
  p: PageContext,
  caller: Caller,
  status: 200 | 400 = 200,
  errors: FieldErrors = {},
  values: ShowcaseFormValues = {},
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
    const values = {
      title: formText(body, 'title'),
      evidenceIds: formList(body, 'evidenceIds'),
      settings: readSettings(body),
    };
    const created = await c.var.useCases.showcases.create(g.session, values);
    if (created.ok) return c.redirect('/me/showcases?ok=showcaseCreated', 303);
    if (created.error.kind === 'invalid')
      return renderList(c, p, g.session, 400, toFieldErrors(p.lang, created.error.problems), values);
    return errorPage(c, p, created.error);
  })
  .post('/me/showcases/:id/settings', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const settings = readSettings(await readForm(c));
    const saved = await c.var.useCases.showcases.updateSettings(g.session, c.req.param('id'), settings);
    if (saved.ok) return c.redirect('/me/showcases?ok=scSettingsSaved', 303);
    if (saved.error.kind === 'invalid')
      return renderList(c, p, g.session, 400, toFieldErrors(p.lang, saved.error.problems));
    return errorPage(c, p, saved.error);
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
    const slug = c.req.param('slug');
    const opened = await c.var.useCases.showcases.open(slug);
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
    const url = `${new URL(c.req.url).origin}/s/${slug}`;
    return c.html(
      <PublicShowcasePage
        p={p}
        showcase={showcase}
        slug={slug}
        url={url}
        qrSvg={showcase ? await qrCodeSvg(url) : ''}
        withCredential={badges.value}
      />,
      showcase ? 200 : 404,
    );
  });
