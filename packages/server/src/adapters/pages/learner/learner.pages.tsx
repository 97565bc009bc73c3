/**
 * The graduate's pages: home, log evidence, ledger and one entry (ask for attestation, revoke),
 * profile, matches, gaps, consent, export. Every read and write goes through the same core
 * services (and the same access policy and zod schemas) as the API.
 */
import {
  buildAccountExport,
  type Db,
  DomainError,
  decide,
  depositEvidence,
  type Evidence,
  evidenceInputSchema,
  evidenceSubject,
  getAccounts,
  getConsent,
  getEvidence,
  getProfile,
  listActiveEvidence,
  listAllEvidence,
  listAttestationRequests,
  listAttesters,
  requestAttestation,
  revokeEvidence,
  runInTransaction,
  setConsent,
  todayUtc,
  verifyStoredLedger,
} from '@skillbank/core';
import { type Context, Hono } from 'hono';
import { toMatcherEvidence } from '../../../matching/matcher-evidence.js';
import { attestationRequestBody } from '../../http/attestations/attestations.schema.js';
import type { AppEnv } from '../../http/env.js';
import { revokeBody } from '../../http/evidence/evidence.schema.js';
import { consentBody } from '../../http/learners/learners.schema.js';
import { type FieldErrors, formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type Gate, gate, type PageContext, pageContext } from '../page-context.js';
import { forbiddenPage, notFoundPage } from '../page-errors.js';
import { ConsentPage } from './consent.page.js';
import { EvidenceDetailPage } from './evidence-detail.page.js';
import { emptyEvidenceForm, readEvidenceForm, toEvidenceInput } from './evidence-form.js';
import { EvidenceNewPage } from './evidence-new.page.js';
import { GapsPage } from './gaps.page.js';
import { LearnerHomePage } from './home.page.js';
import { LedgerPage } from './ledger.page.js';
import { MatchesPage } from './matches.page.js';
import { ProfilePage } from './profile.page.js';

type C = Context<AppEnv>;

/** "name · organisation" of the attesters who signed any of the evidence, by id. */
async function attesterNames(db: Db, evidence: readonly Evidence[]): Promise<Map<string, string>> {
  const ids = evidence.flatMap((e) => e.attestations.map((a) => a.attesterId));
  return new Map(
    (await getAccounts(db, ids)).map((a) => [
      a.id,
      a.organisation ? `${a.name} · ${a.organisation}` : a.name,
    ]),
  );
}

async function learner(c: C): Promise<{ p: PageContext; g: Gate }> {
  const p = await pageContext(c);
  return { p, g: gate(c, p, ['learner'], (msg) => forbiddenPage(c, p, msg)) };
}

/** The latest date a form may offer: tomorrow (UTC), as the evidence service allows. */
const maxDate = () => todayUtc(new Date(Date.now() + 24 * 3600 * 1000));

function matchesOf(c: C, evidence: Awaited<ReturnType<typeof listActiveEvidence>>, limit: number) {
  return c.var.deps.matcher.match(toMatcherEvidence(evidence), { limit, asOf: todayUtc() });
}

async function renderEvidenceDetail(
  c: C,
  p: PageContext,
  id: string,
  status = 200,
  errors: FieldErrors = {},
  values: Record<string, string> = {},
  alert: string | null = null,
) {
  const me = p.session?.account;
  if (!me) return notFoundPage(c, p);
  const db = c.var.deps.db;
  if (decide(me, 'evidence:read-withdrawn', await evidenceSubject(db, me, id)).effect !== 'allow')
    return notFoundPage(c, p);
  const evidence = await getEvidence(db, id);
  if (!evidence) return notFoundPage(c, p);
  const [requests, attesters, names] = await Promise.all([
    listAttestationRequests(db, { learnerId: me.id }, { limit: 100, offset: 0 }),
    listAttesters(db),
    attesterNames(db, [evidence]),
  ]);
  return c.html(
    <EvidenceDetailPage
      p={p}
      evidence={evidence}
      requests={requests.items.filter((r) => r.evidenceId === id)}
      attesters={attesters}
      names={names}
      errors={errors}
      values={values}
      alert={alert}
    />,
    status as 200,
  );
}

