/**
 * Pre-assessment after the day changes: the learners whose stored assessments a report used in the
 * last days are assessed again for the new day in report threads (from the stored matcher index's
 * bytes), so that a cohort's first report of that day reads every assessment and writes none, and
 * is the same report as one that assessed everyone. Only learners reported on lately are done; a
 * learner who withdrew never gets a row back; the day's cap holds; and one process at a time runs
 * it (the lease), whether the server's scheduler or `skillbank preassess` by hand.
 */
import { loadTaxonomy, runExclusively, storeMatcherIndex, todayUtc } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { type MatcherIndex, serializeMatcherIndex } from '@skillbank/matcher';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateLearners } from '../bench/bench-learners.js';
import { main } from '../src/adapters/cli/cli.js';
import { silentLogger } from '../src/logger.js';
import { currentIndexKey } from '../src/matching/stored-index.js';
import { buildCohortReport } from '../src/reports/cohort-report.build.js';
import {
  PREASSESS_LEASE,
  type PreassessOutcome,
  preassessOnce,
  startPreassessor,
} from '../src/reports/preassess.js';
import { createReportPool, type ReportThreadPool } from '../src/reports/report-pool.js';
import { createCohort, invite, join } from './cohorts.fixtures.js';
import { deposit, setConsent, signUp, type TestAccount } from './skills-account.fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';

const DAY = '2026-11-20';
const NEXT_DAY = '2026-11-21';
const at = (day: string) => () => new Date(`${day}T08:00:00Z`);
const LEARNERS = 10;

