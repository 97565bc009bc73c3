/**
 * `skillbank report` on every dialect: the report on stdout in each format, progress on stderr,
 * the anonymised form, Chinese by default and English with `--lang en`, and clear failures for bad
 * arguments and unknown cohorts.
 */
import {
  createAccount,
  createCohort,
  createInvitation,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  findStoredMatcherIndex,
  joinCohort,
  runInTransaction,
  setConsent,
  storeMatcherIndex,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/adapters/cli/cli.js';
import { currentIndexKey } from '../src/matching/stored-index.js';

const TEXTS = [
  ['光伏发电设备巡视检查', '巡视、检查、监控光伏发电设备及附属设备的运行工况，发现异常，上报并进行处理。'],
  ['数控加工中心切削加工', '操作加工中心，进行工件多工序切削加工；安装夹具，调整设备，装夹工件。'],
] as const;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const sink =
    (into: string[]) =>
    (chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
      into.push(String(chunk));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') done();
      return true;
    };
  vi.spyOn(process.stdout, 'write').mockImplementation(sink(out) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(sink(err) as never);
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  return { out: () => out.join(''), err: () => err.join('') };
}

/**
 * The matcher index the first dialect's first run built and stored: the next dialect's database
 * starts with it stored, as `serve` leaves it, so its runs restore it instead of building it again
 * (the same taxonomy, so the same key). Run alone, a dialect's first run builds it.
 */
let storedIndex: Uint8Array | undefined;

// Each test runs the whole CLI several times; the first run builds the matcher index (one build per
// file, see `storedIndex`) and the others restore it: on a machine shared by many builds that takes
// minutes, so these tests get a timeout to match.
describe.each(testDatabases())('skillbank report on %s', { timeout: 180_000 }, (database) => {
  let handle: DatabaseHandle;
  let env: Record<string, string>;
  let cohortId: string;
  const names: string[] = [];

  beforeAll(async () => {
    handle = await database.open({ file: true });
    env = { DATABASE_URL: handle.displayUrl };
    const db = handle.db;
    const { account: advisor } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'advisor', name: '王老师' }),
    );
    if (storedIndex) {
      const key = await currentIndexKey(db, 'cn2022');
      if (!key) throw new Error('no index key');
      await storeMatcherIndex(db, key, storedIndex);
    }
    const cohort = await createCohort(db, { name: 'CLI 班' }, { advisorId: advisor.id });
    cohortId = cohort.id;
    const { code } = await createInvitation(db, cohort.id, { createdBy: advisor.id });
    for (let i = 0; i < 6; i++) {
      const name = `命令行学员${i}`;
      names.push(name);
      const { account } = await runInTransaction(db, (trx) => createAccount(trx, { role: 'learner', name }));
      const [title, description] = TEXTS[i % 2] as readonly [string, string];
      const input = evidenceInputSchema.parse({
        kind: 'work_project',
        title,
        description,
        occurredOn: '2025-05-01',
      });
      await runInTransaction(db, async (trx) => {
        await depositEvidence(trx, input, { learnerId: account.id, taxonomyId: 'cn2022' });
        await setConsent(trx, account.id, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
        await joinCohort(trx, code, { learnerId: account.id });
      });
    }
  });
  afterAll(async () => {
    const key = await currentIndexKey(handle.db, 'cn2022');
    storedIndex ??= (key && (await findStoredMatcherIndex(handle.db, key))) || undefined;
    await handle.destroy();
  });
  afterEach(() => vi.restoreAllMocks());

  // The first run builds the matcher index, unless another dialect stored it: tens of seconds on a
  // loaded 2-core machine.
  it('writes the report to stdout (JSON, anonymised HTML) and progress to stderr', {
    timeout: 120_000,
  }, async () => {
    let io = capture();
    expect(await main(['report', cohortId, '--format', 'json'], env)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report).toMatchObject({
      cohort: { id: cohortId, name: 'CLI 班' },
      population: { members: 6, included: 6 },
    });
    expect(io.err()).toMatch(/matching 100% \(6\/6\)/);
    expect(io.err()).toMatch(/report of CLI 班: 6 of 6 members used/);
    vi.restoreAllMocks();

    io = capture();
    expect(await main(['report', cohortId, '--format', 'html', '--anonymised'], env)).toBe(0);
    expect(io.out()).toMatch(/^<!doctype html>/);
    expect(io.out()).toContain('<svg');
    for (const name of names) expect(io.out()).not.toContain(name);
  });

  // Each run restores the stored matcher index.
  it('writes Chinese by default and English with --lang en', { timeout: 120_000 }, async () => {
    let io = capture();
    expect(await main(['report', cohortId], env)).toBe(0);
    const zh = JSON.parse(io.out());
    expect(zh.lang).toBe('zh');
    expect(zh.summary[0]).toBe('6 名成员中 6 人计入本报告。');
    vi.restoreAllMocks();

    io = capture();
    expect(await main(['report', cohortId, '--lang', 'en'], env)).toBe(0);
    const en = JSON.parse(io.out());
    expect(en.lang).toBe('en');
    expect(en.summary[0]).toBe('6 of 6 members are in this report.');
    vi.restoreAllMocks();

    io = capture();
    expect(await main(['report', cohortId, '--format', 'html'], env)).toBe(0);
    expect(io.out()).toContain('<html lang="zh-CN">');
    expect(io.out()).toContain('<h2>摘要</h2>');
    vi.restoreAllMocks();

    io = capture();
    expect(await main(['report', cohortId, '--format', 'html', '--lang', 'en', '--anonymised'], env)).toBe(0);
    expect(io.out()).toContain('<html lang="en">');
    expect(io.out()).toContain('<h2>Summary</h2>');
    expect(io.out()).toContain('This report covers 6 learners who share their evidence.');
    for (const name of names) expect(io.out()).not.toContain(name);
  });

  it('fails clearly on bad arguments and unknown cohorts', async () => {
    const io = capture();
    expect(await main(['report'], env)).toBe(2);
    expect(await main(['report', cohortId, '--format', 'pdf'], env)).toBe(2);
    expect(await main(['report', cohortId, '--colour'], env)).toBe(2);
    expect(io.err()).toMatch(/--format must be json, csv, html or students-csv/);
    expect(await main(['report', cohortId, '--format', 'students-csv', '--anonymised'], env)).toBe(2);
    expect(io.err()).toMatch(/--format students-csv lists named learners: it has no --anonymised form/);
    expect(await main(['report', cohortId, '--lang', 'fr'], env)).toBe(2);
    expect(io.err()).toMatch(/--lang must be zh or en \(got fr\)/);
    expect(await main(['report', 'co_missing'], env)).toBe(1);
    expect(io.err()).toMatch(/no cohort co_missing/);
    expect(io.out()).toBe('');
  });
});
