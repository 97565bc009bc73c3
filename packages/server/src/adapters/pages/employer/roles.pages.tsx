/** The employer's pages: roles, posting one (with the classifier's suggestion), requirements, candidates. */
import { type Context, Hono } from 'hono';
import { CANDIDATE_LISTS } from '../../../candidates/rank-candidates.js';
import { occupationOnLadder } from '../../../matching/skill-ladder.js';
import type { Caller, RoleView } from '../../../use-cases/index.js';
import type { AppEnv } from '../../http/env.js';
import { createRoleBody, requirementsBody } from '../../http/roles/roles.schema.js';
import { type FieldErrors, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { applyRowAction, formAction } from '../forms/form-actions.js';
import { type OccupationOption, PREVIEW_TASKS } from '../forms/occupation-picker.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import { type NewRoleModel, NewRolePage } from './new-role.page.js';
import {
  blankRequirement,
  MAX_REQUIREMENTS,
  type NewRoleValues,
  newRoleInput,
  type RequirementRow,
  readNewRole,
  readRequirementRows,
  requirementRows,
  requirementsInput,
} from './role-forms.js';
import { CandidatesPage, RolePage, RolesPage } from './roles.page.js';

type C = Context<AppEnv>;

/** How many suggested or found occupations the new-role form previews. */
const OPTIONS_LIMIT = 5;

/** An occupation with its definition and main tasks, for the preview (null when unknown). */
async function previewOf(c: C, code: string): Promise<OccupationOption | null> {
  const found = await c.var.useCases.occupations.get(code);
  if (!found.ok) return null;
  const { occupation } = found.value;
  return {
    code: occupation.code,
    name: occupation.name,
    definition: occupation.definition,
    tasks: occupation.tasks.slice(0, PREVIEW_TASKS).map((t) => t.text),
  };
}

async function renderNewRole(
  c: C,
  p: PageContext,
  caller: Caller,
  values: NewRoleValues,
  {
    errors = {},
    status = 200,
    search = false,
  }: { errors?: FieldErrors; status?: 200 | 400; search?: boolean } = {},
) {
  const q = search ? values.q : '';
  const draft = await c.var.useCases.roles.draft(caller, { ...values, q });
  if (!draft.ok) return errorPage(c, p, draft.error);
  const { suggested, searched } = draft.value;
  const codes = [
    ...new Set([
      ...(suggested?.candidates ?? []).slice(0, OPTIONS_LIMIT).map((o) => o.code),
      ...searched.slice(0, OPTIONS_LIMIT).map((o) => o.code),
    ]),
  ].filter((code) => code !== values.occupationCode);
  const [picked, options] = await Promise.all([
    values.occupationCode ? previewOf(c, values.occupationCode) : null,
    Promise.all(codes.map((code) => previewOf(c, code))),
  ]);
  const model: NewRoleModel = {
    picked: picked ? [picked] : [],
    options: options.flatMap((o) => o ?? []),
    suggestedFor: suggested ? values.title.trim() : '',
    searched: search && values.q.trim() !== '',
  };
  return c.html(<NewRolePage p={p} values={values} errors={errors} model={model} />, status);
}

function renderRole(
  c: C,
  p: PageContext,
  role: RoleView,
  rows: RequirementRow[],
  errors: FieldErrors = {},
  status: 200 | 400 = 200,
) {
  // 新八级 minimum levels only where the ladder grades the role's occupation (any level without one).
  const { matcher } = c.var.deps.served.current;
  const levels = role.occupation ? occupationOnLadder(matcher, role.occupation.code) : true;
  return c.html(
    <RolePage p={p} role={role} occupation={role.occupation} rows={rows} errors={errors} levels={levels} />,
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
    const code = c.req.query('occupationCode');
    return renderNewRole(
      c,
      p,
      g.session,
      {
        title: q('title'),
        description: q('description'),
        q: q('q'),
        occupationCode: code === undefined ? null : code,
        requirements: '',
      },
      { search: q('q') !== '' },
    );
  })
  .post('/roles/new', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const action = formAction(body);
    const values = readNewRole(body);
    if (action.kind !== 'save')
      return renderNewRole(c, p, g.session, values, { search: action.kind === 'search' });
    const firstSegment = (path: string) => path.split('.')[0] ?? path;
    const parsed = createRoleBody.safeParse(newRoleInput(values));
    // Every problem at once: the body's, and an occupation nobody chose (nothing is chosen for the employer).
    const errors: FieldErrors = {
      ...(parsed.success ? {} : zodFieldErrors(p.lang, parsed.error, firstSegment)),
      ...(values.occupationCode === null ? { occupationCode: p.m.roleChooseOne } : {}),
    };
    if (!parsed.success || Object.keys(errors).length > 0)
      return renderNewRole(c, p, g.session, values, { errors, status: 400 });
    const created = await c.var.useCases.roles.create(g.session, parsed.data);
    if (created.ok) return c.redirect(`/roles/${created.value.role.id}?ok=saved`, 303);
    if (created.error.kind === 'invalid')
      return renderNewRole(c, p, g.session, values, {
        errors: toFieldErrors(p.lang, created.error.problems, firstSegment),
        status: 400,
      });
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
    const form = await readForm(c);
    const action = formAction(form);
    const read = readRequirementRows(form);
    // The plain-form buttons: the rows back with one more or one fewer, nothing saved yet.
    if (action.kind === 'add' || action.kind === 'remove') {
      const rows = applyRowAction(read, 'req', action, blankRequirement, { max: MAX_REQUIREMENTS });
      return renderRole(c, p, role.value, rows.length ? rows : [blankRequirement(0)]);
    }
    const rows = read;
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
