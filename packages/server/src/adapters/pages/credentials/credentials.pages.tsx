/**
 * Open Badges on the web: the public verify page, and credential downloads for the graduate's
 * ledger (their session) and for a public showcase (its capability link).
 */
import { type Context, Hono } from 'hono';
import { fieldText } from '../../../messages/index.js';
import type { AppEnv } from '../../http/env.js';
import { pageContext, signedInPage } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import { VerifyPage, type VerifyResult } from './verify.page.js';

type C = Context<AppEnv>;

/** Sends a credential as a file download, JSON-LD or (`?format=jwt`) VC-JWT. */
function download(c: C, name: string, credential: { document: object; jwt: string }) {
  c.header('Cache-Control', 'no-store');
  if (c.req.query('format') === 'jwt') {
    return c.body(credential.jwt, 200, {
      'content-type': 'application/vc+jwt',
      'content-disposition': `attachment; filename="${name}.jwt"`,
    });
  }
  return c.body(JSON.stringify(credential.document, null, 2), 200, {
    'content-type': 'application/vc+ld+json; charset=utf-8',
    'content-disposition': `attachment; filename="${name}.json"`,
  });
}

/** The credential text from the form: the uploaded file, else the pasted text. */
async function submitted(c: C): Promise<string> {
  const body = await c.req.parseBody();
  const file = body.file;
  if (file instanceof File && file.size > 0) return (await file.text()).trim();
  return typeof body.credential === 'string' ? body.credential.trim() : '';
}

export const credentialPages = new Hono<AppEnv>()
  .get('/verify', async (c) => {
    const p = await pageContext(c);
    return c.html(<VerifyPage p={p} result={{ kind: 'none' }} text="" />);
  })
  .post('/verify', async (c) => {
    const p = await pageContext(c);
    const text = await submitted(c);
    const outcome = await c.var.useCases.credentials.verify(text);
    let result: VerifyResult;
    if (outcome.ok) result = { kind: 'checked', verification: outcome.value };
    else if (outcome.error.kind === 'invalid')
      result = {
        kind: 'malformed',
        reasons: outcome.error.problems.map((e) => `${e.path}: ${fieldText(p.lang, e)}`),
      };
    else return errorPage(c, p, outcome.error);
    return c.html(<VerifyPage p={p} result={result} text={text} />, result.kind === 'malformed' ? 400 : 200);
  })
  .get('/me/evidence/:id/credential', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const found = await c.var.useCases.credentials.ofEvidence(g.session, id);
    if (!found.ok) return errorPage(c, p, found.error);
    return download(c, `open-badge-${id}`, found.value);
  })
  .get('/me/credentials', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const bundle = await c.var.useCases.credentials.bundle(g.session, g.session.account.id);
    if (!bundle.ok) return errorPage(c, p, bundle.error);
    c.header('Cache-Control', 'no-store');
    return c.body(JSON.stringify(bundle.value, null, 2), 200, {
      'content-type': 'application/vp+ld+json; charset=utf-8',
      'content-disposition': 'attachment; filename="open-badges.json"',
    });
  })
  .get('/s/:slug/credentials/:evidenceId', async (c) => {
    const p = await pageContext(c);
    const evidenceId = c.req.param('evidenceId');
    const found = await c.var.useCases.credentials.fromShowcase(c.req.param('slug'), evidenceId);
    if (!found.ok) return errorPage(c, p, found.error);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
    return download(c, `open-badge-${evidenceId}`, found.value);
  });
