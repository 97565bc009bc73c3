/** Start-up on an embedded SQLite file: first start imports, a restart keeps everything and imports nothing. */
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

  // Each run builds the matcher index: tens of seconds on a loaded 2-core machine.
  it('creates, migrates and imports on first start, then restarts without re-importing', {
    timeout: 120_000,
  }, async () => {
    const first = await boot(config, { logger: silentLogger });
    expect(first.imported?.status).toBe('imported');
    const before = await readJson(await first.app.request('/api/taxonomy'));
    await first.handle.destroy();

    const second = await boot(config, { logger: silentLogger });
    expect(second.imported).toBeNull();
    expect(await readJson(await second.app.request('/api/taxonomy'))).toEqual(before);
    expect((await second.app.request('/api/occupations/4-09-07-04')).status).toBe(200);
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
