/**
 * The graduate's pages: home, log evidence, ledger and one entry (ask for attestation, revoke),
 * profile, matches, gaps, consent, export. Every read and write goes through the same core
 * services (and the same access policy and zod schemas) as the API.
 */
import { type Context, Hono } from 'hono';
import type { Recommendations } from '../../../learning/recommendations.js';
import type { Caller } from '../../../use-cases/index.js';
import {
  attestationAnswerBody,
  attestationInviteBody,
  attestationRequestBody,
} from '../../http/attestations/attestations.schema.js';
import type { AppEnv } from '../../http/env.js';
import { revokeBody } from '../../http/evidence/evidence.schema.js';
import { consentBody } from '../../http/learners/learners.schema.js';
import { attachmentsFromLines } from '../attestation/request-thread.js';
import { type FieldErrors, formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorDetail, errorPage, forbiddenPage } from '../page-errors.js';
import { ConsentPage } from './consent.page.js';
import { EvidenceDetailPage } from './evidence-detail.page.js';
import { type GapsChoices, GapsPage } from './gaps.page.js';
import { LearnerHomePage } from './home.page.js';
import { LedgerPage } from './ledger.page.js';
import { MatchesPage } from './matches.page.js';
import { ProfilePage } from './profile.page.js';

type C = Context<AppEnv>;

async function renderEvidenceDetail(
  c: C,
  p: PageContext,
  caller: Caller,
  id: string,
  status: 200 | 400 | 409 = 200,
  errors: FieldErrors = {},
  values: Record<string, string> = {},
  alert: string | null = null,
) {
  const detail = await c.var.useCases.evidence.detail(caller, id);
  if (!detail.ok) return errorPage(c, p, detail.error);
  const { evidence, requests, attesters, names, invites } = detail.value;
  return c.html(
    <EvidenceDetailPage
      p={p}
      evidence={evidence}
      requests={requests}
      attesters={attesters}
      invites={invites}
      origin={new URL(c.req.url).origin}
      names={names}
      errors={errors}
      values={values}
      alert={alert}
    />,
    status,
  );
}

