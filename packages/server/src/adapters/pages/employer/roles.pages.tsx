/** The employer's pages: roles, posting one (with the classifier's suggestion), requirements, candidates. */
import {
  createRole,
  DomainError,
  decideOnResource,
  getRole,
  listRoles,
  replaceRoleRequirements,
  roleSubject,
  runInTransaction,
} from '@skillbank/core';
import { type Context, Hono } from 'hono';
import { searchOccupationPage } from '../../../matching/occupation-search.js';
import type { AppEnv } from '../../http/env.js';
import { candidatePoolCache, rankCandidates } from '../../http/roles/index.js';
import { createRoleBody, requirementsBody } from '../../http/roles/roles.schema.js';
import { type FieldErrors, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { gate, type PageContext, pageContext } from '../page-context.js';
import { forbiddenPage, notFoundPage } from '../page-errors.js';
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

async function employer(c: C) {
  const p = await pageContext(c);
  return { p, g: gate(c, p, ['employer'], (msg) => forbiddenPage(c, p, msg)) };
}

async function renderNewRole(
  c: C,
  p: PageContext,
  values: NewRoleValues,
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  const deps = c.var.deps;
  const suggested = values.title.trim()
    ? deps.served.current.matcher.classify(
        values.description.trim()
          ? { title: values.title, description: values.description }
          : { title: values.title },
        { limit: 5 },
      )
    : null;
  const searched = values.q.trim()
    ? (await searchOccupationPage(deps, { q: values.q.slice(0, 200), limit: 10, offset: 0 })).items
    : [];
  return c.html(
    <NewRolePage p={p} values={values} errors={errors} suggested={suggested} searched={searched} />,
    status,
  );
}

/** The caller's role, or a 404 page (the access policy's `role:*` decisions). */
async function ownRole(c: C, p: PageContext, action: 'role:read' | 'role:update' | 'role:candidates') {
  const me = p.session?.account;
  const id = c.req.param('id') ?? '';
  if (!me) return null;
  if (decideOnResource(me, action, await roleSubject(c.var.deps.db, id)).effect !== 'allow') return null;
  return getRole(c.var.deps.db, id);
}

function renderRole(
  c: C,
  p: PageContext,
  role: NonNullable<Awaited<ReturnType<typeof getRole>>>,
  rows: RequirementRow[],
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  const occupation = role.occupationCode
    ? c.var.deps.served.current.matcher.occupation(role.occupationCode)
    : null;
  return c.html(<RolePage p={p} role={role} occupation={occupation} rows={rows} errors={errors} />, status);
}

export const rolePages = new Hono<AppEnv>()
  .get('/roles', async (c) => {
    const { p, g } = await employer(c);
    if (!g.ok) return g.response;
    const { items } = await listRoles(c.var.deps.db, g.session.account.id, { limit: 100, offset: 0 });
    return c.html(<RolesPage p={p} roles={items} />);
  })
  .get('/roles/new', async (c) => {
    const { p, g } = await employer(c);
    if (!g.ok) return g.response;
    const q = (k: string) => c.req.query(k) ?? '';
    return renderNewRole(c, p, {
      title: q('title'),
      description: q('description'),
      q: q('q'),
      occupationCode: q('occupationCode'),
      requirements: '',
    });
  })
  .post('/roles/new', async (c) => {
    const { p, g } = await employer(c);
    if (!g.ok) return g.response;
    const values = readNewRole(await readForm(c));
    const parsed = createRoleBody.safeParse(newRoleInput(values));
    if (!parsed.success) {
      const errors = zodFieldErrors(p.lang, parsed.error, (path) => path.split('.')[0] ?? path);
      return renderNewRole(c, p, values, errors, 400);
    }
    const { db } = c.var.deps;
    const { taxonomy } = c.var.deps.served.current;
    try {
      const role = await runInTransaction(db, (trx) =>
        createRole(trx, parsed.data, { employerId: g.session.account.id, taxonomyId: taxonomy.id }),
      );
      return c.redirect(`/roles/${role.id}?ok=saved`, 303);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid')
        return renderNewRole(
          c,
          p,
          values,
          toFieldErrors(p.lang, error.problems, (path) => path.split('.')[0] ?? path),
          400,
        );
      throw error;
    }
  })
  .get('/roles/:id', async (c) => {
    const { p, g } = await employer(c);
    if (!g.ok) return g.response;
    const role = await ownRole(c, p, 'role:read');
    if (!role) return notFoundPage(c, p);
    return renderRole(c, p, role, requirementRows(role));
  })
  .post('/roles/:id/requirements', async (c) => {
    const { p, g } = await employer(c);
    if (!g.ok) return g.response;
    const role = await ownRole(c, p, 'role:update');
    if (!role) return notFoundPage(c, p);
    const rows = readRequirementRows(await readForm(c));
    const { body, fieldName } = requirementsInput(rows);
    const parsed = requirementsBody.safeParse(body);
    if (!parsed.success)
      return renderRole(c, p, role, rows, zodFieldErrors(p.lang, parsed.error, fieldName), 400);
    try {
      await runInTransaction(c.var.deps.db, (trx) =>
        replaceRoleRequirements(trx, role.id, parsed.data.requirements),
      );
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid')
        return renderRole(c, p, role, rows, toFieldErrors(p.lang, error.problems, fieldName), 400);
      throw error;
    }
    return c.redirect(`/roles/${role.id}?ok=saved`, 303);
  })
  .get('/roles/:id/candidates', async (c) => {
    const { p, g } = await employer(c);
    if (!g.ok) return g.response;
    const role = await ownRole(c, p, 'role:candidates');
    if (!role) return notFoundPage(c, p);
    const { db } = c.var.deps;
    const { matcher } = c.var.deps.served.current;
    const page = await rankCandidates(db, candidatePoolCache(db, matcher), role, { limit: 20, offset: 0 });
    return c.html(<CandidatesPage p={p} role={role} page={page} />);
  });
