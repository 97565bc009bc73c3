/** Builds the Skillbank HTTP app from its dependencies. No module-level state: one app per call. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DomainError, systemNow } from '@skillbank/core';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { accountRoutes } from './adapters/http/accounts/index.js';
import { attestationRoutes } from './adapters/http/attestations/index.js';
import { cohortRoutes } from './adapters/http/cohorts/index.js';
import { renderDocsPage } from './adapters/http/docs-page.js';
import type { AppEnv } from './adapters/http/env.js';
import { evidenceRoutes } from './adapters/http/evidence/index.js';
import { healthRoutes } from './adapters/http/health/index.js';
import { learnerRoutes } from './adapters/http/learners/index.js';
import { matchingRoutes } from './adapters/http/matching/index.js';
import { occupationRoutes } from './adapters/http/occupations/index.js';
import { OPENAPI_CONFIG } from './adapters/http/openapi-document.js';
import { fromDomainError, HttpError, problem, problemBody } from './adapters/http/problem.js';
import { roleRoutes } from './adapters/http/roles/index.js';
import { createRouter } from './adapters/http/router.js';
import { taxonomyRoutes } from './adapters/http/taxonomy/index.js';
import { ErrorPage } from './adapters/pages/error.page.js';
import { pageLang } from './adapters/pages/i18n.js';
import { pageRoutes } from './adapters/pages/pages.routes.js';
import type { AppDeps } from './deps.js';
import { taxonomyRefresher } from './matching/taxonomy-refresh.js';
import { createUseCases } from './use-cases/index.js';

export { API_VERSION } from './adapters/http/openapi-document.js';

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();

  const useCases = createUseCases({ ...deps, now: deps.now ?? systemNow });
  const refresher = taxonomyRefresher(deps);

  app.use(requestId());
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('useCases', useCases);
    await next();
  });
  app.use(refresher.middleware);
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.maxBodyBytes,
      onError: () => {
        throw new HttpError(
          413,
          'payload_too_large',
          `the request body is larger than ${deps.config.maxBodyBytes} bytes`,
        );
      },
    }),
  );

  app.route('/', healthRoutes);
  app.route('/api', taxonomyRoutes);
  app.route('/api', occupationRoutes);
  app.route('/api', accountRoutes);
  app.route('/api', evidenceRoutes);
  app.route('/api', attestationRoutes);
  app.route('/api', learnerRoutes);
  app.route('/api', matchingRoutes);
  app.route('/api', roleRoutes);
  app.route('/api', cohortRoutes);
  app.route('/', pageRoutes);

  app.doc31('/openapi.json', OPENAPI_CONFIG);
  app.get('/docs', (c) => c.html(renderDocsPage(app.getOpenAPI31Document(OPENAPI_CONFIG) as never)));

  app.notFound((c) => {
    // People get a page; API clients (and anything under /api) get problem+json.
    if (!c.req.path.startsWith('/api') && c.req.header('accept')?.includes('text/html')) {
      return c.html(ErrorPage({ lang: pageLang(c), path: c.req.path, status: 404 }), 404);
    }
    return problem(c, new HttpError(404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));
  });
  app.onError((err, c) => {
    if (err instanceof HttpError) return problem(c, err);
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
  return app;
}