export const learnerPages = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const home = await c.var.useCases.learners.home(g.session);
    if (!home.ok) return errorPage(c, p, home.error);
    return c.html(<LearnerHomePage p={p} {...home.value} />);
  })
  .get('/me/evidence', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const ledger = await c.var.useCases.evidence.ledger(g.session);
    if (!ledger.ok) return errorPage(c, p, ledger.error);
    return c.html(<LedgerPage p={p} {...ledger.value} />);
  })
  .get('/me/evidence/:id', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    return renderEvidenceDetail(c, p, g.session, c.req.param('id'));
  })
  .post('/me/evidence/:id/attestation-requests', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const body = await readForm(c);
    const values = { attesterId: formText(body, 'attesterId'), message: formText(body, 'message') };
    const parsed = attestationRequestBody.safeParse({
      attesterId: values.attesterId,
      ...(values.message.trim() ? { message: values.message } : {}),
    });
    if (!parsed.success)
      return renderEvidenceDetail(c, p, g.session, id, 400, zodFieldErrors(p.lang, parsed.error), values);
    const asked = await c.var.useCases.attestations.request(g.session, id, parsed.data);
    if (asked.ok) return c.redirect(`/me/evidence/${id}?ok=askSent`, 303);
    const { error } = asked;
    if (error.kind === 'invalid')
      return renderEvidenceDetail(c, p, g.session, id, 400, toFieldErrors(p.lang, error.problems), values);
    if (error.kind === 'conflict')
      return renderEvidenceDetail(c, p, g.session, id, 409, {}, values, errorDetail(p, error) ?? null);
    return errorPage(c, p, error);
  })
  .post('/me/evidence/:id/attestation-invites', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const values = { invite: '1', message: formText(await readForm(c), 'message') };
    const parsed = attestationInviteBody.safeParse(values.message.trim() ? { message: values.message } : {});
    if (!parsed.success)
      return renderEvidenceDetail(c, p, g.session, id, 400, zodFieldErrors(p.lang, parsed.error), values);
    const made = await c.var.useCases.attestations.invite(g.session, id, parsed.data);
    if (made.ok) return c.redirect(`/me/evidence/${id}?ok=attInviteMade#invites`, 303);
    if (made.error.kind === 'conflict')
      return renderEvidenceDetail(c, p, g.session, id, 409, {}, values, errorDetail(p, made.error) ?? null);
    return errorPage(c, p, made.error);
  })
  .post('/me/attestation-requests/:requestId/answer', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const requestId = c.req.param('requestId');
    const request = await c.var.useCases.attestations.get(g.session, requestId);
    if (!request.ok) return errorPage(c, p, request.error);
    const evidenceId = request.value.evidenceId;
    const body = await readForm(c);
    const values = { requestId, text: formText(body, 'text'), attachments: formText(body, 'attachments') };
    const attachments = attachmentsFromLines(values.attachments);
    const parsed = attestationAnswerBody.safeParse({
      text: values.text,
      ...(attachments.length > 0 ? { attachments } : {}),
    });
    // Any problem in one attachment line is the attachments field's.
    const again = (status: 400 | 409, errors: FieldErrors, alert: string | null = null) =>
      renderEvidenceDetail(c, p, g.session, evidenceId, status, errors, values, alert);
    if (!parsed.success)
      return again(
        400,
        zodFieldErrors(p.lang, parsed.error, (path) => path.split('.')[0] ?? path),
      );
    const moved = await c.var.useCases.attestations.move(g.session, requestId, 'answer', parsed.data);
    if (moved.ok) return c.redirect(`/me/evidence/${evidenceId}?ok=attAnswered#req-${requestId}`, 303);
    if (moved.error.kind === 'conflict') return again(409, {}, errorDetail(p, moved.error) ?? null);
    return errorPage(c, p, moved.error);
  })
  .post('/me/evidence/:id/revoke', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const reason = formText(await readForm(c), 'reason');
    const parsed = revokeBody.safeParse(reason.trim() ? { reason } : {});
    if (!parsed.success)
      return renderEvidenceDetail(c, p, g.session, id, 400, zodFieldErrors(p.lang, parsed.error), { reason });
    const revoked = await c.var.useCases.evidence.revoke(g.session, id, parsed.data);
    if (revoked.ok) return c.redirect(`/me/evidence/${id}?ok=revokedDone`, 303);
    if (revoked.error.kind === 'conflict')
      return renderEvidenceDetail(c, p, g.session, id, 409, {}, {}, errorDetail(p, revoked.error) ?? null);
    return errorPage(c, p, revoked.error);
  })
  .get('/me/profile', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const own = await c.var.useCases.learners.ownProfile(g.session);
    if (!own.ok) return errorPage(c, p, own.error);
    return c.html(<ProfilePage p={p} {...own.value} />);
  })
  .get('/me/matches', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const own = await c.var.useCases.matching.ownMatches(g.session, { limit: 10 });
    if (!own.ok) return errorPage(c, p, own.error);
    // The best offering or two for each of the five best matches (scoring a handful of candidates each).
    const recommended = new Map<string, Recommendations>();
    for (const match of own.value.result.matches.slice(0, 5)) {
      const r = await c.var.useCases.learning.recommendations(g.session, g.session.account.id, {
        occupation: match.code,
        limit: 2,
        maxEvaluated: 20,
      });
      if (r.ok && r.value.items.length > 0) recommended.set(match.code, r.value);
    }
    return c.html(<MatchesPage p={p} {...own.value} recommended={recommended} />);
  })
  .get('/me/gaps', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const asked = (c.req.query('occupation') ?? '').trim().slice(0, 200);
    // A code shows that occupation's gaps; other text searches occupations to choose from.
    const code = asked && p.scheme.isOccupationCode(asked) ? asked : '';
    const own = await c.var.useCases.matching.ownGaps(g.session, code);
    if (!own.ok) return errorPage(c, p, own.error);
    const { report, evidence } = own.value;
    let choices: GapsChoices | null = null;
    if (!code) {
      const [best, found] = await Promise.all([
        c.var.useCases.matching.ownMatches(g.session, { limit: 5 }),
        asked ? c.var.useCases.occupations.search({ q: asked, limit: 10, offset: 0 }) : Promise.resolve(null),
      ]);
      if (!best.ok) return errorPage(c, p, best.error);
      if (found && !found.ok) return errorPage(c, p, found.error);
      choices = {
        matches: best.value.result.matches,
        search: found ? { q: asked, items: found.value.items } : null,
      };
    }
    const recommended = report
      ? await c.var.useCases.learning.recommendations(g.session, g.session.account.id, { occupation: code })
      : null;
    return c.html(
      <GapsPage
        p={p}
        code={code || asked}
        report={report}
        choices={choices}
        evidence={evidence}
        recommended={recommended?.ok ? recommended.value : null}
      />,
      code && !report ? 404 : 200,
    );
  })
  .get('/me/consent', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const consent = await c.var.useCases.consent.get(g.session, g.session.account.id);
    if (!consent.ok) return errorPage(c, p, consent.error);
    return c.html(<ConsentPage p={p} consent={consent.value} />);
  })
  .post('/me/consent', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const parsed = consentBody.safeParse({
      discoverableByEmployers: formText(body, 'discoverableByEmployers') === 'true',
      advisorsCanSeeEvidence: formText(body, 'advisorsCanSeeEvidence') === 'true',
    });
    if (!parsed.success) return forbiddenPage(c, p, p.m.badRequestTitle);
    const saved = await c.var.useCases.consent.set(g.session, g.session.account.id, parsed.data);
    if (!saved.ok) return errorPage(c, p, saved.error);
    return c.redirect('/me/consent?ok=saved', 303);
  })
  .get('/me/export', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const id = g.session.account.id;
    const doc = await c.var.useCases.learners.export(g.session, id);
    if (!doc.ok) return errorPage(c, p, doc.error);
    c.header('Content-Disposition', `attachment; filename="skillbank-export-${id}.json"`);
    c.header('Cache-Control', 'no-store');
    return c.json(doc.value, 200);
  });
