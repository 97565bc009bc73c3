/** The attester's inbox (employers, advisors): requests to vouch for evidence, and signing them. */
import { type Context, Hono } from 'hono';
import type { Caller } from '../../../use-cases/index.js';
import { attestationBody } from '../../http/attestations/attestations.schema.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formText, readForm, zodFieldErrors } from '../forms/fields.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorDetail, errorPage } from '../page-errors.js';
import { InboxPage } from './inbox.page.js';

type C = Context<AppEnv>;

async function renderInbox(
  c: C,
  p: PageContext,
  caller: Caller,
  status: 200 | 400 | 409 = 200,
  form: {
    requestId: string;
    errors: FieldErrors;
    values: Record<string, string>;
    alert: string | null;
  } | null = null,
) {
  const inbox = await c.var.useCases.attestations.inbox(caller);
  if (!inbox.ok) return errorPage(c, p, inbox.error);
  const { requests, evidence } = inbox.value;
  return c.html(<InboxPage p={p} requests={requests} evidence={evidence} form={form} />, status);
}

export const inboxPages = new Hono<AppEnv>()
  .get('/inbox', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    return renderInbox(c, p, g.session);
  })
  .post('/inbox/:evidenceId/sign', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('evidenceId');
    const body = await readForm(c);
    const values = { statement: formText(body, 'statement'), level: formText(body, 'level') };
    const parsed = attestationBody.safeParse({
      ...(values.statement.trim() ? { statement: values.statement } : {}),
      ...(values.level ? { level: Number(values.level) } : {}),
    });
    const requestId = formText(body, 'requestId');
    if (!parsed.success)
      return renderInbox(c, p, g.session, 400, {
        requestId,
        errors: zodFieldErrors(p.lang, parsed.error),
        values,
        alert: null,
      });
    const signed = await c.var.useCases.attestations.attest(g.session, id, parsed.data);
    if (signed.ok) return c.redirect('/inbox?ok=signedDone', 303);
    if (signed.error.kind === 'conflict')
      return renderInbox(c, p, g.session, 409, {
        requestId,
        errors: {},
        values,
        alert: errorDetail(p, signed.error) ?? null,
      });
    return errorPage(c, p, signed.error);
  });
