/** All web pages, server-rendered with Hono JSX. Every POST passes the CSRF guard first. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../http/env.js';
import { pageCsrfGuard, signIn } from '../http/session.js';
import { unstorableUrlText } from '../http/storable-request.js';
import { cohortPages } from './advisor/cohorts.pages.js';
import { invitePages } from './attestation/invite.pages.js';
import { inboxPages } from './attester/inbox.pages.js';
import { authPages, homeOf } from './auth/auth.pages.js';
import { credentialPages } from './credentials/credentials.pages.js';
import { rolePages } from './employer/roles.pages.js';
import { ErrorPage } from './error.page.js';
import { formText, readForm } from './forms/fields.js';
import { hiringPages } from './hiring/hiring.pages.js';
import { HomePage } from './home.page.js';
import { homeExampleMatch } from './home-example.js';
import { evidenceFormPages } from './learner/evidence-new.pages.js';
import { learnerPages } from './learner/learner.pages.js';
import { learningPages } from './learning/learning.pages.js';
import { occupationPages } from './occupations/occupation.pages.js';
import { pageContext } from './page-context.js';
import { errorPage, forbiddenPage } from './page-errors.js';
import { timeZonePages } from './settings/time-zone.pages.js';
import { showcasePages } from './showcase/showcase.pages.js';

export const pageRoutes = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    // The edge rule for text: a NUL or lone surrogate in the URL is a 400 naming where it was.
    const problems = unstorableUrlText(c.req.url);
    if (problems.length === 0) return next();
    const p = await pageContext(c);
    const detail = problems.map((e) => `${e.path}: ${e.message}`).join('; ');
    return c.html(
      <ErrorPage lang={p.lang} path={p.path} status={400} detail={detail} viewer={p.viewer} />,
      400,
    );
  })
  .use('*', async (c, next) => {
    // An API path no API route took ends here too: its body was limited (and read) by the API's own.
    if (c.req.method !== 'POST' || c.req.path.startsWith('/api/')) return next();
    return bodyLimit({
      maxSize: c.var.deps.config.maxBodyBytes,
      onError: async (cc) => {
        const p = await pageContext(cc);
        return cc.html(
          <ErrorPage lang={p.lang} path={p.path} status={413} detail={p.m.tooLarge} viewer={p.viewer} />,
          413,
        );
      },
    })(c, next);
  })
  .use(
    '*',
    pageCsrfGuard(async (c) => {
      const p = await pageContext(c);
      return forbiddenPage(c, p, p.m.csrfBody);
    }),
  )
  .get('/', async (c) => {
    const p = await pageContext(c);
    const personas = await c.var.useCases.accounts.demoPersonas();
    if (!personas.ok) return errorPage(c, p, personas.error);
    const demo = personas.value.map(({ persona, name, role }) => ({ persona, name, role }));
    const example = homeExampleMatch(c.var.deps.served.current.matcher);
    return c.html(<HomePage p={p} demo={demo} example={example} />);
  })
  .post('/demo/enter', async (c) => {
    const persona = formText(await readForm(c), 'persona');
    const personas = await c.var.useCases.accounts.demoPersonas();
    const found = personas.ok ? personas.value.find((d) => d.persona === persona) : undefined;
    const account = found ? await signIn(c, found.token) : null;
    return c.redirect(account ? homeOf(account.role) : '/', 303);
  })
  .route('/', authPages)
  .route('/', evidenceFormPages)
  .route('/', learnerPages)
  .route('/', credentialPages)
  .route('/', showcasePages)
  .route('/', inboxPages)
  .route('/', invitePages)
  .route('/', hiringPages)
  .route('/', rolePages)
  .route('/', cohortPages)
  .route('/', learningPages)
  .route('/', occupationPages)
  .route('/', timeZonePages);
