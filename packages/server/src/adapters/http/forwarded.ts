/**
 * Behind a reverse proxy that terminates TLS (`SKILLBANK_TRUST_PROXY=1`): the request the app sees
 * carries the scheme and host the client used (X-Forwarded-Proto, X-Forwarded-Host), so cookies
 * keep `Secure` and the same-origin checks compare like with like; the client address is the
 * proxy's last X-Forwarded-For hop. Without the setting these headers are ignored: anyone can send them.
 */
import type { Context } from 'hono';

/** The request as the client sent it to the proxy. */
export function forwardedRequest(req: Request): Request {
  const proto = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const host = req.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (!proto && !host) return req;
  const url = new URL(req.url);
  if (proto === 'https' || proto === 'http') url.protocol = `${proto}:`;
  const parts = host ? /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/.exec(host) : null;
  if (parts) {
    url.hostname = parts[1] as string;
    url.port = parts[2] ?? '';
  }
  if (url.href === req.url) return req;
  const hasBody = req.body !== null && req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers: req.headers,
    signal: req.signal,
    ...(hasBody ? { body: req.body, duplex: 'half' } : {}),
  } as RequestInit);
}

/** The client's address: the proxy's last X-Forwarded-For hop when trusted, else the socket's. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops =
      c.req
        .header('x-forwarded-for')
        ?.split(',')
        .map((h) => h.trim())
        .filter(Boolean) ?? [];
    const last = hops.at(-1);
    if (last) return last;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
