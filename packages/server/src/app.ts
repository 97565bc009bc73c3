/** Builds the Skillbank HTTP app from its dependencies. No module-level state: one app per call. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DomainError, isUnstorableTextRejection, systemNow } from '@skillbank/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { accountRoutes } from './adapters/http/accounts/index.js';
import { attestationRoutes } from './adapters/http/attestations/index.js';
import { apiBodyLimit } from './adapters/http/body-limit.js';
import { cohortRoutes } from './adapters/http/cohorts/index.js';
import { credentialRoutes } from './adapters/http/credentials/index.js';
import { renderDocsPage } from './adapters/http/docs-page.js';
import type { AppEnv } from './adapters/http/env.js';
import { evidenceRoutes } from './adapters/http/evidence/index.js';
import { faviconRoutes } from './adapters/http/favicon.js';
import { forwardedRequest } from './adapters/http/forwarded.js';
import { healthRoutes } from './adapters/http/health/index.js';
import {
  candidateRoutes,
  conversationRoutes,
  interestRoutes,
  learnerRoleRoutes,
  roleLifecycleRoutes,
} from './adapters/http/hiring/index.js';
import { learnerRoutes } from './adapters/http/learners/index.js';
import { learningRoutes } from './adapters/http/learning/index.js';
import { matchingRoutes } from './adapters/http/matching/index.js';
import { occupationRoutes } from './adapters/http/occupations/index.js';
import { OPENAPI_CONFIG } from './adapters/http/openapi-document.js';
import { fromDomainError, HttpError, problem, problemBody } from './adapters/http/problem.js';
import { byAddress, byCredential, rateLimited } from './adapters/http/rate-limit.js';
import { roleRoutes } from './adapters/http/roles/index.js';
import { createRouter } from './adapters/http/router.js';
import { securityHeaders } from './adapters/http/security-headers.js';
import { skillRoutes } from './adapters/http/skills/index.js';
import { taxonomyRoutes } from './adapters/http/taxonomy/index.js';
import { transparencyRoutes } from './adapters/http/transparency/index.js';
import { utf8Body } from './adapters/http/utf8-body.js';
import { ErrorPage } from './adapters/pages/error.page.js';
import { pageLang } from './adapters/pages/i18n.js';
import { pageRoutes } from './adapters/pages/pages.routes.js';
import { pageTimeZone } from './adapters/pages/time-zone.js';
import type { AppDeps } from './deps.js';
import { MatcherPreparingError } from './matching/served-taxonomy.js';
import { taxonomyRefresher } from './matching/taxonomy-refresh.js';
import { createUseCases } from './use-cases/index.js';

export { API_VERSION } from './adapters/http/openapi-document.js';

/** People get pages; API clients (and anything under /api) get problem+json. */
function wantsPage(c: Context): boolean {
  return !c.req.path.startsWith('/api') && (c.req.header('accept')?.includes('text/html') ?? false);
}

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();

  const useCases = createUseCases({ ...deps, now: deps.now ?? systemNow });
  const refresher = deps.refresher ?? taxonomyRefresher(deps);

  app.use(requestId());
  // Pages (and error pages) show times in the reader's zone (`formatTime`); the API stays UTC.
  app.use(pageTimeZone());
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('useCases', useCases);
    await next();
  });
  app.use(securityHeaders());
  app.use(async (c, next) => {
    await next();
    // Personal data must not sit in shared or browser caches: nothing is cacheable unless a
    // route says so (exports, credentials, personal pages and the API all stay no-store).
    // On the response's own headers, as secureHeaders does: `c.header` on a finished response
    // rebuilds it around a stream of its body, and the server then streams what it could have sent
    // at once (most of the cost of writing a large JSON answer).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/accounts', rateLimited('sign-up', byAddress));
  app.use('/sign-up', rateLimited('sign-up', byAddress));
  app.use('/sign-in', rateLimited('sign-in', byAddress));
  app.use('/recover', rateLimited('sign-in', byAddress));
  app.use('/api/accounts/recover', rateLimited('sign-in', byAddress));
  app.use('/api/me/access-key', rateLimited('key-regeneration', byCredential));
  app.use('/account/key', rateLimited('key-regeneration', byCredential));
  app.use('/account/recovery-code', rateLimited('key-regeneration', byCredential));
  app.use('/api/cohorts/join', rateLimited('cohort-join', byCredential));
  app.use('/me/cohorts/join', rateLimited('cohort-join', byCredential));
  app.use(refresher.middleware);
  app.use(
    '/api/*',
    apiBodyLimit(deps.config.maxBodyBytes, () => {
      throw new HttpError(
        413,
        'payload_too_large',
        `the request body is larger than ${deps.config.maxBodyBytes} bytes`,
      );
    }),
  );

  app.use('/api/*', utf8Body());

  app.route('/', healthRoutes);
  app.route('/', faviconRoutes);
  app.route('/api', taxonomyRoutes);
  app.route('/api', occupationRoutes);
  app.route('/api', skillRoutes);
  app.route('/api', accountRoutes);
  app.route('/api', credentialRoutes);
  app.route('/api', evidenceRoutes);
  app.route('/api', attestationRoutes);
  app.route('/api', learnerRoutes);
  app.route('/api', matchingRoutes);
  app.route('/api', roleRoutes);
  app.route('/api', roleLifecycleRoutes);
  app.route('/api', candidateRoutes);
  app.route('/api', learnerRoleRoutes);
  app.route('/api', interestRoutes);
  app.route('/api', conversationRoutes);
  app.route('/api', cohortRoutes);
  app.route('/api', transparencyRoutes);
  app.route('/api', learningRoutes);
  app.route('/', pageRoutes);

  app.doc31('/openapi.json', OPENAPI_CONFIG);
  app.get('/docs', (c) => c.html(renderDocsPage(app.getOpenAPI31Document(OPENAPI_CONFIG) as never)));

  app.notFound((c) => {
    // People get a page; API clients (and anything under /api) get problem+json.
    if (wantsPage(c)) {
      return c.html(ErrorPage({ lang: pageLang(c), path: c.req.path, status: 404 }), 404);
    }
    return problem(c, new HttpError(404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));
  });
  app.onError((err, c) => {
    if (err instanceof HttpError && (err.status === 400 || err.status === 429) && wantsPage(c)) {
      const detail = err.errors?.map((e) => `${e.path}: ${e.message}`).join('; ') ?? err.message;
      return c.html(
        ErrorPage({ lang: pageLang(c), path: c.req.path, status: err.status, detail }),
        err.status,
      );
    }
    if (c.req.raw.signal.aborted || isClientDisconnect(err)) {
      // The client went away mid-request: nothing to answer and nothing wrong on our side.
      deps.logger.info('client disconnected', { requestId: c.get('requestId'), path: c.req.path });
      return c.body(null, 499 as never);
    }
    if (err instanceof MatcherPreparingError) {
      c.header('Retry-After', '2');
      if (wantsPage(c))
        return c.html(
          ErrorPage({ lang: pageLang(c), path: c.req.path, status: 503, detail: err.message }),
          503,
        );
      return problem(c, new HttpError(503, 'starting', err.message));
    }
    if (err instanceof HttpError) return problem(c, err);
    if (isUnstorableTextRejection(err)) {
      // A backstop: every schema refuses such text, so reaching here means a field escaped them.
      deps.logger.error('database refused text that passed validation', {
        path: c.req.path,
        error: String(err),
      });
      return problem(
        c,
        new HttpError(400, 'validation', 'the request holds a NUL character or a lone surrogate'),
      );
    }
    if (err instanceof DomainError) return problem(c, fromDomainError(err));
    if (err instanceof HTTPException && err.status < 500) {
      // Hono's own validators (e.g. malformed JSON) raise these: report them as problems too.
      const code =
        err.status === 413
          ? 'payload_too_large'
          : err.status === 415
            ? 'unsupported_media_type'
            : 'bad_request';
      return problem(c, new HttpError(err.status, code, err.message || 'bad request'));
    }
    const id = c.get('requestId');
    deps.logger.error('unhandled error', {
      requestId: id,
      method: c.req.method,
      path: c.req.path,
      error: String(err),
      stack: (err as Error)?.stack,
    });
    const body = {
      ...problemBody(
        500,
        'internal',
        'something went wrong on our side; quote the request id when reporting it',
      ),
      requestId: id,
    };
    return c.body(JSON.stringify(body), 500, { 'content-type': 'application/problem+json; charset=utf-8' });
  });
  if (deps.config.trustProxy) {
    // Behind a TLS-terminating proxy: every request is seen as the client sent it (forwarded.ts).
    const direct = app.fetch;
    app.fetch = (request, env, ctx) => direct(forwardedRequest(request), env, ctx);
  }
  return app;
}

/** Errors a request body read raises when the client closes the connection. */
function isClientDisconnect(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown } | null;
  return (
    e?.name === 'AbortError' ||
    e?.code === 'ECONNRESET' ||
    e?.code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    e?.code === 'ABORT_ERR'
  );
}
