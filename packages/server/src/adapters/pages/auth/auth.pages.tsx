/** Sign up (the access key shown once), sign in with the key, sign out. */
import { fieldMessage } from '@skillbank/core';
import { Hono } from 'hono';
import { fieldText } from '../../../messages/index.js';
import { newAccountSchema } from '../../http/accounts/accounts.schema.js';
import type { AppEnv } from '../../http/env.js';
import { signIn, signOut } from '../../http/session.js';
import { formText, readForm, zodFieldErrors } from '../forms/fields.js';
import { pageContext } from '../page-context.js';
import { errorPage } from '../page-errors.js';
import { AccessKeyPage, SignInPage, SignUpPage } from './auth.page.js';

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
    const { account, token } = created.value;
    await signIn(c, token);
    const after = await pageContext(c);
    c.header('Cache-Control', 'no-store');
    return c.html(<AccessKeyPage p={after} token={token} next={homeOf(account.role)} />, 201);
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
