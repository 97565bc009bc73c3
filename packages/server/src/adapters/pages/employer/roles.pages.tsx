/** The employer's pages: roles, posting one (with the classifier's suggestion), requirements, candidates. */
import { type Context, Hono } from 'hono';
import { CANDIDATE_LISTS } from '../../../candidates/rank-candidates.js';
import type { Caller, RoleView } from '../../../use-cases/index.js';
import type { AppEnv } from '../../http/env.js';
import { createRoleBody, requirementsBody } from '../../http/roles/roles.schema.js';
import { type FieldErrors, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import {
  type NewRoleValues,
  newRoleInput,
  type RequirementRow,
  readNewRole,
  readRequirementRows,
  requirementRows,
  requirementsInput,
} from './role-forms.js';
import { CandidatesPage, NewRolePage, RolePage, RolesPage } from './roles.page.js';

type C = Context<AppEnv>;

async function renderNewRole(
  c: C,
  p: PageContext,
  caller: Caller,
  values: NewRoleValues,
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  const draft = await c.var.useCases.roles.draft(caller, values);
  if (!draft.ok) return errorPage(c, p, draft.error);
  const { suggested, searched } = draft.value;
  return c.html(
    <NewRolePage p={p} values={values} errors={errors} suggested={suggested} searched={searched} />,
    status,
  );
}

function renderRole(
  c: C,
  p: PageContext,
  role: RoleView,
  rows: RequirementRow[],
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  return c.html(
    <RolePage p={p} role={role} occupation={role.occupation} rows={rows} errors={errors} />,
    status,
  );
}

export const rolePages = new Hono<AppEnv>()
  .get('/roles', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const roles = await c.var.useCases.roles.list(g.session, { limit: 100, offset: 0 });
    if (!roles.ok) return errorPage(c, p, roles.error);
    return c.html(<RolesPage p={p} roles={roles.value.items} />);
  })
  .get('/roles/new', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const q = (k: string) => c.req.query(k) ?? '';
    return renderNewRole(c, p, g.session, {
      title: q('title'),
      description: q('description'),
      q: q('q'),
      occupationCode: q('occupationCode'),
      requirements: '',
    });
  })
  .post('/roles/new', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const values = readNewRole(await readForm(c));
    const parsed = createRoleBody.safeParse(newRoleInput(values));
    const firstSegment = (path: string) => path.split('.')[0] ?? path;
    if (!parsed.success)
      return renderNewRole(c, p, g.session, values, zodFieldErrors(p.lang, parsed.error, firstSegment), 400);
    const created = await c.var.useCases.roles.create(g.session, parsed.data);
    if (created.ok) return c.redirect(`/roles/${created.value.role.id}?ok=saved`, 303);
    if (created.error.kind === 'invalid')
      return renderNewRole(
        c,
        p,
        g.session,
        values,
        toFieldErrors(p.lang, created.error.problems, firstSegment),
        400,
      );
    return errorPage(c, p, created.error);
  })
  .get('/roles/:id', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const role = await c.var.useCases.roles.get(g.session, c.req.param('id'));
    if (!role.ok) return errorPage(c, p, role.error);
    return renderRole(c, p, role.value, requirementRows(role.value));
  })
  .post('/roles/:id/requirements', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const role = await c.var.useCases.roles.get(g.session, c.req.param('id'));
    if (!role.ok) return errorPage(c, p, role.error);
    const rows = readRequirementRows(await readForm(c));
    const { body, fieldName } = requirementsInput(rows);
    const parsed = requirementsBody.safeParse(body);
    if (!parsed.success)
      return renderRole(c, p, role.value, rows, zodFieldErrors(p.lang, parsed.error, fieldName), 400);
    const saved = await c.var.useCases.roles.updateRequirements(
      g.session,
      role.value.id,
      parsed.data.requirements,
    );
    if (saved.ok) return c.redirect(`/roles/${role.value.id}?ok=saved`, 303);
    if (saved.error.kind === 'invalid')
      return renderRole(c, p, role.value, rows, toFieldErrors(p.lang, saved.error.problems, fieldName), 400);
    return errorPage(c, p, saved.error);
  })
  .get('/roles/:id/candidates', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const asked = c.req.query('list');
    const list = CANDIDATE_LISTS.find((l) => l === asked) ?? 'all';
    const ranked = await c.var.useCases.roles.candidates(g.session, c.req.param('id'), {
      list,
      limit: 50,
      offset: 0,
    });
    if (!ranked.ok) return errorPage(c, p, ranked.error);
    return c.html(<CandidatesPage p={p} role={ranked.value.role} page={ranked.value.page} />);
  });
