/**
 * Pre-assessment: every cohort member who lets advisors see their evidence is kept assessed for
 * today in report threads (from the stored matcher index's bytes) — after the day changes, and
 * within a look of joining a cohort, depositing or granting consent — so that any cohort's first
 * report (a new cohort's too) reads every assessment and writes none, and is the same report as one
 * that assessed everyone. Non-members and learners who do not share get none; a learner who
 * withdrew never gets a row back; the day's cap holds, the most recently reported first; and one
 * process at a time runs it (the lease), whether the server's scheduler or `skillbank preassess`.
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
  preassessmentDue,
  preassessOnce,
  startPreassessor,
} from '../src/reports/preassess.js';
import { createReportPool, type ReportPool, type ReportThreadPool } from '../src/reports/report-pool.js';
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
  const build = (cohort: { id: string; name: string }, day: string, reportPool?: ReportPool) =>
    buildCohortReport(db(), matcher, {
      cohort,
      asOf: day,
      now: at(day),
      ...(reportPool ? { pool: reportPool } : {}),
    });
  const run = (day: string, settings: { cap?: number } = {}) =>
    preassessOnce(db(), {
      taxonomyId: 'cn2022',
      threads: 1,
      pool,
      now: at(day),
      cap: settings.cap ?? 1000,
    });
  /** Learners with a row made for `day`. */
  const madeFor = async (day: string) =>
    (
      await db().selectFrom('learner_assessments').select('learner_id').where('as_of', '=', day).execute()
    ).map((r) => r.learner_id);
  const outcome = async (day: string, settings?: { cap?: number }) => {
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
    // Every cohort member who shares: A's (reported on) and the others' (never reported on) alike.
    expect(done).toMatchObject({ day: NEXT_DAY, finished: true });
    expect(done.assessed).toBeGreaterThanOrEqual(2 * LEARNERS);
    expect(done.stored).toBe(done.assessed);
    expect((await madeFor(NEXT_DAY)).length).toBe(done.assessed);
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
    await db().deleteFrom('learner_assessments').where('learner_id', 'in', a.ids).execute();
    expect(await build(a, NEXT_DAY)).toEqual(first);
    // Nothing left to do that day: a second run assesses no one.
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 0, finished: true });
  });

  it('runs again the same day when the taxonomy changes: every row is then stale', async () => {
    const [a] = cohorts as [(typeof cohorts)[0]];
    await build(a, DAY);
    const everyone = (await outcome(NEXT_DAY)).assessed;
    expect(everyone).toBeGreaterThanOrEqual(2 * LEARNERS);
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
      expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: everyone, stored: everyone, finished: true });
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

  it('keeps a new cohort assessed without any report: joins, deposits and consent are picked up by the next look', async () => {
    // The day's sweep done: everyone so far is current, and a look finds nothing missing.
    await outcome(NEXT_DAY);
    const due = () => preassessmentDue(db(), { taxonomyId: 'cn2022', cap: 1000, now: at(NEXT_DAY) });
    expect(await due()).toBe(false);
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 0, finished: true });

    // Shared and deposited before joining: only the join says they are reportable now.
    const early = await signUp(t.app, 'learner', '先存后入');
    await deposit(t.app, early);
    await setConsent(t.app, early, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 0, finished: true });
    expect(await rows([early.id])).toHaveLength(0);

    const cohort = await createCohort(t.app, advisor, '新班');
    const code = await invite(t.app, advisor, cohort.id);
    const sharing: TestAccount[] = [];
    for (const name of ['新甲', '新乙']) {
      const learner = await signUp(t.app, 'learner', name);
      await join(t.app, learner, code);
      await deposit(t.app, learner);
      await setConsent(t.app, learner, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
      sharing.push(learner);
    }
    // A member who does not let advisors see their evidence, and a learner in no cohort who does.
    const hidden = await signUp(t.app, 'learner', '新丙不共享');
    await join(t.app, hidden, code);
    await deposit(t.app, hidden);
    await setConsent(t.app, hidden, { discoverableByEmployers: true, advisorsCanSeeEvidence: false });
    const outside = await signUp(t.app, 'learner', '班外丁');
    await deposit(t.app, outside);
    await setConsent(t.app, outside, { discoverableByEmployers: false, advisorsCanSeeEvidence: true });
    await join(t.app, early, code);

    expect(await due()).toBe(true);
    const members = [...sharing, early];
    expect(await outcome(NEXT_DAY)).toMatchObject({
      assessed: members.length,
      stored: members.length,
      finished: true,
    });
    expect(await due()).toBe(false);
    const made = await rows(members.map((l) => l.id));
    expect(made).toHaveLength(members.length);
    // Made for today, and used by no report yet (they come after reported ones in tomorrow's sweep).
    expect(made.every((r) => r.as_of === NEXT_DAY && r.reported_on === '')).toBe(true);
    expect(await rows([hidden.id, outside.id])).toHaveLength(0);

    // The cohort's first report assesses nobody, and is the report that assesses everyone.
    const inline = createReportPool({ threads: 0 });
    let assessedByReport = 0;
    const counting: ReportPool = {
      ...inline,
      assess: (index, list, asOf, onProgress) => {
        assessedByReport += list.length;
        return inline.assess(index, list, asOf, onProgress);
      },
    };
    const first = await build(cohort, NEXT_DAY, counting);
    expect(assessedByReport).toBe(0);
    expect(first.population).toMatchObject({ members: 4, included: 3, notShared: 1 });
    expect((await rows(members.map((l) => l.id))).every((r) => r.reported_on === NEXT_DAY)).toBe(true);
    await db()
      .deleteFrom('learner_assessments')
      .where(
        'learner_id',
        'in',
        members.map((l) => l.id),
      )
      .execute();
    expect(await build(cohort, NEXT_DAY, counting)).toEqual(first);
    expect(assessedByReport).toBe(members.length);

    // A member deposits: their row is for an older head now, and the next look assesses them again.
    const [moved] = sharing as [TestAccount];
    const before = (await rows([moved.id]))[0]?.head_hash;
    await deposit(t.app, moved, { title: '又一件作品' });
    expect(await due()).toBe(true);
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 1, stored: 1, finished: true });
    const after = (await rows([moved.id]))[0];
    expect(after?.head_hash).not.toBe(before);
    expect(after?.as_of).toBe(NEXT_DAY);
    // A consent change that keeps sharing moves the head only: the row is carried, nobody assessed.
    await setConsent(t.app, moved, { discoverableByEmployers: true, advisorsCanSeeEvidence: true });
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 0, stored: 1, finished: true });
    expect(await due()).toBe(false);
    // A learner who stops sharing loses the row, and no look gives it back.
    await setConsent(t.app, moved, { discoverableByEmployers: false, advisorsCanSeeEvidence: false });
    expect(await outcome(NEXT_DAY)).toMatchObject({ assessed: 0, stored: 0, finished: true });
    expect(await rows([moved.id])).toHaveLength(0);
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
    const seen: string[] = [];
    pool = {
      ...real,
      assess: async (index, list, asOf, onProgress) => {
        seen.push(...list.map((l) => l.learnerId));
        const results = await real.assess(index, list, asOf, onProgress);
        if (list.some((l) => l.learnerId === racing.id))
          await setConsent(t.app, racing, { discoverableByEmployers: false, advisorsCanSeeEvidence: false });
        return results;
      },
    };
    try {
      const done = await outcome(NEXT_DAY);
      // Everyone else who shares was assessed and stored too; the racing learner's row was refused.
      expect(done.stored).toBe(done.assessed - 1);
    } finally {
      pool = real;
    }
    expect(seen).toContain(racing.id);
    expect(seen).toContain(stays.id);
    expect(seen).not.toContain(gone.id);
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
    // A higher cap the same day carries on from there: B's reported learners next, then every other member.
    const third = await outcome(NEXT_DAY, { cap: 1000 });
    expect(third).toMatchObject({ finished: true, capped: false });
    expect(third.assessed).toBeGreaterThanOrEqual(2 * LEARNERS - 4);
    expect((await rows([...a.ids, ...b.ids])).every((r) => r.as_of === NEXT_DAY)).toBe(true);
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
      logger: silentLogger,
      intervalMs: 3_600_000,
      now: at(NEXT_DAY),
    };
    const one = startPreassessor(db(), options);
    const two = startPreassessor(db(), options);
    await Promise.all([one.check(), two.check(), one.check()]);
    await Promise.all([one.stop(), two.stop()]);
    const day = await db().selectFrom('preassessments').selectAll().where('day', '=', NEXT_DAY).execute();
    // Each learner assessed once between them.
    expect(day.map((d) => Number(d.learners)).reduce((x, y) => x + y, 0)).toBe(
      (await madeFor(NEXT_DAY)).length,
    );
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
    expect(free.out).toMatch(new RegExp(`pre-assessed \\d+ learners for ${today}`));
    expect((await rows(a.ids)).every((r) => r.as_of === today)).toBe(true);
  });
});
