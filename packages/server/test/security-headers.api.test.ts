/**
 * Headers and proxies on every dialect: a strict CSP that still lets the app's own inline blocks
 * run, no-store on everything personal, `Secure` cookies behind a trusted TLS proxy, rate limits
 * that hold across two app processes on one database, and quiet client disconnects.
 */
import { createHash } from 'node:crypto';
import { openDatabase } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import { bearer, deposit, signUp } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

/** Every inline <style> and <script> of a page must be allowed by the CSP's hashes. */
function inlineBlocksAllowed(html: string, csp: string): boolean {
  const blocks = [...html.matchAll(/<(style|script)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g)];
  return blocks.every(([, , body]) => {
    const hash = createHash('sha256')
      .update(body ?? '', 'utf8')
      .digest('base64');
    return csp.includes(`'sha256-${hash}'`);
  });
}

describe.each(testDatabases())('headers, proxies and rate limits on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database, { file: true });
  });
  afterAll(() => t.destroy());

  it('pages carry a strict CSP and the other security headers; the app’s inline blocks are allowed', async () => {
    const web = new WebClient(t.app);
    for (const path of ['/', '/occupations', '/sign-up', '/docs']) {
      const res = await web.get(path);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      const html = await res.text();
      expect(html).toMatch(/<style/);
      expect(inlineBlocksAllowed(html, csp)).toBe(true);
    }
    // The access-key page has the app's one script.
    const signedUp = await web.post('/sign-up', { role: 'learner', name: '学员' }, { csrfFrom: '/sign-up' });
    expect(signedUp.status).toBe(303);
    const key = await web.get(signedUp.headers.get('location') ?? '');
    expect(key.status).toBe(200);
    const html = await key.text();
    expect(html).toMatch(/<script>/);
    expect(inlineBlocksAllowed(html, key.headers.get('content-security-policy') ?? '')).toBe(true);
    expect(key.headers.get('cache-control')).toBe('no-store');
  });

  it('personal pages, exports and API answers are no-store', async () => {
    const learner = await signUp(t.app, 'learner');
    await deposit(t.app, learner);
    for (const path of [`/api/learners/${learner.id}/export`, '/api/evidence', '/api/me']) {
      const res = await t.app.request(path, bearer(learner.token));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    const web = new WebClient(t.app);
    await web.signUp('learner', '页面学员');
    for (const path of ['/me', '/me/evidence', '/me/profile', '/me/consent']) {
      const res = await web.get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('behind a trusted TLS proxy the session cookie keeps Secure; untrusted forwarded headers change nothing', async () => {
    const proxied = createApp({ ...t.deps, config: { ...t.deps.config, trustProxy: true } });
    const viaProxy = async (path: string, init: RequestInit = {}) =>
      proxied.request(`http://127.0.0.1:3000${path}`, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'skills.example',
        },
      });
    const page = await viaProxy('/sign-up', { headers: { accept: 'text/html' } });
    const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const anon = page.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(page.headers.getSetCookie().every((c) => /;\s*Secure/i.test(c))).toBe(true);
    const res = await viaProxy('/sign-up', {
      method: 'POST',
      body: new URLSearchParams({ _csrf: csrf, role: 'learner', name: '代理后的学员' }).toString(),
      headers: {
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://skills.example',
        cookie: anon,
      },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/key?new=signup');
    const session = res.headers.getSetCookie().find((c) => c.startsWith('sb_session='));
    expect(session).toMatch(/;\s*Secure/i);

    // The same headers sent to an app that does not trust a proxy are ignored.
    const direct = await t.app.request('http://127.0.0.1:3000/sign-up', {
      headers: { accept: 'text/html', 'x-forwarded-proto': 'https' },
    });
    expect(direct.headers.getSetCookie().some((c) => /;\s*Secure/i.test(c))).toBe(false);
  });

  it('sign-up is rate limited per address across two processes on one database', async () => {
    // A second "process": its own connection pool (SQLite: its own file handle) on the same database.
    const second = openDatabase(t.handle.displayUrl);
    try {
      const config = { ...t.deps.config, rateLimits: true, trustProxy: true };
      const one = createApp({ ...t.deps, config });
      const two = createApp({ ...t.deps, db: second.db, config });
      const from = (ip: string) => ({ 'x-forwarded-for': `198.51.100.7, ${ip}` });
      const statuses: number[] = [];
      for (let i = 0; i < 22; i += 1) {
        const app = i % 2 === 0 ? one : two;
        const res = await app.request(
          '/api/accounts',
          json({ role: 'learner', name: `学员${i}` }, { headers: from('203.0.113.5') }),
        );
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
          expect((await readJson(res)).type).toBe('/problems/too-many-requests');
        }
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.slice(20)).toEqual([429, 429]);
      // Another address is not affected.
      const other = await two.request(
        '/api/accounts',
        json({ role: 'learner', name: '别人' }, { headers: from('203.0.113.6') }),
      );
      expect(other.status).toBe(201);
    } finally {
      await second.destroy();
    }
  });

  it('cohort joins are rate limited per account', async () => {
    const config = { ...t.deps.config, rateLimits: true };
    const app = createApp({ ...t.deps, config });
    const learner = await signUp(t.app, 'learner');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const res = await app.request('/api/cohorts/join', bearer(learner.token, json({ code: `WRONG${i}` })));
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s !== 429)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('a client that disconnects mid-request is logged as information, not as an error', async () => {
    const logged: { level: string; message: string }[] = [];
    const logger: Logger = {
      info: (message) => void logged.push({ level: 'info', message }),
      error: (message) => void logged.push({ level: 'error', message }),
    };
    const app = createApp({
      ...t.deps,
      logger,
      config: loadConfig({ DATABASE_URL: 'sqlite::memory:', SKILLBANK_RATE_LIMITS: 'off' }),
    });
    const learner = await signUp(t.app, 'learner');
    const controller = new AbortController();
    const body = new ReadableStream({
      pull(c) {
        controller.abort();
        c.error(new DOMException('The client went away', 'AbortError'));
      },
    });
    const res = await app.request('/api/evidence', {
      method: 'POST',
      body,
      signal: controller.signal,
      duplex: 'half',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${learner.token}` },
    } as RequestInit);
    expect(res.status).not.toBe(500);
    expect(logged.filter((l) => l.level === 'error')).toEqual([]);
    expect(logged.some((l) => l.message === 'client disconnected')).toBe(true);
  });
});
