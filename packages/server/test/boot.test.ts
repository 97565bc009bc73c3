/** Start-up on an embedded SQLite file: first start imports and stores the matcher index, a restart imports nothing and restores it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boot } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { readJson } from './test-app.js';

describe('boot on a SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-boot-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'nested', 'skillbank.db')}` });

  const matchBody = JSON.stringify({
    evidence: [{ kind: 'credential', title: '焊工证', description: '会电焊和氩弧焊，在车间焊接钢结构' }],
    limit: 5,
  });
  const match = (app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }) =>
    app.request('/api/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: matchBody,
    });

  // The first start builds the matcher index in a worker thread: tens of seconds on a loaded 2-core machine.
  it('first start imports and serves at once while the index is built in a worker; a restart restores the stored index', {
    timeout: 120_000,
  }, async () => {
    const first = await boot(config, { logger: silentLogger });
    expect(first.imported?.status).toBe('imported');
    const before = await readJson(await first.app.request('/api/taxonomy'));
    if (!first.deps.served.ready) {
      const starting = await match(first.app);
      expect(starting.status).toBe(503);
      expect(starting.headers.get('retry-after')).toBe('2');
      expect(starting.headers.get('content-type')).toContain('application/problem+json');
      expect(await readJson(starting)).toMatchObject({ status: 503, type: '/problems/starting' });
    }
    for (let i = 0; i < 1200 && !first.deps.served.ready; i++) await new Promise((r) => setTimeout(r, 100));
    const answered = await match(first.app);
    expect(answered.status).toBe(200);
    const matches = (await readJson(answered)).matches;
    await first.handle.destroy();

    const second = await boot(config, { logger: silentLogger });
    expect(second.imported).toBeNull();
    expect(second.deps.served.ready).toBe(true);
    expect(await readJson(await second.app.request('/api/taxonomy'))).toEqual(before);
    expect((await second.app.request('/api/occupations/4-09-07-04')).status).toBe(200);
    expect((await readJson(await match(second.app))).matches).toEqual(matches);
    await second.handle.destroy();
  });

  it('refuses to start on a taxonomy folder that does not exist, closing the database', async () => {
    const bad = loadConfig({
      DATABASE_URL: `sqlite:${join(dir, 'other.db')}`,
      SKILLBANK_TAXONOMY_DIR: join(dir, 'missing'),
    });
    await expect(boot(bad, { logger: silentLogger })).rejects.toThrow(/ENOENT|no such file/);
  });
});
