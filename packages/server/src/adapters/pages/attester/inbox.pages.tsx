/** The attester's inbox (employers, advisors): requests to vouch for evidence; signing, asking for more, declining; accepting an invite. */
import { type Context, Hono } from 'hono';
import type { Caller } from '../../../use-cases/index.js';
import {
  attestationBody,
  attestationDeclineBody,
  attestationInviteClaimBody,
  attestationQuestionBody,
} from '../../http/attestations/attestations.schema.js';
import type { AppEnv } from '../../http/env.js';
import { formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorDetail, errorPage } from '../page-errors.js';
import { type InboxForm, InboxPage } from './inbox.page.js';

type C = Context<AppEnv>;

async function renderInbox(
  c: C,
  p: PageContext,
  caller: Caller,
  status: 200 | 400 | 409 = 200,
  form: InboxForm | null = null,
) {
  const inbox = await c.var.useCases.attestations.inbox(caller);
  if (!inbox.ok) return errorPage(c, p, inbox.error);
  const { requests, evidence } = inbox.value;
  return c.html(<InboxPage p={p} requests={requests} evidence={evidence} form={form} />, status);
}

/** Asking for more or declining: one text field, one move. */
function moveHandler(move: 'ask' | 'decline') {
  const field = move === 'ask' ? 'question' : 'reason';
  const schema = move === 'ask' ? attestationQuestionBody : attestationDeclineBody;
  return async (c: C) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const requestId = c.req.param('requestId') ?? '';
    const values = { [field]: formText(await readForm(c), field) };
    const parsed = schema.safeParse(values);
    const again = (status: 400 | 409, form: Partial<InboxForm>) =>
      renderInbox(c, p, g.session, status, {
        requestId,
        form: move,
        errors: {},
        values,
        alert: null,
        ...form,
      });
    if (!parsed.success) return again(400, { errors: zodFieldErrors(p.lang, parsed.error) });
    const moved = await c.var.useCases.attestations.move(g.session, requestId, move, {
      text: values[field] ?? '',
    });
    if (moved.ok) return c.redirect(`/inbox?ok=${move === 'ask' ? 'attAsked' : 'attDeclinedDone'}`, 303);
    if (moved.error.kind === 'conflict') return again(409, { alert: errorDetail(p, moved.error) ?? null });
    return errorPage(c, p, moved.error);
  };
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
        form: 'sign',
        errors: zodFieldErrors(p.lang, parsed.error),
        values,
        alert: null,
      });
    const signed = await c.var.useCases.attestations.attest(g.session, id, parsed.data);
    if (signed.ok) return c.redirect('/inbox?ok=signedDone', 303);
    if (signed.error.kind === 'conflict')
      return renderInbox(c, p, g.session, 409, {
        requestId,
        form: 'sign',
        errors: {},
        values,
        alert: errorDetail(p, signed.error) ?? null,
      });
    return errorPage(c, p, signed.error);
  })
  .post('/inbox/requests/:requestId/ask', moveHandler('ask'))
  .post('/inbox/requests/:requestId/decline', moveHandler('decline'))
  .post('/inbox/claim', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const values = { code: formText(await readForm(c), 'code') };
    const again = (status: 400 | 409, form: Partial<InboxForm>) =>
      renderInbox(c, p, g.session, status, {
        requestId: '',
        form: 'claim',
        errors: {},
        values,
        alert: null,
        ...form,
      });
    const parsed = attestationInviteClaimBody.safeParse(values);
    if (!parsed.success) return again(400, { errors: zodFieldErrors(p.lang, parsed.error) });
    const claimed = await c.var.useCases.attestations.claimInvite(g.session, parsed.data.code);
    if (claimed.ok) return c.redirect(`/inbox?ok=attClaimed#req-${claimed.value.id}`, 303);
    if (claimed.error.kind === 'invalid')
      return again(400, { errors: toFieldErrors(p.lang, claimed.error.problems) });
    if (claimed.error.kind === 'conflict')
      return again(409, { errors: { code: errorDetail(p, claimed.error) ?? '' } });
    return errorPage(c, p, claimed.error);
  });
