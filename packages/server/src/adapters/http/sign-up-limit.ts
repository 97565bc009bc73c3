/**
 * The sign-up rate limit: at most `config.signUpsPerHour` new accounts per connecting address per
 * hour (a fixed window, pages and API together), kept in memory by the running app. The address is
 * the socket's peer: behind a reverse proxy that is the proxy, so set the limit with that in mind
 * (forwarded headers are not trusted).
 */
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

const WINDOW_MS = 3600_000;

interface Window {
  start: number;
  count: number;
}

/** One table of windows per app (its deps), so test apps do not share counts. */
const tables = new WeakMap<object, Map<string, Window>>();

function addressOf(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Counts one sign-up from the caller's address: `null` when allowed, else the minutes until the
 * next one is (the count is not raised by a refused attempt).
 */
export function takeSignUp(c: Context<AppEnv>, now = Date.now()): { retryAfterSeconds: number } | null {
  const { deps } = c.var;
  const limit = deps.config.signUpsPerHour;
  if (limit === 0) return null;
  let table = tables.get(deps);
  if (!table) {
    table = new Map();
    tables.set(deps, table);
  }
  const address = addressOf(c);
  for (const [key, w] of table) if (now - w.start >= WINDOW_MS) table.delete(key);
  const window = table.get(address) ?? { start: now, count: 0 };
  if (window.count >= limit) return { retryAfterSeconds: Math.ceil((window.start + WINDOW_MS - now) / 1000) };
  window.count += 1;
  table.set(address, window);
  return null;
}
