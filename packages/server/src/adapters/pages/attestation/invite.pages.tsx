/** `/attest/{code}`: an attester opens the link a graduate sent, sees what it is about, and accepts it. */
import { isAttesterRole } from '@skillbank/core';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorDetail, errorPage } from '../page-errors.js';
import { InvitePage } from './invite.page.js';

type Preview = { learnerName: string; evidenceTitle: string; expiresAt: string };

export const invitePages = new Hono<AppEnv>()
  .get('/attest/:code', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const code = c.req.param('code');
    const render = (status: 200 | 403 | 404, preview: Preview | null, problem: string | null) =>
      c.html(<InvitePage p={p} code={code} preview={preview} problem={problem} />, status);
    if (!isAttesterRole(g.session.account.role)) return render(403, null, p.m.attPageNotForYou);
    const found = await c.var.useCases.attestations.previewInvite(code);
    if (!found.ok) return errorPage(c, p, found.error);
    const preview = found.value;
    if (preview?.invite.status !== 'open' || !preview.evidenceTitle)
      return render(404, null, p.m.attPageGone);
    return render(
      200,
      {
        learnerName: preview.learnerName,
        evidenceTitle: preview.evidenceTitle,
        expiresAt: preview.invite.expiresAt,
      },
      null,
    );
  })
  .post('/attest/:code', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const code = c.req.param('code');
    const claimed = await c.var.useCases.attestations.claimInvite(g.session, code);
    if (claimed.ok) return c.redirect(`/inbox?ok=attClaimed#req-${claimed.value.id}`, 303);
    const problem = (q: PageContext) =>
      claimed.ok
        ? null
        : claimed.error.kind === 'invalid'
          ? q.m.attPageGone
          : (errorDetail(q, claimed.error) ?? null);
    if (claimed.error.kind === 'invalid' || claimed.error.kind === 'conflict')
      return c.html(
        <InvitePage p={p} code={code} preview={null} problem={problem(p)} />,
        claimed.error.kind === 'invalid' ? 400 : 409,
      );
    return errorPage(c, p, claimed.error);
  });
