/**
 * The hiring loop's pages. Graduates: roles for me (ranked, filtered), one role (met and missing,
 * interest), who saw me (with one-click withdrawal per employer). Employers: role details and
 * lifecycle, a candidate's card and decisions. Both: messages (inbox and conversations). Every
 * read and write goes through the same use cases as the API.
 */
import {
  CANDIDATE_STATES,
  type CandidateState,
  decideOnResource,
  getAccount,
  getRole,
  ROLE_MODES,
  type RoleMode,
  roleSubject,
} from '@skillbank/core';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { editRoleBody } from '../../http/roles/roles.schema.js';
import { type FieldErrors, formText, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type Gate, type PageContext, signedInPage } from '../page-context.js';
import { errorPage, notFoundPage } from '../page-errors.js';
import { CandidateCardPage } from './candidate-card.page.js';
import { ConversationPage, InboxPage } from './conversations.page.js';
import { type RoleFilterValues, RoleForMePage, RolesForMePage } from './learner-roles.page.js';
import { detailsValuesOf, RoleDetailsPage, type RoleDetailsValues } from './role-details.page.js';
import { groupByEmployer, WhoSawMePage } from './who-saw-me.page.js';

type C = Context<AppEnv>;

/** Pages check sign-in only; the use cases' policy decides who may see what (and says who a page is for). */
const only = (c: C, _for: readonly string[]): Promise<{ p: PageContext; g: Gate }> => signedInPage(c);

/** The caller's role for editing (the access policy's `role:update`), or `null`. */
async function ownRole(c: C, g: Extract<Gate, { ok: true }>, id: string) {
  const subject = await roleSubject(c.var.deps.db, id);
  if (decideOnResource(g.session.account, 'role:update', subject).effect !== 'allow') return null;
  return getRole(c.var.deps.db, id);
}

const isMode = (v: string): v is RoleMode => (ROLE_MODES as readonly string[]).includes(v);

/** The details form as the API's edit body: empty fields clear, the salary band is monthly. */
function detailsEdit(v: RoleDetailsValues) {
  const min = v.salaryMin.trim();
  const max = v.salaryMax.trim();
  return {
    title: v.title,
    city: v.city.trim() === '' ? null : v.city,
    mode: v.mode === '' ? null : v.mode,
    salaryBand:
      min === '' && max === ''
        ? null
        : { minYuan: Number(min || max), maxYuan: Number(max || min), period: 'month' },
    closesOn: v.closesOn === '' ? null : v.closesOn,
  };
}

/** A field path of the edit body as the form names it. */
const formField = (path: string) =>
  path.startsWith('salaryBand')
    ? path.endsWith('maxYuan')
      ? 'salaryMax'
      : 'salaryMin'
    : (path.split('.')[0] ?? path);

async function renderConversation(
  c: C,
  p: PageContext,
  g: Extract<Gate, { ok: true }>,
  roleId: string,
  learnerId: string,
  {
    value = '',
    errors = {},
    status = 200,
  }: { value?: string; errors?: FieldErrors; status?: 200 | 400 } = {},
) {
  const { useCases, deps } = c.var;
  const page = await useCases.conversations.list(g.session, roleId, learnerId, { afterSeq: 0, limit: 100 });
  if (!page.ok) return errorPage(c, p, page.error);
  const role = await getRole(deps.db, roleId);
  const learner = g.session.account.role === 'learner';
  const otherAccount = await getAccount(deps.db, learner ? (role?.employerId ?? '') : learnerId);
  const other = otherAccount ? (otherAccount.organisation ?? otherAccount.name) : '';
  return c.html(
    <ConversationPage
      p={p}
      title={p.m.conversationTitle(role?.title ?? '', other)}
      other={other}
      back={
        learner
          ? { href: `/me/roles/${roleId}`, label: role?.title ?? '' }
          : { href: '/messages', label: p.m.messagesTitle }
      }
      messages={page.value.items}
      canWrite={page.value.canWrite}
      value={value}
      errors={errors}
    />,
    status,
  );
}