export const learnerPages = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const db = c.var.deps.db;
    const id = g.session.account.id;
    const [evidence, profile, consent, active] = await Promise.all([
      listAllEvidence(db, id),
      getProfile(db, id),
      getConsent(db, id),
      listActiveEvidence(db, id),
    ]);
    const matches = active.length > 0 ? matchesOf(c, active, 3).matches : [];
    return c.html(
      <LearnerHomePage p={p} evidence={evidence} profile={profile} consent={consent} matches={matches} />,
    );
  })
  .get('/me/evidence/new', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    return c.html(<EvidenceNewPage p={p} values={emptyEvidenceForm()} errors={{}} today={maxDate()} />);
  })
  .post('/me/evidence/new', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const values = readEvidenceForm(await readForm(c));
    const { input, fieldName } = toEvidenceInput(values);
    const parsed = evidenceInputSchema.safeParse(input);
    const again = (errors: FieldErrors) =>
      c.html(<EvidenceNewPage p={p} values={values} errors={errors} today={maxDate()} />, 400);
    if (!parsed.success) return again(zodFieldErrors(p.lang, parsed.error, fieldName));
    const { db, taxonomy } = c.var.deps;
    try {
      const evidence = await runInTransaction(db, (trx) =>
        depositEvidence(trx, parsed.data, { learnerId: g.session.account.id, taxonomyId: taxonomy.id }),
      );
      return c.redirect(`/me/evidence/${evidence.id}?ok=deposited`, 303);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'invalid')
        return again(toFieldErrors(p.lang, error.problems, fieldName));
      throw error;
    }
  })
  .get('/me/evidence', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const db = c.var.deps.db;
    const id = g.session.account.id;
    const [evidence, verification] = await Promise.all([listAllEvidence(db, id), verifyStoredLedger(db, id)]);
    const attesters = await attesterNames(db, evidence);
    return c.html(<LedgerPage p={p} evidence={evidence} verification={verification} attesters={attesters} />);
  })
  .get('/me/evidence/:id', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    return renderEvidenceDetail(c, p, c.req.param('id'));
  })
  .post('/me/evidence/:id/attestation-requests', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const me = g.session.account;
    const db = c.var.deps.db;
    const decision = decide(me, 'evidence:request-attestation', await evidenceSubject(db, me, id));
    if (decision.effect !== 'allow') return notFoundPage(c, p);
    const body = await readForm(c);
    const values = { attesterId: formText(body, 'attesterId'), message: formText(body, 'message') };
    const parsed = attestationRequestBody.safeParse({
      attesterId: values.attesterId,
      ...(values.message.trim() ? { message: values.message } : {}),
    });
    if (!parsed.success)
      return renderEvidenceDetail(c, p, id, 400, zodFieldErrors(p.lang, parsed.error), values);
    try {
      await runInTransaction(db, (trx) =>
        requestAttestation(trx, id, {
          attesterId: parsed.data.attesterId,
          message: parsed.data.message ?? null,
        }),
      );
    } catch (error) {
      if (error instanceof DomainError && error.code !== 'not_found') {
        const errors = error.problems.length ? toFieldErrors(p.lang, error.problems) : {};
        return renderEvidenceDetail(
          c,
          p,
          id,
          error.code === 'invalid' ? 400 : 409,
          errors,
          values,
          error.problems.length ? null : error.message,
        );
      }
      throw error;
    }
    return c.redirect(`/me/evidence/${id}?ok=askSent`, 303);
  })
  .post('/me/evidence/:id/revoke', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const me = g.session.account;
    const db = c.var.deps.db;
    if (decide(me, 'evidence:revoke', await evidenceSubject(db, me, id)).effect !== 'allow')
      return notFoundPage(c, p);
    const reason = formText(await readForm(c), 'reason');
    const parsed = revokeBody.safeParse(reason.trim() ? { reason } : {});
    if (!parsed.success)
      return renderEvidenceDetail(c, p, id, 400, zodFieldErrors(p.lang, parsed.error), { reason });
    try {
      await runInTransaction(db, (trx) => revokeEvidence(trx, id, { reason: parsed.data.reason ?? null }));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'conflict')
        return renderEvidenceDetail(c, p, id, 409, {}, {}, error.message);
      throw error;
    }
    return c.redirect(`/me/evidence/${id}?ok=revokedDone`, 303);
  })
  .get('/me/profile', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const db = c.var.deps.db;
    const id = g.session.account.id;
    const [profile, evidence] = await Promise.all([getProfile(db, id), listAllEvidence(db, id)]);
    return c.html(<ProfilePage p={p} profile={profile} evidence={evidence} />);
  })
  .get('/me/matches', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const active = await listActiveEvidence(c.var.deps.db, g.session.account.id);
    return c.html(<MatchesPage p={p} result={matchesOf(c, active, 10)} evidence={active} />);
  })
  .get('/me/gaps', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const code = (c.req.query('occupation') ?? '').trim();
    const active = await listActiveEvidence(c.var.deps.db, g.session.account.id);
    const report = code
      ? c.var.deps.matcher.gaps(toMatcherEvidence(active), code, { asOf: todayUtc() })
      : null;
    return c.html(
      <GapsPage p={p} code={code} report={report} evidence={active} />,
      code && !report ? 404 : 200,
    );
  })
  .get('/me/consent', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const consent = await getConsent(c.var.deps.db, g.session.account.id);
    return c.html(<ConsentPage p={p} consent={consent} />);
  })
  .post('/me/consent', async (c) => {
    const { p, g } = await learner(c);
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const parsed = consentBody.safeParse({
      discoverableByEmployers: formText(body, 'discoverableByEmployers') === 'true',
      advisorsCanSeeEvidence: formText(body, 'advisorsCanSeeEvidence') === 'true',
    });
    if (!parsed.success) return forbiddenPage(c, p, p.m.badRequestTitle);
    await runInTransaction(c.var.deps.db, (trx) => setConsent(trx, g.session.account.id, parsed.data));
    return c.redirect('/me/consent?ok=saved', 303);
  })
  .get('/me/export', async (c) => {
    const { g } = await learner(c);
    if (!g.ok) return g.response;
    const id = g.session.account.id;
    const doc = await buildAccountExport(c.var.deps.db, id);
    c.header('Content-Disposition', `attachment; filename="skillbank-export-${id}.json"`);
    c.header('Cache-Control', 'no-store');
    return c.json(doc, 200);
  });
