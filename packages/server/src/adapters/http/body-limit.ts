/**
 * The body size limit of the API. A request that declares its length (Content-Length, no
 * Transfer-Encoding) is judged by that header alone, and a GET or HEAD has no body: neither touches
 * `c.req.raw.body`, which would turn @hono/node-server's lightweight request into a full fetch
 * `Request` with a web stream over the socket (a third of the cost of a small JSON request) and
 * make every body read go through it. Chunked bodies are counted as they arrive (hono's
 * `bodyLimit`). Same answers as `bodyLimit` alone.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export function apiBodyLimit(maxSize: number, onError: () => never): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined)
      return Number.parseInt(length || '0', 10) > maxSize ? onError() : next();
    return counted(c, next);
  };
}