export const hiringPages = new Hono<AppEnv>()
  // Graduates
  .get('/me/roles', async (c) => {
    const { p, g } = await only(c, ['learner']);
    if (!g.ok) return g.response;
    const mode = c.req.query('mode') ?? '';
    const filters: RoleFilterValues = {
      city: (c.req.query('city') ?? '').slice(0, 50),
      mode: isMode(mode) ? mode : '',
      digital: c.req.query('digital') === 'true',
      green: c.req.query('green') === 'true',
    };
    const page = await c.var.useCases.rolesForLearners.list(g.session, g.session.account.id, {
      limit: 50,
      offset: 0,
      ...(filters.city.trim() ? { city: filters.city } : {}),
      ...(filters.mode ? { mode: filters.mode } : {}),
      ...(filters.digital ? { digital: true } : {}),
      ...(filters.green ? { green: true } : {}),
    });
    if (!page.ok) return errorPage(c, p, page.error);
    return c.html(<RolesForMePage p={p} filters={filters} items={page.value.items} />);
  })
  .get('/me/roles/:id', async (c) => {
    const { p, g } = await only(c, ['learner']);
    if (!g.ok) return g.response;
    const detail = await c.var.useCases.rolesForLearners.detail(
      g.session,
      g.session.account.id,
      c.req.param('id'),
    );
    if (!detail.ok) return errorPage(c, p, detail.error);
    const employer = await getAccount(c.var.deps.db, detail.value.role.employerId);
    return c.html(
      <RoleForMePage
        p={p}
        detail={detail.value}
        employer={{ name: employer?.name ?? '', organisation: employer?.organisation ?? null }}
      />,
    );
  })
  .post('/me/roles/:id/interest', async (c) => {
    const { p, g } = await only(c, ['learner']);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const done = await c.var.useCases.interests.express(g.session, id);
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect(`/me/roles/${id}?ok=interestSaved`, 303);
  })
  .post('/me/roles/:id/withdraw', async (c) => {
    const { p, g } = await only(c, ['learner']);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const done = await c.var.useCases.interests.withdraw(g.session, id);
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect(`/me/roles/${id}?ok=interestWithdrawn`, 303);
  })
  .get('/me/disclosures', async (c) => {
    const { p, g } = await only(c, ['learner']);
    if (!g.ok) return g.response;
    const me = g.session.account.id;
    const record = await c.var.useCases.interests.whoSawMe(g.session, me);
    if (!record.ok) return errorPage(c, p, record.error);
    const { disclosures, interests, withdrawals } = record.value;
    return c.html(
      <WhoSawMePage p={p} groups={groupByEmployer(disclosures, interests)} withdrawals={withdrawals} />,
    );
  })
  .post('/me/disclosures/withdraw', async (c) => {
    const { p, g } = await only(c, ['learner']);
    if (!g.ok) return g.response;
    const employerId = formText(await readForm(c), 'employerId');
    const done = await c.var.useCases.interests.withdrawFromEmployer(
      g.session,
      g.session.account.id,
      employerId,
    );
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect('/me/disclosures?ok=employerWithdrawn', 303);
  })
  .post('/me/disclosures/allow', async (c) => {
    const { p, g } = await only(c, ['learner']);
    if (!g.ok) return g.response;
    const employerId = formText(await readForm(c), 'employerId');
    const done = await c.var.useCases.interests.allowEmployer(g.session, g.session.account.id, employerId);
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect('/me/disclosures?ok=employerAllowed', 303);
  })
  // Both sides
  .get('/messages', async (c) => {
    const { p, g } = await only(c, ['learner', 'employer']);
    if (!g.ok) return g.response;
    const inbox = await c.var.useCases.conversations.inbox(g.session);
    if (!inbox.ok) return errorPage(c, p, inbox.error);
    return c.html(<InboxPage p={p} {...inbox.value} />);
  })
  .get('/messages/:roleId/:learnerId', async (c) => {
    const { p, g } = await only(c, ['learner', 'employer']);
    if (!g.ok) return g.response;
    return renderConversation(c, p, g, c.req.param('roleId'), c.req.param('learnerId'));
  })
  .post('/messages/:roleId/:learnerId', async (c) => {
    const { p, g } = await only(c, ['learner', 'employer']);
    if (!g.ok) return g.response;
    const { roleId, learnerId } = c.req.param();
    const text = formText(await readForm(c), 'text');
    const sent = await c.var.useCases.conversations.send(g.session, roleId, learnerId, text);
    if (!sent.ok) {
      if (sent.error.kind !== 'invalid') return errorPage(c, p, sent.error);
      const errors = toFieldErrors(p.lang, sent.error.problems);
      return renderConversation(c, p, g, roleId, learnerId, { value: text, errors, status: 400 });
    }
    return c.redirect(`/messages/${roleId}/${learnerId}?ok=messageSent#compose`, 303);
  })
  // Employers
  .get('/roles/:id/details', async (c) => {
    const { p, g } = await only(c, ['employer']);
    if (!g.ok) return g.response;
    const role = await ownRole(c, g, c.req.param('id'));
    if (!role) return notFoundPage(c, p);
    return c.html(<RoleDetailsPage p={p} role={role} values={detailsValuesOf(role)} errors={{}} />);
  })
  .post('/roles/:id/details', async (c) => {
    const { p, g } = await only(c, ['employer']);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const role = await ownRole(c, g, id);
    if (!role) return notFoundPage(c, p);
    const form = await readForm(c);
    const values: RoleDetailsValues = {
      title: formText(form, 'title'),
      city: formText(form, 'city'),
      mode: formText(form, 'mode'),
      salaryMin: formText(form, 'salaryMin'),
      salaryMax: formText(form, 'salaryMax'),
      closesOn: formText(form, 'closesOn'),
    };
    const render = (errors: FieldErrors) =>
      c.html(<RoleDetailsPage p={p} role={role} values={values} errors={errors} />, 400);
    const parsed = editRoleBody.safeParse(detailsEdit(values));
    if (!parsed.success) return render(zodFieldErrors(p.lang, parsed.error, formField));
    const edited = await c.var.useCases.roleLifecycle.edit(g.session, id, parsed.data);
    if (!edited.ok) {
      if (edited.error.kind === 'invalid')
        return render(toFieldErrors(p.lang, edited.error.problems, formField));
      return errorPage(c, p, edited.error);
    }
    return c.redirect(`/roles/${id}?ok=saved`, 303);
  })
  .post('/roles/:id/publish', async (c) => {
    const { p, g } = await only(c, ['employer']);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const done = await c.var.useCases.roleLifecycle.publish(g.session, id);
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect(`/roles/${id}?ok=rolePublished`, 303);
  })
  .post('/roles/:id/close', async (c) => {
    const { p, g } = await only(c, ['employer']);
    if (!g.ok) return g.response;
    const id = c.req.param('id');
    const done = await c.var.useCases.roleLifecycle.close(g.session, id);
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect(`/roles/${id}?ok=roleClosed`, 303);
  })
  .post('/roles/:id/delete', async (c) => {
    const { p, g } = await only(c, ['employer']);
    if (!g.ok) return g.response;
    const done = await c.var.useCases.roleLifecycle.remove(g.session, c.req.param('id'));
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect('/roles?ok=roleDeleted', 303);
  })
  .get('/roles/:id/candidates/:learnerId', async (c) => {
    const { p, g } = await only(c, ['employer']);
    if (!g.ok) return g.response;
    const card = await c.var.useCases.candidates.card(g.session, c.req.param('id'), c.req.param('learnerId'));
    if (!card.ok) return errorPage(c, p, card.error);
    return c.html(<CandidateCardPage p={p} card={card.value} />);
  })
  .post('/roles/:id/candidates/:learnerId/state', async (c) => {
    const { p, g } = await only(c, ['employer']);
    if (!g.ok) return g.response;
    const { id, learnerId } = c.req.param();
    const asked = formText(await readForm(c), 'state');
    const state = CANDIDATE_STATES.find((s): s is CandidateState => s === asked);
    if (!state) return c.redirect(`/roles/${id}/candidates/${learnerId}`, 303);
    const done = await c.var.useCases.candidates.decide(g.session, id, learnerId, state);
    if (!done.ok) return errorPage(c, p, done.error);
    return c.redirect(`/roles/${id}/candidates/${learnerId}?ok=stateSaved`, 303);
  });
