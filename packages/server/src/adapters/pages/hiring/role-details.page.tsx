/** The employer's role details and lifecycle: the details form, and publish / close / delete. */
import { ROLE_MODES, type Role } from '@skillbank/core';
import { ROLE_LIMITS } from '../../http/roles/roles.schema.js';
import { Csrf, ErrorSummary, Field, type FieldErrors, Select } from '../forms/fields.js';
import { PostForm } from '../forms/post-form.js';
import type { Messages } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';
import { modeLabel, RoleFacts, StatusTag } from './role-facts.js';

export interface RoleDetailsValues {
  title: string;
  city: string;
  mode: string;
  salaryMin: string;
  salaryMax: string;
  closesOn: string;
}

export const detailsValuesOf = (role: Role): RoleDetailsValues => ({
  title: role.title,
  city: role.city ?? '',
  mode: role.mode ?? '',
  salaryMin: role.salaryBand ? String(role.salaryBand.minYuan) : '',
  salaryMax: role.salaryBand ? String(role.salaryBand.maxYuan) : '',
  closesOn: role.closesOn ?? '',
});

/** The lifecycle section of a role's page: status, facts, and the buttons its status allows. */
export function RoleLifecycle({ p, role }: { p: PageContext; role: Role }) {
  const { m } = p;
  const action = (path: string, label: string, secondary = false) => (
    <form method="post" action={`/roles/${role.id}/${path}`}>
      <Csrf token={p.csrf} />
      <button type="submit" class={secondary ? 'secondary' : undefined}>
        {label}
      </button>
    </form>
  );
  return (
    <section class="panel" aria-labelledby="lifecycle-h">
      <h2 id="lifecycle-h">
        {m.detailsTitle} <StatusTag m={m} status={role.status} />
      </h2>
      <p class="hint">{m.detailsLead}</p>
      <RoleFacts m={m} role={role} />
      <div class="actions">
        {role.status !== 'closed' && (
          <a class="button secondary" href={`/roles/${role.id}/details`}>
            {m.saveDetails}
          </a>
        )}
        {role.status === 'draft' && action('publish', m.publishRole)}
        {role.status === 'published' && action('close', m.closeRole, true)}
        {role.status === 'draft' && action('delete', m.deleteDraft, true)}
      </div>
    </section>
  );
}

/** A role's one title field (the new-role form and the details form). */
export function RoleTitleField({
  m,
  value,
  error,
}: {
  m: Messages;
  value: string;
  error?: string | undefined;
}) {
  return (
    <Field
      name="title"
      label={m.fieldRoleTitle}
      value={value}
      error={error}
      required
      maxlength={ROLE_LIMITS.title}
    />
  );
}

export function RoleDetailsPage({
  p,
  role,
  values,
  errors,
}: {
  p: PageContext;
  role: Role;
  values: RoleDetailsValues;
  errors: FieldErrors;
}) {
  const { m, lang } = p;
  return (
    <Layout {...frame(p, `${role.title} · ${m.detailsTitle}`)}>
      <p>
        <a href={`/roles/${role.id}`}>← {role.title}</a>
      </p>
      <h1>{m.detailsTitle}</h1>
      <p class="hint">{m.detailsLead}</p>
      <ErrorSummary lang={lang} errors={errors} />
      <PostForm action={`/roles/${role.id}/details`} csrf={p.csrf} submit={m.saveDetails}>
        <RoleTitleField m={m} value={values.title} error={errors.title} />
        <Field name="city" label={m.hiringFieldCity} value={values.city} error={errors.city} maxlength={50} />
        <Select
          name="mode"
          label={m.hiringFieldMode}
          value={values.mode}
          error={errors.mode}
          options={[
            { value: '', label: m.modeNone },
            ...ROLE_MODES.map((mode) => ({ value: mode, label: modeLabel(m, mode) })),
          ]}
        />
        <div class="row">
          <Field
            name="salaryMin"
            label={m.fieldSalaryMin}
            type="number"
            value={values.salaryMin}
            error={errors.salaryMin}
            min="1"
          />
          <Field
            name="salaryMax"
            label={m.fieldSalaryMax}
            type="number"
            value={values.salaryMax}
            error={errors.salaryMax}
            min="1"
          />
        </div>
        <Field
          name="closesOn"
          label={m.fieldClosesOn}
          type="date"
          value={values.closesOn}
          error={errors.closesOn}
        />
      </PostForm>
    </Layout>
  );
}
