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

/** The copy buttons' script, inline (allowed by its hash in the CSP). */
export const COPY_SCRIPT = `document.querySelectorAll('[data-copy]').forEach(function(b){b.addEventListener('click',function(){navigator.clipboard.writeText(document.getElementById(b.dataset.copy).textContent.trim()).then(function(){b.textContent=b.dataset.done;});});});`;

/** What the key page shows: a key just made (kept for a few minutes, so F5 shows it again). */
export interface ShownKey {
  token: string;
  recoveryCode: string | null;
  /** `signup`: the first key; `new`: a regenerated key or a recovery; `recovery`: only a new recovery code. */
  why: 'signup' | 'new' | 'recovery';
}

export function AccessKeyPage({ p, shown, next }: { p: PageContext; shown: ShownKey; next: string }) {
  const { m } = p;
  const title = shown.why === 'new' ? m.keyNewTitle : m.keyTitle;
  return (
    <Layout {...frame(p, title)}>
      <h1>{title}</h1>
      {shown.why === 'new' && <p class="lead">{m.keyNewLead}</p>}
      <p class="alert" role="alert">
        {m.keyWarning}
      </p>
      {shown.why !== 'recovery' && (
        <>
          <p>
            <strong id="key-label">{m.keyLabel}</strong>
          </p>
          <p class="keybox" id="access-key">
            {shown.token}
          </p>
          <p class="actions">
            <button type="button" data-copy="access-key" class="secondary" data-done={m.copied}>
              {m.copy}
            </button>
          </p>
        </>
      )}
      {shown.recoveryCode && (
        <>
          <p>
            <strong id="recovery-label">{m.recoveryLabel}</strong>
          </p>
          {shown.why === 'recovery' && <p>{m.recoveryNewShown}</p>}
          <p class="keybox" id="recovery-code">
            {shown.recoveryCode}
          </p>
          <p class="hint">{m.recoveryHint}</p>
          <p class="actions">
            <button type="button" data-copy="recovery-code" class="secondary" data-done={m.copied}>
              {m.copy}
            </button>
          </p>
        </>
      )}
      <p class="actions">
        <a class="button secondary" href="/account/key.txt" download>
          {m.keyDownload}
        </a>
        <a class="button" href={next}>
          {m.keyContinue}
        </a>
      </p>
      <script dangerouslySetInnerHTML={{ __html: COPY_SCRIPT }} />
    </Layout>
  );
}

/** The key page once the new key is no longer shown: how to get a new key or recovery code. */
export function KeyManagePage({
  p,
  attester,
  demo,
  expired,
}: {
  p: PageContext;
  attester: boolean;
  demo: boolean;
  /** Reached from the key page after the key stopped being shown (rather than from the navigation). */
  expired: boolean;
}) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.keyGoneTitle)}>
      <h1>{m.keyGoneTitle}</h1>
      {demo ? (
        <p class="lead">{m.demoNoKeyChange}</p>
      ) : (
        <>
          <p class="lead">{expired ? m.keyGoneBody : m.keyManageLead}</p>
          <section class="panel" aria-labelledby="regen">
            <h2 id="regen">{m.regenerateTitle}</h2>
            <p>{m.regenerateLead}</p>
            {attester && <p class="hint">{m.regenerateAttester}</p>}
            <form method="post" action="/account/key">
              <Csrf token={p.csrf} />
              <button type="submit">{m.regenerateSubmit}</button>
            </form>
          </section>
          <section class="panel" aria-labelledby="recovery">
            <h2 id="recovery">{m.recoveryNewTitle}</h2>
            <p>{m.recoveryNewLead}</p>
            <form method="post" action="/account/recovery-code">
              <Csrf token={p.csrf} />
              <button type="submit" class="secondary">
                {m.recoveryNewSubmit}
              </button>
            </form>
          </section>
        </>
      )}
    </Layout>
  );
}

export function RecoverPage({
  p,
  value,
  error,
  lead,
}: {
  p: PageContext;
  value: string;
  error: string | undefined;
  /** Why the page is shown instead of another (the key page without a session). */
  lead: string | undefined;
}) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.recoverTitle)}>
      <h1>{m.recoverTitle}</h1>
      {lead && (
        <p class="alert" role="alert">
          {lead}
        </p>
      )}
      <p class="lead">{m.recoverLead}</p>
      <form method="post" action="/recover" class="stack">
        <Csrf token={p.csrf} />
        <Field
          name="code"
          label={m.fieldRecovery}
          value={value}
          error={error}
          required
          maxlength={100}
          autocomplete="off"
        />
        <div>
          <button type="submit">{m.recoverSubmit}</button>
        </div>
      </form>
      <p>
        <a href="/sign-in">{m.signInTitle}</a>
      </p>
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
        {m.signInLost} <a href="/recover">{m.recoverTitle}</a>
      </p>
      <p>
        {m.signInNoAccount} <a href="/sign-up">{m.signUpTitle}</a>
      </p>
    </Layout>
  );
}
