/** Taxonomy storage: one suite, run against every dialect this machine offers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  getOccupation,
  getTaxonomyCounts,
  getTaxonomyInfo,
  importTaxonomy,
  loadTaxonomy,
  searchOccupations,
} from '../src/index.js';
import { bundledTaxonomySource, testDatabases } from '../src/testing/index.js';

describe.each(testDatabases())('taxonomy storage on $name', ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.destroy());

  it('stores the whole 2022 classification with the official marker counts', async () => {
    const counts = await getTaxonomyCounts(handle.db, 'cn2022');
    expect(counts).toEqual({
      major: 8,
      middle: 79,
      minor: 450,
      occupation: 1639,
      digital: 97,
      green: 134,
      digitalAndGreen: 23,
      new: 168,
      tasks: 10536,
    });
    expect(await getTaxonomyInfo(handle.db, 'cn2022')).toMatchObject({ id: 'cn2022', version: '2022.1' });
  });

  it('re-importing the same source changes nothing', async () => {
    const before = await getTaxonomyInfo(handle.db, 'cn2022');
    const report = await importTaxonomy(handle.db, await bundledTaxonomySource(), {
      now: () => new Date('2030-01-01'),
    });
    expect(report.status).toBe('unchanged');
    expect(await getTaxonomyInfo(handle.db, 'cn2022')).toEqual(before);
    expect((await getTaxonomyCounts(handle.db, 'cn2022')).occupation).toBe(1639);
  });

  it('returns an occupation with its numbered tasks and its path up the hierarchy', async () => {
    const found = await getOccupation(handle.db, 'cn2022', '4-09-07-04');
    expect(found?.occupation.name).toBe('碳排放管理员');
    expect(found?.occupation.green).toBe(true);
    expect(found?.occupation.tasks[0]?.id).toBe('4-09-07-04#1');
    expect(found?.occupation.tasks.map((t) => t.seq)).toEqual(found?.occupation.tasks.map((_, i) => i + 1));
    expect(found?.path.map((p) => p.code)).toEqual(['4', '4-09', '4-09-07', '4-09-07-04']);
    expect(await getOccupation(handle.db, 'cn2022', '9-99-99-99')).toBeNull();
  });

  it('searches names, definitions and tasks, names first', async () => {
    const ai = await searchOccupations(handle.db, 'cn2022', { q: '人工智能', limit: 5, offset: 0 });
    expect(
      ai.items
        .slice(0, 2)
        .map((o) => o.code)
        .sort(),
    ).toEqual(['2-02-38-01', '4-04-05-05']);
    const carbon = await searchOccupations(handle.db, 'cn2022', { q: '碳排放', limit: 20, offset: 0 });
    expect(carbon.items.map((o) => o.code)).toContain('4-09-07-04');
    // A word that only appears in task statements still finds the occupation.
    const byTask = await searchOccupations(handle.db, 'cn2022', { q: '神经网络', limit: 50, offset: 0 });
    expect(byTask.items.map((o) => o.code)).toContain('2-02-38-01');
  });

  it('treats LIKE wildcards in a query literally', async () => {
    const page = await searchOccupations(handle.db, 'cn2022', { q: '%', limit: 5, offset: 0 });
    expect(page.items).toEqual([]);
  });

  it('filters by digital, green and group, and pages without overlap', async () => {
    const both = await searchOccupations(handle.db, 'cn2022', {
      digital: true,
      green: true,
      limit: 100,
      offset: 0,
    });
    expect(both.items).toHaveLength(23);
    expect(both.hasMore).toBe(false);
    const group = await searchOccupations(handle.db, 'cn2022', { group: '2-02-38', limit: 100, offset: 0 });
    expect(group.items.every((o) => o.minorCode === '2-02-38')).toBe(true);
    const first = await searchOccupations(handle.db, 'cn2022', { limit: 10, offset: 0 });
    const second = await searchOccupations(handle.db, 'cn2022', { limit: 10, offset: 10 });
    expect(first.hasMore).toBe(true);
    const codes = [...first.items, ...second.items].map((o) => o.code);
    expect(new Set(codes).size).toBe(20);
  });

  it('loads the whole taxonomy into memory as it was imported', async () => {
    const data = await loadTaxonomy(handle.db, 'cn2022');
    const source = await bundledTaxonomySource();
    expect(data?.occupations).toHaveLength(source.occupations.length);
    expect(data?.groups).toHaveLength(8 + 79 + 450);
    expect(data?.occupations.reduce((n, o) => n + o.tasks.length, 0)).toBe(10536);
    expect(await loadTaxonomy(handle.db, 'nope')).toBeNull();
  });
});
