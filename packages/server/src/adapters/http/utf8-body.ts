/**
 * Request bodies of the API must be UTF-8. Read leniently (as `Request.text()` does), a body in
 * GBK or with stray bytes gets U+FFFD in place of what it said, and a deposit would be stored —
 * hashed into the learner's chain — with text the learner never wrote. So a body that is not
 * UTF-8 is a 400 naming `(body)`, and nothing is stored; a valid one is decoded here once and
 * kept as the request's text, which the validators' `c.req.json()` and the routes' `c.req.text()`
 * then read without decoding it again.
 */
import type { MiddlewareHandler } from 'hono';
import { badRequest } from './problem.js';

const strict = new TextDecoder('utf-8', { fatal: true });

export function utf8Body(): MiddlewareHandler {
  return async (c, next) => {
    // (A request built in process may carry a body without a Content-Length: only 0 says none.)
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.header('content-length') === '0')
      return next();
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = strict.decode(bytes);
    } catch {
      throw badRequest('(body)', { code: 'not_utf8', params: {} });
    }
    // Hono keeps each read of the body as a promise under its kind (its type says the value).
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
    return next();
  };
}