describe.each(testDatabases())('pre-assessment on %s', { timeout: 180_000 }, (database) => {
  let t: TestApp;
  let matcher: MatcherIndex;
  let pool: ReportThreadPool;
  let advisor: TestAccount;
  const cohorts: { id: string; name: string; ids: string[] }[] = [];

  const db = () => t.deps.db;
  const rows = (ids: readonly string[]) =>
    db().selectFrom('learner_assessments').selectAll().where('learner_id', 'in', ids).execute();
  const build = (cohort: { id: string; name: string }, day: string) =>
    buildCohortReport(db(), matcher, { cohort, asOf: day, now: at(day) });
  const run = (day: string, settings: { cap?: number; lookBackDays?: number } = {}) =>
    preassessOnce(db(), {
      taxonomyId: 'cn2022',
      threads: 1,
      pool,
      now: at(day),
      cap: settings.cap ?? 1000,
      lookBackDays: settings.lookBackDays ?? 7,
    });
  const outcome = async (day: string, settings?: { cap?: number; lookBackDays?: number }) => {
    const result = await run(day, settings);
    if (!result.ran || !result.outcome) throw new Error(`no run: ${JSON.stringify(result)}`);
    return result.outcome as PreassessOutcome;
  };

  beforeAll(async () => {
    t = await openTestApp(database, { file: true });
    matcher = t.deps.served.current.matcher;
    // The server stores the index it serves; the pre-assessor's threads restore it from those bytes.
    const indexKey = await currentIndexKey(db(), 'cn2022');
    if (!indexKey) throw new Error('no index key');
    await storeMatcherIndex(db(), indexKey, serializeMatcherIndex(matcher));
    pool = createReportPool({ threads: 1 });
    advisor = await signUp(t.app, 'advisor', '预评估顾问');
    const data = await loadTaxonomy(db(), 'cn2022');
    if (!data) throw new Error('no taxonomy');
    for (const [i, name] of ['甲班', '乙班'].entries()) {
      const cohort = await createCohort(t.app, advisor, name);
      const ids = await generateLearners(db(), data.occupations, {
        count: LEARNERS,
        consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: true },
        cohortId: cohort.id,
        seed: 20 + i,
      });
      cohorts.push({ ...cohort, ids });
    }
  }, 300_000);
  afterAll(async () => {
    await pool?.close();
    await t?.destroy();
  });
  // Each test starts from nothing stored and nothing pre-assessed.
  beforeEach(async () => {
    await db().deleteFrom('learner_assessments').execute();
    await db().deleteFrom('preassessments').execute();
  });

  it('fills the rows after the day changes: the day’s first report writes none and equals one that assessed everyone', async () => {
    const [a] = cohorts as [(typeof cohorts)[0]];
    await build(a, DAY);
    expect((await rows(a.ids)).every((r) => r.as_of === DAY && r.reported_on === DAY)).toBe(true);

    const done = await outcome(NEXT_DAY);
    expect(done).toMatchObject({ day: NEXT_DAY, assessed: LEARNERS, stored: LEARNERS, finished: true });
    const filled = await rows(a.ids);
    expect(filled).toHaveLength(LEARNERS);
    // Made for the new day, still marked as reported on the old one (a pre-assessment is no report).
    expect(filled.every((r) => r.as_of === NEXT_DAY && r.reported_on === DAY)).toBe(true);

    const written = new Map(filled.map((r) => [r.learner_id, r.created_at]));
    const first = await build(a, NEXT_DAY);
    const after = await rows(a.ids);
    for (const row of after) {
      // Read, not written again; marked as reported on today.
      expect(row.created_at).toBe(written.get(row.learner_id));
      expect(row.reported_on).toBe(NEXT_DAY);
    }
    // The same report as one made with nothing stored: every learner assessed now.
    await db().deleteFrom('learner_assessments').execute();
    expect(await build(a, NEXT_DAY)).toEqual(first);
    // Nothing left to do that day: a second run assesses no one.
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 0, finished: true });
  });

  it('runs again the same day when the taxonomy changes: every row is then stale', async () => {
    const [a] = cohorts as [(typeof cohorts)[0]];
    await build(a, DAY);
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: LEARNERS, finished: true });
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 0, finished: true });
    // Another taxonomy content (its index stored, as the server stores it): the day's work is due again.
    const stamp = await db()
      .selectFrom('taxonomies')
      .select('content_hash')
      .where('id', '=', 'cn2022')
      .executeTakeFirst();
    if (!stamp) throw new Error('no taxonomy');
    await db()
      .updateTable('taxonomies')
      .set({ content_hash: 'changed' })
      .where('id', '=', 'cn2022')
      .execute();
    try {
      const changedKey = await currentIndexKey(db(), 'cn2022');
      if (!changedKey) throw new Error('no index key');
      await storeMatcherIndex(db(), changedKey, serializeMatcherIndex(matcher));
      expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: LEARNERS, stored: LEARNERS, finished: true });
      expect((await rows(a.ids)).every((r) => r.taxonomy_hash === 'changed' && r.as_of === NEXT_DAY)).toBe(
        true,
      );
    } finally {
      await db()
        .updateTable('taxonomies')
        .set({ content_hash: stamp.content_hash })
        .where('id', '=', 'cn2022')
        .execute();
    }
  });

  it('pre-assesses only learners a report used within the look-back days', async () => {
    const [a, b] = cohorts as [(typeof cohorts)[0], (typeof cohorts)[0]];
    // B was reported on 7 days before: outside a 7-day look-back (today and the 6 days before).
    await build(b, '2026-11-14');
    await build(a, '2026-11-15');
    const done = await outcome(NEXT_DAY);
    expect(done).toMatchObject({ assessed: LEARNERS, finished: true });
    expect((await rows(a.ids)).every((r) => r.as_of === NEXT_DAY)).toBe(true);
    expect((await rows(b.ids)).every((r) => r.as_of === '2026-11-14')).toBe(true);
    // With a longer look-back, B is due too.
    expect(await outcome(NEXT_DAY, { lookBackDays: 8 })).toMatchObject({ assessed: 0, finished: true });
    await db().deleteFrom('preassessments').execute();
    expect(await outcome(NEXT_DAY, { lookBackDays: 8 })).toMatchObject({ assessed: LEARNERS });
  });

  it('never writes a row for a learner who withdrew, even while being assessed', async () => {
    const cohort = await createCohort(t.app, advisor, '撤回班');
    const learners: TestAccount[] = [];
    for (const name of ['撤回甲', '撤回乙', '留下丙']) {
      const learner = await signUp(t.app, 'learner', name);
      await join(t.app, learner, await invite(t.app, advisor, cohort.id));
      await deposit(t.app, learner);
      await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
      learners.push(learner);
    }
    const [gone, racing, stays] = learners as [TestAccount, TestAccount, TestAccount];
    const ids = learners.map((l) => l.id);
    await build(cohort, DAY);
    expect(await rows(ids)).toHaveLength(3);
    // One withdrew before the run (their row went with it); one withdraws while the run assesses them.
    await setConsent(t.app, gone, { discoverableByEmployers: false, advisorsCanSeeEvidence: false });
    const real = pool;
    pool = {
      ...real,
      assess: async (index, list, asOf, onProgress) => {
        const results = await real.assess(index, list, asOf, onProgress);
        await setConsent(t.app, racing, { discoverableByEmployers: false, advisorsCanSeeEvidence: false });
        return results;
      },
    };
    try {
      const done = await outcome(NEXT_DAY);
      expect(done).toMatchObject({ assessed: 2, stored: 1 });
    } finally {
      pool = real;
    }
    const left = await rows(ids);
    expect(left.map((r) => r.learner_id)).toEqual([stays.id]);
    expect(left[0]?.as_of).toBe(NEXT_DAY);
  });

  it('honours the day’s cap across runs, most recently reported first', async () => {
    const [a, b] = cohorts as [(typeof cohorts)[0], (typeof cohorts)[0]];
    await build(b, '2026-11-18');
    await build(a, DAY);
    const first = await outcome(NEXT_DAY, { cap: 4 });
    expect(first).toMatchObject({ assessed: 4, capped: true, finished: false });
    const second = await outcome(NEXT_DAY, { cap: 4 });
    expect(second).toMatchObject({ assessed: 0, before: 4, capped: true });
    const fresh = [...(await rows(a.ids)), ...(await rows(b.ids))].filter((r) => r.as_of === NEXT_DAY);
    expect(fresh).toHaveLength(4);
    expect(fresh.every((r) => a.ids.includes(r.learner_id))).toBe(true);
    // A higher cap the same day carries on from there.
    expect(await outcome(NEXT_DAY, { cap: 2 * LEARNERS })).toMatchObject({
      assessed: 2 * LEARNERS - 4,
      finished: true,
    });
  });

  it('runs in one process at a time: a scheduler or a run by hand beside another finds it busy', async () => {
    const [a] = cohorts as [(typeof cohorts)[0]];
    await build(a, DAY);
    // Two schedulers look at once: one runs, the other finds the lease taken, then the day done.
    const options = {
      taxonomyId: 'cn2022',
      threads: 1,
      pool,
      cap: 1000,
      lookBackDays: 7,
      logger: silentLogger,
      intervalMs: 3_600_000,
      now: at(NEXT_DAY),
    };
    const one = startPreassessor(db(), options);
    const two = startPreassessor(db(), options);
    await Promise.all([one.check(), two.check(), one.check()]);
    await Promise.all([one.stop(), two.stop()]);
    const day = await db().selectFrom('preassessments').selectAll().where('day', '=', NEXT_DAY).execute();
    expect(day.map((d) => Number(d.learners)).reduce((x, y) => x + y, 0)).toBe(LEARNERS);
    expect(day.every((d) => d.finished_at !== null)).toBe(true);

    // By hand (another process: the command opens its own connections) while this one holds the lease.
    const today = todayUtc();
    await db().updateTable('learner_assessments').set({ as_of: '2000-01-01', reported_on: today }).execute();
    const cli = async () => {
      const out: string[] = [];
      const write = (chunk: unknown) => {
        out.push(String(chunk));
        return true;
      };
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(write as never);
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(write as never);
      try {
        const code = await main(['preassess'], {
          DATABASE_URL: t.handle.displayUrl,
          SKILLBANK_PREASSESS_THREADS: '1',
        });
        return { code, out: out.join('') };
      } finally {
        stdout.mockRestore();
        stderr.mockRestore();
      }
    };
    const held = await runExclusively(db(), PREASSESS_LEASE, () => cli());
    expect(held).toMatchObject({ ran: true, value: { code: 1 } });
    expect(held.ran && held.value.out).toContain('another process is pre-assessing now');
    expect((await rows(a.ids)).every((r) => r.as_of === '2000-01-01')).toBe(true);
    // Once it is free, the command does the day's work.
    const free = await cli();
    expect(free.code).toBe(0);
    expect(free.out).toContain(`pre-assessed ${LEARNERS} learners for ${today}`);
    expect((await rows(a.ids)).every((r) => r.as_of === today)).toBe(true);
  });
});
