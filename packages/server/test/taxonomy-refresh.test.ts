/** A re-imported taxonomy reaches the API and the matcher without a restart. */
import { importTaxonomy } from '@skillbank/core';
import { bundledTaxonomySource, testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, readJson, type TestApp } from './test-app.js';

const [sqlite] = testDatabases();

/** Asks `/api/taxonomy` until it serves `version` (a rebuild takes about a second), at most ~30 s. */
async function servedVersionEventually(t: TestApp, version: string): Promise<string> {
  let served = '';
  for (let i = 0; i < 300 && served !== version; i += 1) {
    served = (await readJson(await t.app.request('/api/taxonomy'))).version;
    if (served !== version) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return served;
}

describe('taxonomy refresh', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(sqlite as NonNullable<typeof sqlite>, {
      env: { SKILLBANK_TAXONOMY_REFRESH_SECONDS: '0' },
    });
  });
  afterAll(() => t.destroy());

  it('serves the new version and rebuilds the matcher index after a changed import', async () => {
    expect(await readJson(await t.app.request('/api/taxonomy'))).toMatchObject({ version: '2022.1' });
    const before = t.deps.served.current.matcher;

    const source = structuredClone(await bundledTaxonomySource());
    source.manifest = { ...(source.manifest as object), version: '2022.2' };
    const row = source.occupations.find((r) => r.data.code === '4-09-07-04');
    if (!row) throw new Error('fixture lacks 4-09-07-04');
    row.data.name = '碳排放与碳足迹管理员';
    source.contentHash = 'changed';
    expect((await importTaxonomy(t.deps.db, source)).status).toBe('imported');

    // Requests never wait for the rebuild: the one that starts it is answered from the index in hand,
    // and the new version is served once its index is built and swapped in.
    expect(await readJson(await t.app.request('/api/taxonomy'))).toMatchObject({ version: '2022.1' });
    expect(await servedVersionEventually(t, '2022.2')).toBe('2022.2');
    expect(t.deps.served.current.matcher).not.toBe(before);
    const hits = await readJson(
      await t.app.request(`/api/occupations?q=${encodeURIComponent('碳足迹')}&limit=3`),
    );
    expect(hits.items[0]).toMatchObject({ code: '4-09-07-04', name: '碳排放与碳足迹管理员' });
  });

  it('does not rebuild when nothing changed', async () => {
    const current = t.deps.served.current.matcher;
    await t.app.request('/api/taxonomy');
    await t.app.request('/api/taxonomy');
    expect(t.deps.served.current.matcher).toBe(current);
  });
});
