/**
 * A second, made-up classification with its own scheme (codes `AB.12.345`, three levels, task ids
 * `WD.10.101/1`, one marker) imports, is served, searched and matched — with no code of its own:
 * the fixture folder and its `scheme.json` are all there is to it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTaxonomySource, readTaxonomySource } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

const TOY_DIR = fileURLToPath(new URL('./fixtures/toy-taxonomy', import.meta.url));
const codes = (items: { code: string }[]) => items.map((o) => o.code);

describe('a second scheme: the import checks its grammar, not CN-2022’s', () => {
  it('parses the toy folder and names its own shapes when a row breaks them', async () => {
    const source = await readTaxonomySource(TOY_DIR);
    const parsed = parseTaxonomySource(source);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.info.scheme.id).toBe('toy');
    expect(parsed.data.occupations.find((o) => o.code === 'WD.10.101')).toMatchObject({
      majorCode: 'WD',
      middleCode: null,
      minorCode: 'WD.10',
      digital: true,
      green: false,
      isNew: false,
      tasks: [{ id: 'WD.10.101/1', seq: 1 }, { id: 'WD.10.101/2' }, { id: 'WD.10.101/3' }],
    });

    const cnStyle = {
      ...source,
      hierarchy: [
        ...source.hierarchy,
        { line: 14, data: { level: '1', code: '2', name: 'x', parent_code: '' } },
      ],
      tasks: source.tasks.map((row, i) =>
        i === 0 ? { ...row, data: { ...row.data, id: 'WD.10.101#1' } } : row,
      ),
    };
    const broken = parseTaxonomySource(cnStyle);
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems).toEqual(
      expect.arrayContaining([
        { file: 'hierarchy.csv', line: 14, field: 'code', message: 'must look like AB, AB.NN or AB.NN.NNN' },
        { file: 'tasks.csv', line: 2, field: 'id', message: 'must look like AB.NN.NNN/N' },
      ]),
    );
  });

  it('rejects a scheme.json that is not a scheme, naming the field', async () => {
    const source = await readTaxonomySource(TOY_DIR);
    const parsed = parseTaxonomySource({
      ...source,
      scheme: { ...(source.scheme as object), separator: '+' },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([expect.objectContaining({ file: 'scheme.json', field: 'separator' })]);
  });
});

describe.each(testDatabases())('a second scheme served on $name', (database) => {
  let t: TestApp;
  // Beside the bundled CN-2022 taxonomy, as a second stored classification.
  beforeAll(async () => {
    t = await openTestApp(database, { serve: { id: 'toy', dir: TOY_DIR } });
  });
  afterAll(() => t.destroy());
  const app = { request: (...args: Parameters<TestApp['app']['request']>) => t.app.request(...args) };
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: await readJson(res) };
  };

  it('GET /api/taxonomy counts groups by the ranks the scheme has', async () => {
    expect(await get('/api/taxonomy')).toEqual({
      status: 200,
      body: {
        id: 'toy',
        version: '1',
        name: '玩具职业分类（测试用，虚构）',
        nameEn: 'Toy occupation classification (made up, for tests)',
        locale: 'zh-CN',
        counts: {
          major: 2,
          middle: 0,
          minor: 4,
          occupation: 6,
          digital: 3,
          green: 0,
          digitalAndGreen: 0,
          new: 0,
          tasks: 11,
        },
      },
    });
  });

  it('lists and filters occupations by the scheme’s groups', async () => {
    const all = await get('/api/occupations?limit=100');
    expect(all.status).toBe(200);
    expect(codes(all.body.items)).toEqual([
      'CR.30.301',
      'CR.30.302',
      'CR.40.401',
      'WD.10.101',
      'WD.10.102',
      'WD.20.201',
    ]);
    expect(all.body.items[3]).toEqual({
      code: 'WD.10.101',
      name: '数据管道工程师',
      digital: true,
      green: false,
      isNew: false,
      group: { major: 'WD', middle: null, minor: 'WD.10' },
    });
    expect(codes((await get('/api/occupations?group=WD')).body.items)).toEqual([
      'WD.10.101',
      'WD.10.102',
      'WD.20.201',
    ]);
    expect(codes((await get('/api/occupations?group=WD.10&digital=true')).body.items)).toEqual([
      'WD.10.101',
      'WD.10.102',
    ]);
    // A CN-2022 group code is not a group code here.
    expect(await get('/api/occupations?group=2-02')).toMatchObject({
      status: 400,
      body: { errors: [{ path: 'group', message: 'must be a group code such as WD or WD.10' }] },
    });
  });

  it('serves one occupation with its tasks and its path up the scheme’s levels', async () => {
    const one = await get('/api/occupations/WD.10.101');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      code: 'WD.10.101',
      tasks: [{ id: 'WD.10.101/1', seq: 1 }, { id: 'WD.10.101/2' }, { id: 'WD.10.101/3' }],
      path: [
        { level: 1, code: 'WD', name: '网络与数据' },
        { level: 2, code: 'WD.10', name: '数据工程' },
        { level: 3, code: 'WD.10.101', name: '数据管道工程师' },
      ],
      taxonomy: { id: 'toy', version: '1' },
    });
    expect((await get('/api/occupations/WD.10.999')).status).toBe(404);
    expect(await get('/api/occupations/2-02-38-01')).toMatchObject({
      status: 400,
      body: { errors: [{ path: 'code', message: 'must be an occupation code such as WD.10.101' }] },
    });
  });

  it('searches names, definitions and tasks', async () => {
    const found = await get(`/api/occupations?q=${encodeURIComponent('饺子')}`);
    expect(codes(found.body.items)[0]).toBe('CR.30.301');
    const byTask = await get(`/api/occupations?q=${encodeURIComponent('数据仓库')}`);
    expect(codes(byTask.body.items)).toContain('WD.10.101');
  });

  it('POST /api/match ranks the toy occupations and explains the score', async () => {
    const res = await app.request(
      '/api/match',
      json({
        evidence: [
          {
            kind: 'work_project',
            title: '搭建数据管道',
            description: '把业务系统的数据抽取、清洗并加载到数据仓库，编写调度任务并处理失败重试。',
            occupationCodes: ['WD.10.102'],
          },
        ],
        limit: 3,
      }),
    );
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body.taxonomy).toEqual({ id: 'toy', version: '1' });
    expect(body.matches[0]).toMatchObject({ code: 'WD.10.101', breakdown: expect.any(Object) });
    expect(body.matches[0].coveredTasks.map((t: { taskId: string }) => t.taskId)).toContain('WD.10.101/1');
    // Naming another occupation of the same family earns the group bonus the scheme's parent defines.
    expect(body.matches[0].breakdown.declaredBonus).toBeGreaterThan(0);

    const cn = await app.request(
      '/api/match',
      json({
        evidence: [{ kind: 'work_project', title: 'x', description: 'y', occupationCodes: ['2-02-38-01'] }],
      }),
    );
    expect(cn.status).toBe(400);
    expect((await readJson(cn)).errors).toEqual([
      { path: 'evidence.0.occupationCodes.0', message: 'must be an occupation code such as WD.10.101' },
    ]);
  });

  it('POST /api/classify finds the toy occupation for a job title', async () => {
    const res = await app.request('/api/classify', json({ title: '中式面点师' }));
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body.candidates[0]).toMatchObject({ code: 'CR.30.301', name: '中式面点师' });
  });

  it('the pages name the scheme’s levels and count its occupations', async () => {
    const home = await app.request('/?lang=en');
    expect(await home.text()).toContain('Browse 6 occupations');
    const list = await (await app.request('/occupations?lang=en')).text();
    expect(list).toContain('All fields');
    // The toy has a digital marker and no green one: only the digital filter is offered.
    expect(list).toContain('name="digital"');
    expect(list).not.toContain('name="green"');
    expect(list).toContain('WD 网络与数据');
    expect((await app.request('/occupations/WD.10.101', { headers: { accept: 'text/html' } })).status).toBe(
      200,
    );
  });
});

describe('a second scheme at start-up', () => {
  it('boot imports the folder named by the config and serves it', async () => {
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      SKILLBANK_TAXONOMY: 'toy',
      SKILLBANK_TAXONOMY_DIR: TOY_DIR,
      SKILLBANK_KEY_FILE: join(mkdtempSync(join(tmpdir(), 'skillbank-key-')), 'platform-key.json'),
    });
    const booted = await boot(config, { logger: silentLogger });
    try {
      expect(booted.imported?.status).toBe('imported');
      expect((await booted.app.request('/api/occupations/CR.30.302')).status).toBe(200);
      expect(await readJson(await booted.app.request('/healthz'))).toMatchObject({ taxonomy: 'toy@1' });
    } finally {
      await booted.handle.destroy();
    }
  });
});
