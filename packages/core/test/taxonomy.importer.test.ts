/** The importer: per-row problems with line numbers, all-or-nothing writes, editions side by side. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  getTaxonomyCounts,
  getTaxonomyInfo,
  importTaxonomy,
  listTaxonomies,
  type TaxonomySource,
} from '../src/index.js';
import { bundledTaxonomySource, testDatabases } from '../src/testing/index.js';

/** A small valid source, as the CSV reader would produce it. */
function tinySource(overrides: Partial<TaxonomySource> = {}): TaxonomySource {
  return {
    manifest: { id: 'tiny', version: '1', name: '小分类', locale: 'zh-CN', source: 'test' },
    hierarchy: [
      { line: 2, data: { level: '1', code: '9', name: '大类', parent_code: '' } },
      { line: 3, data: { level: '2', code: '9-01', name: '中类', parent_code: '9' } },
      { line: 4, data: { level: '3', code: '9-01-01', name: '小类', parent_code: '9-01' } },
      { line: 5, data: { level: '4', code: '9-01-01-01', name: '职业甲', parent_code: '9-01-01' } },
    ],
    occupations: [
      {
        line: 2,
        data: {
          code: '9-01-01-01',
          name: '职业甲',
          digital: '1',
          green: '0',
          new_in_2022: '0',
          definition: '定义',
        },
      },
    ],
    tasks: [
      { line: 2, data: { id: '9-01-01-01#1', occupation_code: '9-01-01-01', seq: '1', text: '任务一' } },
    ],
    contentHash: 'h1',
    ...overrides,
  };
}

describe.each(testDatabases())('taxonomy importer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await open({ taxonomy: false });
  });
  afterEach(() => handle.destroy());

  it('imports a valid source and reports its counts', async () => {
    const report = await importTaxonomy(handle.db, tinySource());
    expect(report).toMatchObject({
      status: 'imported',
      taxonomyId: 'tiny',
      counts: { groups: 3, occupations: 1, tasks: 1 },
      problems: [],
    });
    expect((await getTaxonomyCounts(handle.db, 'tiny')).digital).toBe(1);
  });

  it('rejects a source with bad rows, naming file, line and field, and writes nothing', async () => {
    const source = tinySource({
      hierarchy: [
        ...tinySource().hierarchy,
        { line: 6, data: { level: '4', code: '9-01-02-01', name: '孤儿', parent_code: '9-01-02' } },
        { line: 7, data: { level: '4', code: '9-1-02-01', name: '坏代码', parent_code: '9-01-02' } },
      ],
      occupations: [
        {
          line: 2,
          data: {
            code: '9-01-01-01',
            name: '职业甲',
            digital: 'yes',
            green: '0',
            new_in_2022: '0',
            definition: '',
          },
        },
      ],
    });
    const report = await importTaxonomy(handle.db, source);
    expect(report.status).toBe('invalid');
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'hierarchy.csv', line: 6, field: 'parent_code' }),
        expect.objectContaining({ file: 'hierarchy.csv', line: 7, field: 'code' }),
        expect.objectContaining({
          file: 'occupations.csv',
          line: 2,
          field: 'digital',
          message: 'must be 0 or 1',
        }),
      ]),
    );
    expect(await listTaxonomies(handle.db)).toEqual([]);
  });

  it('rejects tasks out of sequence and tasks of unknown occupations', async () => {
    const report = await importTaxonomy(
      handle.db,
      tinySource({
        tasks: [
          { line: 2, data: { id: '9-01-01-01#2', occupation_code: '9-01-01-01', seq: '2', text: '跳号' } },
          { line: 3, data: { id: '9-09-09-09#1', occupation_code: '9-09-09-09', seq: '1', text: '无主' } },
        ],
      }),
    );
    expect(report.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'seq'],
      [3, 'occupation_code'],
    ]);
  });

  it('is idempotent: the same content twice is unchanged the second time', async () => {
    expect((await importTaxonomy(handle.db, tinySource())).status).toBe('imported');
    const info = await getTaxonomyInfo(handle.db, 'tiny');
    expect((await importTaxonomy(handle.db, tinySource())).status).toBe('unchanged');
    expect(await getTaxonomyInfo(handle.db, 'tiny')).toEqual(info);
  });

  it('replaces a changed edition of the same taxonomy and leaves other taxonomies alone', async () => {
    await importTaxonomy(handle.db, await bundledTaxonomySource());
    await importTaxonomy(handle.db, tinySource());
    const changed = tinySource({
      manifest: { id: 'tiny', version: '2', name: '小分类', locale: 'zh-CN', source: 'test' },
      occupations: [
        {
          line: 2,
          data: {
            code: '9-01-01-01',
            name: '职业甲',
            digital: '0',
            green: '1',
            new_in_2022: '0',
            definition: '',
          },
        },
      ],
      contentHash: 'h2',
    });
    expect((await importTaxonomy(handle.db, changed)).status).toBe('imported');
    expect(await getTaxonomyInfo(handle.db, 'tiny')).toMatchObject({ version: '2' });
    expect(await getTaxonomyCounts(handle.db, 'tiny')).toMatchObject({
      occupation: 1,
      digital: 0,
      green: 1,
      tasks: 1,
    });
    expect((await getTaxonomyCounts(handle.db, 'cn2022')).occupation).toBe(1639);
  });

  it('rolls back completely when a write fails halfway', async () => {
    // The failure strikes after the groups were written: the transaction must leave nothing behind.
    const source = tinySource();
    let calls = 0;
    await expect(
      importTaxonomy(handle.db, source, {
        batchSize: 1,
        onProgress: (p) => {
          if (p.phase === 'write' && ++calls === 2) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await listTaxonomies(handle.db)).toEqual([]);
    expect(await getTaxonomyCounts(handle.db, 'tiny')).toMatchObject({ major: 0, occupation: 0, tasks: 0 });
  });
});
