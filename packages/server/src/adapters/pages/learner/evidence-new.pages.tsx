/**
 * Logging a piece of evidence: the form, its plain-form buttons (rows, occupation search), and the
 * save, which says every problem at once — the schema's, future dates, levels the 新八级 rule does
 * not offer, a description too short — before anything is stored.
 */
import { evidenceInputSchema } from '@skillbank/core';
import { type Context, Hono } from 'hono';
import type { Caller } from '../../../use-cases/index.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, readForm, toFieldErrors, zodFieldErrors } from '../forms/fields.js';
import { formAction } from '../forms/form-actions.js';
import type { OccupationOption } from '../forms/occupation-picker.js';
import { type PageContext, signedInPage } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import {
  type EvidenceFormValues,
  emptyEvidenceForm,
  formProblems,
  readEvidenceForm,
  skillNames,
  toEvidenceInput,
  withRowAction,
} from './evidence-form.js';
import { type EvidenceFormModel, EvidenceNewPage } from './evidence-new.page.js';

type C = Context<AppEnv>;

/** How many occupations a search in the form shows. */
const FOUND_LIMIT = 8;

/** The chosen occupations by name (a code the classification lacks is shown as it is, to untick). */
async function pickedOccupations(c: C, codes: readonly string[]): Promise<OccupationOption[]> {
  return Promise.all(
    codes.map(async (code) => {
      const found = await c.var.useCases.occupations.get(code);
      return { code, name: found.ok ? found.value.occupation.name : code };
    }),
  );
}

/** What the form shows beside the values. */
async function formModel(
  c: C,
  p: PageContext,
  v: EvidenceFormValues,
  search: boolean,
): Promise<EvidenceFormModel> {
  const q = v.occupationQuery.trim();
  const [picked, found, suggestions, verdicts] = await Promise.all([
    pickedOccupations(c, v.occupationCodes),
    search && q ? c.var.useCases.occupations.search({ q, limit: FOUND_LIMIT, offset: 0 }) : null,
    c.var.useCases.skills.suggestions({ occupations: v.occupationCodes, lang: p.lang }),
    c.var.useCases.skills.ladder(skillNames(v), v.occupationCodes),
  ]);
  return {
    picked,
    found: found?.ok ? found.value.items.map((o) => ({ code: o.code, name: o.name })) : [],
    searched: search && q !== '',
    suggestions: suggestions.ok ? suggestions.value : [],
    verdicts: new Map(verdicts.ok ? verdicts.value.map((v) => [v.name, v]) : []),
  };
}

async function renderForm(
  c: C,
  p: PageContext,
  caller: Caller,
  values: EvidenceFormValues,
  {
    errors = {},
    status = 200,
    search = false,
    model,
  }: {
    errors?: FieldErrors;
    status?: 200 | 400;
    search?: boolean;
    model?: EvidenceFormModel;
  } = {},
) {
  const form = await c.var.useCases.evidence.depositForm(caller);
  if (!form.ok) return errorPage(c, p, form.error);
  return c.html(
    <EvidenceNewPage
      p={p}
      values={values}
      errors={errors}
      today={form.value.latest}
      model={model ?? (await formModel(c, p, values, search))}
    />,
    status,
  );
}

export const evidenceFormPages = new Hono<AppEnv>()
  .get('/me/evidence/new', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    return renderForm(c, p, g.session, emptyEvidenceForm());
  })
  .post('/me/evidence/new', async (c) => {
    const { p, g } = await signedInPage(c);
    if (!g.ok) return g.response;
    const body = await readForm(c);
    const action = formAction(body);
    const values = readEvidenceForm(body);
    // The plain-form buttons: the same form back, nothing saved, nothing checked yet.
    if (action.kind !== 'save')
      return renderForm(c, p, g.session, withRowAction(values, action), { search: action.kind === 'search' });
    const form = await c.var.useCases.evidence.depositForm(g.session);
    if (!form.ok) return errorPage(c, p, form.error);
    const model = await formModel(c, p, values, false);
    const { input, fieldName } = toEvidenceInput(values);
    const parsed = evidenceInputSchema.safeParse(input);
    const errors: FieldErrors = {
      ...formProblems(p.lang, p.m, values, { latest: form.value.latest, verdicts: model.verdicts }),
      ...(parsed.success ? {} : zodFieldErrors(p.lang, parsed.error, fieldName)),
    };
    if (!parsed.success || Object.keys(errors).length > 0)
      return renderForm(c, p, g.session, values, { errors, status: 400, model });
    const deposited = await c.var.useCases.evidence.deposit(g.session, parsed.data);
    if (deposited.ok) return c.redirect(`/me/evidence/${deposited.value.id}?ok=deposited`, 303);
    if (deposited.error.kind === 'invalid')
      return renderForm(c, p, g.session, values, {
        errors: toFieldErrors(p.lang, deposited.error.problems, fieldName),
        status: 400,
        model,
      });
    return errorPage(c, p, deposited.error);
  });
