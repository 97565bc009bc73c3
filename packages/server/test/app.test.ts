/** App-wide behaviour: health, unknown routes, the OpenAPI document and the docs page. */
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';

const [sqlite] = testDatabases();

describe('app', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (!sqlite) throw new Error('sqlite is always available');
    t = await openTestApp(sqlite);
  });
  afterAll(() => t.destroy());

  it('GET /healthz answers with the dialect and taxonomy', async () => {
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({ status: 'ok', database: 'sqlite', taxonomy: 'cn2022@2022.1' });
  });

  it('unknown routes are 404 problems', async () => {
    const res = await t.app.request('/api/nothing-here', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await readJson(res)).toMatchObject({ status: 404, type: '/problems/not-found' });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await readJson(res);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/taxonomy', '/api/occupations', '/api/occupations/{code}', '/healthz']),
    );
    const params = doc.paths['/api/occupations'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'digital', 'green', 'group', 'limit', 'cursor']));
  });

  it('GET /docs renders the API as a page', async () => {
    const res = await t.app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('/api/occupations/{code}');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('an unexpected failure is a bland 500 problem with a request id, never the error text', async () => {
    const broken = await openTestApp(sqlite as NonNullable<typeof sqlite>);
    await broken.handle.destroy();
    const res = await broken.app.request('/api/taxonomy');
    expect(res.status).toBe(500);
    const body = await readJson(res);
    expect(body).toMatchObject({ status: 500, type: '/problems/internal' });
    expect(body.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toMatch(/destroy|closed|sqlite/i);
  });
});

describe('config', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:./data/skillbank.db',
      adminToken: null,
      keyFile: 'data/platform-key.json',
      publicUrl: 'http://127.0.0.1:3000',
    });
  });

  it('keeps the platform key beside the SQLite file unless told otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/skillbank/main.db' }).keyFile).toBe(
      '/var/lib/skillbank/platform-key.json',
    );
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).keyFile).toBe('data/platform-key.json');
    expect(loadConfig({ SKILLBANK_KEY_FILE: '/etc/skillbank/key.json' }).keyFile).toBe(
      '/etc/skillbank/key.json',
    );
    expect(loadConfig({ SKILLBANK_PUBLIC_URL: 'https://skills.example.edu/' }).publicUrl).toBe(
      'https://skills.example.edu',
    );
    expect(() => loadConfig({ SKILLBANK_PUBLIC_URL: 'ftp://x' })).toThrow(/SKILLBANK_PUBLIC_URL/);
  });

  it('rejects bad values, naming every variable', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SKILLBANK_ADMIN_TOKEN: 'short' }),
    ).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*SKILLBANK_ADMIN_TOKEN/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
