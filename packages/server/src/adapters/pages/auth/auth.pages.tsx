/**
 * Sign up, sign in with the access key, sign out, and keeping the key: the new key (and recovery
 * code) is shown on its own page after a redirect, kept with the session for a few minutes so a
 * refresh shows it again, downloadable as a file; a signed-in account makes a new key or recovery
 * code; a recovery code gets a new key without signing in.
 */
import { fieldMessage } from '@skillbank/core';
import { Hono } from 'hono';
import { isDemoAccount } from '../../../demo/demo-mark.js';
import { fieldText } from '../../../messages/index.js';
import { newAccountSchema } from '../../http/accounts/accounts.schema.js';
import type { AppEnv } from '../../http/env.js';
import { keepReveal, signIn, signOut } from '../../http/session.js';
import { formText, readForm, zodFieldErrors } from '../forms/fields.js';
import { roleLabel } from '../i18n.js';
import { type PageContext, pageContext } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import { AccessKeyPage, KeyManagePage, RecoverPage, SignInPage, SignUpPage } from './auth.page.js';

/** Where an account lands after signing in. */
export function homeOf(role: string): string {
  if (role === 'learner') return '/me';
  if (role === 'employer') return '/roles';
  if (role === 'advisor') return '/cohorts';
  if (role === 'provider') return '/provider';
  return '/occupations';
}

/** Only local paths are followed after sign-in (no open redirects). */
function safeNext(next: string): string | null {
  return /^\/(?![/\\])[^\s]*$/.test(next) ? next : null;
}

export const authPages = new Hono<AppEnv>()
  .get('/sign-up', async (c) => {
    const p = await pageContext(c);
    return c.html(<SignUpPage p={p} values={{ role: c.req.query('role') ?? 'learner' }} errors={{}} />);
  })
  .post('/sign-up', async (c) => {
    const p = await pageContext(c);
    const body = await readForm(c);
    const values = {
      role: formText(body, 'role'),
      name: formText(body, 'name'),
      organisation: formText(body, 'organisation'),
    };
    const parsed = newAccountSchema.safeParse({
      role: values.role,
      name: values.name,
      ...(values.organisation.trim() ? { organisation: values.organisation } : {}),
    });
    if (!parsed.success) {
      return c.html(<SignUpPage p={p} values={values} errors={zodFieldErrors(p.lang, parsed.error)} />, 400);
    }
    const created = await c.var.useCases.accounts.signUp(parsed.data);
    if (!created.ok) return errorPage(c, p, created.error);
    const { token, recoveryCode } = created.value;
    await signIn(c, token);
    await keepReveal(c, { token, recoveryCode });
    return c.redirect('/account/key?new=signup', 303);
  })
  .get('/account/key', async (c) => {
    const p = await pageContext(c);
    c.header('Cache-Control', 'no-store');
    if (!p.session) return c.html(<KeyGoneSignedOut p={p} />);
    const { account, reveal } = p.session;
    if (reveal) {
      const asked = c.req.query('new');
      const why = asked === 'new' || asked === 'recovery' ? asked : 'signup';
      return c.html(
        <AccessKeyPage
          p={p}
          shown={{ token: reveal.token, recoveryCode: reveal.recoveryCode, why }}
          next={homeOf(account.role)}
        />,
      );
    }
    return c.html(
      <KeyManagePage p={p} attester={account.publicKey !== null} demo={isDemoAccount(account)} expired />,
    );
  })
  .get('/account', async (c) => {
    const p = await pageContext(c);
    if (!p.session) return c.redirect('/sign-in?next=%2Faccount', 303);
    const { account } = p.session;
    return c.html(
      <KeyManagePage
        p={p}
        attester={account.publicKey !== null}
        demo={isDemoAccount(account)}
        expired={false}
      />,
    );
  })
  .get('/account/key.txt', async (c) => {
    const p = await pageContext(c);
    const reveal = p.session?.reveal;
    if (!p.session || !reveal) return c.redirect('/account/key', 303);
    const { account } = p.session;
    const text = p.m.keyFileText(
      account.name,
      roleLabel(p.lang, account.role),
      reveal.token,
      reveal.recoveryCode,
    );
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/plain; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="skillbank-access-key.txt"; filename*=UTF-8''${encodeURIComponent(p.m.keyFileName)}`,
    );
    return c.body(text);
  })
  .post('/account/key', async (c) => {
    const p = await pageContext(c);
    if (!p.session) return c.redirect('/sign-in?next=%2Faccount', 303);
    const { account, token } = p.session;
    if (isDemoAccount(account)) return c.redirect('/account', 303);
    const made = await c.var.useCases.accounts.newAccessKey({ account, token });
    if (!made.ok) return errorPage(c, p, made.error);
    if (!made.value) return c.redirect('/sign-in?next=%2Faccount', 303);
    await signIn(c, made.value.token);
    await keepReveal(c, { token: made.value.token, recoveryCode: null });
    return c.redirect('/account/key?new=new', 303);
  })
  .post('/account/recovery-code', async (c) => {
    const p = await pageContext(c);
    if (!p.session) return c.redirect('/sign-in?next=%2Faccount', 303);
    const { account, token } = p.session;
    if (isDemoAccount(account)) return c.redirect('/account', 303);
    const made = await c.var.useCases.accounts.newRecoveryCode({ account, token });
    if (!made.ok) return errorPage(c, p, made.error);
    if (!made.value) return c.redirect('/sign-in?next=%2Faccount', 303);
    await keepReveal(c, { token, recoveryCode: made.value.recoveryCode });
    return c.redirect('/account/key?new=recovery', 303);
  })
  .get('/recover', async (c) => {
    const p = await pageContext(c);
    return c.html(<RecoverPage p={p} value="" error={undefined} lead={undefined} />);
  })
  .post('/recover', async (c) => {
    const p = await pageContext(c);
    const code = formText(await readForm(c), 'code');
    if (!code.trim()) {
      return c.html(
        <RecoverPage
          p={p}
          value={code}
          error={fieldText(p.lang, fieldMessage('required'))}
          lead={undefined}
        />,
        400,
      );
    }
    const recovered = await c.var.useCases.accounts.recover(code);
    if (!recovered.ok) return errorPage(c, p, recovered.error);
    const made = recovered.value;
    if (!made) return c.html(<RecoverPage p={p} value={code} error={p.m.recoverBad} lead={undefined} />, 400);
    await signIn(c, made.token);
    await keepReveal(c, { token: made.token, recoveryCode: made.recoveryCode });
    return c.redirect('/account/key?new=new', 303);
  })
  .get('/sign-in', async (c) => {
    const p = await pageContext(c);
    return c.html(<SignInPage p={p} next={c.req.query('next') ?? ''} value="" error={undefined} />);
  })
  .post('/sign-in', async (c) => {
    const p = await pageContext(c);
    const body = await readForm(c);
    const key = formText(body, 'key');
    const next = formText(body, 'next');
    const account = key.trim() ? await signIn(c, key) : null;
    if (!account) {
      const error = key.trim() ? p.m.signInBad : fieldText(p.lang, fieldMessage('required'));
      return c.html(<SignInPage p={p} next={next} value={key} error={error} />, 400);
    }
    return c.redirect(safeNext(next) ?? homeOf(account.role), 303);
  })
  .post('/sign-out', async (c) => {
    await signOut(c);
    return c.redirect('/', 303);
  });

/** The key page without a session: nothing to show; how to sign in or recover. */
function KeyGoneSignedOut({ p }: { p: PageContext }) {
  return <RecoverPage p={p} value="" error={undefined} lead={p.m.keyGoneSignedOut} />;
}
