/** The sign-up, access-key and sign-in pages. */
import { Csrf, ErrorSummary, Field, type FieldErrors } from '../forms/fields.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export function SignUpPage({
  p,
  values,
  errors,
}: {
  p: PageContext;
  values: { role?: string; name?: string; organisation?: string };
  errors: FieldErrors;
}) {
  const { m, lang } = p;
  const roles = [
    ['learner', m.roleLearnerLong],
    ['employer', m.roleEmployerLong],
    ['advisor', m.roleAdvisorLong],
    ['provider', m.roleProviderLong],
  ] as const;
  return (
    <Layout {...frame(p, m.signUpTitle)}>
      <h1>{m.signUpTitle}</h1>
      <p class="lead">{m.signUpLead}</p>
      <ErrorSummary
        lang={lang}
        errors={errors}
        labels={{ role: m.fieldRole, name: m.fieldName, organisation: m.fieldOrganisation }}
      />
      <form method="post" action="/sign-up" class="stack" novalidate={false}>
        <Csrf token={p.csrf} />
        <fieldset id="f-role">
          <legend>{m.fieldRole}</legend>
          {roles.map(([value, label]) => (
            <label class="check">
              <input
                type="radio"
                name="role"
                value={value}
                required
                checked={(values.role ?? 'learner') === value}
              />{' '}
              {label}
            </label>
          ))}
          {errors.role && <p class="field-error">{errors.role}</p>}
        </fieldset>
        <Field
          name="name"
          label={m.fieldName}
          value={values.name}
          error={errors.name}
          required
          maxlength={200}
          autocomplete="name"
        />
        <Field
          name="organisation"
          label={m.fieldOrganisation}
          value={values.organisation}
          error={errors.organisation}
          maxlength={200}
          autocomplete="organization"
        />
        <div>
          <button type="submit">{m.signUpSubmit}</button>
        </div>
      </form>
      <p>
        <a href="/sign-in">{m.signInTitle}</a>
      </p>
    </Layout>
  );
}

/** The copy button's script, inline (allowed by its hash in the CSP). */
export const COPY_SCRIPT = `document.getElementById('copy-key').addEventListener('click',function(){var b=this;navigator.clipboard.writeText(document.getElementById('access-key').textContent.trim()).then(function(){b.textContent=b.dataset.done;});});`;

export function AccessKeyPage({ p, token, next }: { p: PageContext; token: string; next: string }) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.keyTitle)}>
      <h1>{m.keyTitle}</h1>
      <p class="alert" role="alert">
        {m.keyWarning}
      </p>
      <p>
        <strong id="key-label">{m.keyLabel}</strong>
      </p>
      <p class="keybox" id="access-key">
        {token}
      </p>
      <p class="actions">
        <button type="button" id="copy-key" class="secondary" data-done={m.copied}>
          {m.copy}
        </button>
        <a class="button" href={next}>
          {m.keyContinue}
        </a>
      </p>
      <script dangerouslySetInnerHTML={{ __html: COPY_SCRIPT }} />
    </Layout>
  );
}

export function SignInPage({
  p,
  next,
  value,
  error,
}: {
  p: PageContext;
  next: string;
  value: string;
  error: string | undefined;
}) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.signInTitle)}>
      <h1>{m.signInTitle}</h1>
      <p class="lead">{m.signInLead}</p>
      <form method="post" action="/sign-in" class="stack">
        <Csrf token={p.csrf} />
        <input type="hidden" name="next" value={next} />
        <Field
          name="key"
          label={m.fieldKey}
          type="password"
          value={value}
          error={error}
          required
          maxlength={200}
          autocomplete="current-password"
        />
        <div>
          <button type="submit">{m.signInSubmit}</button>
        </div>
      </form>
      <p>
        {m.signInNoAccount} <a href="/sign-up">{m.signUpTitle}</a>
      </p>
    </Layout>
  );
}
