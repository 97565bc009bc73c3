/**
 * A cohort match report for a generated cohort (default 2,000 learners, all sharing with their
 * advisor), through the API (`GET /api/cohorts/{id}/report`) on a SQLite file and, when
 * SKILLBANK_TEST_PG_URL is set, on PostgreSQL: the report's time, and the latency of another
 * request (`GET /api/occupations/{code}`, asked every few milliseconds on the same server while the
 * report runs: its p99; the probes stop when the last byte of the report has been read, before the
 * bench parses it, which the times include). Report threads as configured (SKILLBANK_REPORT_THREADS, default: the
 * cores), started first by a one-learner report. Three cases:
 * - `firstMs` (`firstOtherRequestP99Ms`): the cohort's first report — every learner analysed from
 *   their evidence, their vectors and assessments stored;
 * - `ms` (`cpuMs`, `otherRequestP99Ms`): stored vectors present but no stored assessments (they are
 *   removed before each run), so every learner is assessed now and the assessments stored — a
 *   cohort's first report of the day, or after its learners changed;
 * - `storedAssessmentsMs` (`storedAssessmentsCpuMs`, `storedAssessmentsOtherRequestP99Ms`): the same
 *   report again that day, every assessment stored — nothing assessed;
 * - `preassessedMs` (`preassessedCpuMs`, `preassessedOtherRequestP99Ms`): the day's first report after
 *   the pre-assessment — the cohort's rows are made a day old and marked as reported on yesterday
 *   (what a new day finds), the pre-assessor runs (as the server runs it: `preassessOnce`, in
 *   SKILLBANK_PREASSESS_THREADS report threads from the stored index bytes), then the report reads
 *   every assessment and marks the rows as reported on today. The pre-assessment itself:
 *   `preassessMs` (wall), `preassessCpuMs` (every thread of the process) and
 *   `preassessOtherRequestP99Ms` (another request's p99 while it runs, same probe);
 * - `newCohortMs` (`newCohortCpuMs`, `newCohortOtherRequestP99Ms`): a new cohort's first report
 *   after the pre-assessor has run — another cohort of as many new learners (generated: their
 *   evidence, consent and membership written, never reported on) is created, the pre-assessor's
 *   next look assesses them (`preassessOnce` as the server runs it every minute: it follows the
 *   change feed and cohort joins; `newCohortPreassessMs`, `newCohortPreassessCpuMs`: their evidence
 *   analysed too, as none had a stored vector), then the cohort's first report reads every
 *   assessment. A new cohort per run. `idleLookMs`: the pre-assessor's look every minute
 *   (`preassessmentDue`) when nothing is missing.
 * Also the CPU time of the whole process (every thread) per report, per learner the CPU time of
 * each step of an assessment from a stored vector (on a sample, on the main thread: vector,
 * ranking, gaps), the bytes of a stored assessment per learner, and the time to write the cohort's
 * assessments (`assessmentsWriteMs`, part of `ms`). Prints `BENCH {json}` lines and a table.
 *
 *   pnpm --filter @skillbank/server run bench:report   (options: BENCH_LEARNERS=2000 RUNS=3)
 */
import { availableParallelism, cpus } from 'node:os';
import {
  createCohort,
  DAY_MS,
  getLearnerAssessments,
  getLearnerVectors,
  listCohortMembers,
  storeLearnerAssessments,
  storeMatcherIndex,
  todayUtc,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { decodeStoredLearner, serializeMatcherIndex } from '@skillbank/matcher';
import { createApp } from '../src/app.js';
import { vectorKeyOf } from '../src/candidates/stored-vectors.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { currentIndexKey } from '../src/matching/stored-index.js';
import { assessmentKeyOf } from '../src/reports/learner-assessment.js';
import { preassessmentDue, preassessOnce } from '../src/reports/preassess.js';
import { generateLearners } from './bench-learners.js';
import { type BenchDatabase, benchPlatformKey, fmt, median, ms, openBenchDatabase } from './bench-setup.js';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? process.env.LEARNERS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 3);
const rows: string[] = [];

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const p99 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))] ?? 0;

for (const database of testDatabases()) {
  const { label, handle, data, taxonomy, matcher } = await openBenchDatabase(database);
  try {
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      SKILLBANK_RATE_LIMITS: 'off',
      ...process.env,
    });
    const app = createApp({
      db: handle.db,
      dialect: handle.dialect,
      config,
      logger: silentLogger,
      served: new ServedTaxonomyHolder({ taxonomy, matcher }),
      platformKey: await benchPlatformKey(),
    });
    const advisor = (await (
      await app.request('/api/accounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'advisor', name: 'bench advisor', organisation: '学校' }),
      })
    ).json()) as { id: string; token: string };
    const cohort = await createCohort(handle.db, { name: `基准班 ${LEARNERS}` }, { advisorId: advisor.id });
    let t = performance.now();
    await generateLearners(handle.db, data.occupations, {
      count: LEARNERS,
      consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: true },
      cohortId: cohort.id,
      seed: 7,
    });
    process.stderr.write(`${label}: generated ${LEARNERS} learners in ${fmt(ms(t))} ms\n`);

    // A one-learner cohort whose report starts the report threads (they restore the index) first.
    const warm = await createCohort(handle.db, { name: '预热' }, { advisorId: advisor.id });
    await generateLearners(handle.db, data.occupations, {
      count: 1,
      consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: true },
      cohortId: warm.id,
      seed: 8,
    });
    /**
     * The report's bytes as a client reads them, as they come; `parse` after (a client in another
     * process parses on its own event loop, so the probes stop before the bench parses the answer).
     */
    const fetchReport = async (cohortId = cohort.id) => {
      const res = await app.request(`/api/cohorts/${cohortId}/report?format=json`, {
        headers: { authorization: `Bearer ${advisor.token}` },
      });
      if (res.status !== 200 || !res.body) throw new Error(`report answered ${res.status}`);
      const chunks: Uint8Array[] = [];
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
      }
      return () => JSON.parse(Buffer.concat(chunks).toString('utf8')) as { population: { included: number } };
    };
    const report = async (cohortId = cohort.id) => (await fetchReport(cohortId))();
    /** Work (default: the report of `cohortId`) with another request asked every few milliseconds meanwhile (their times into `into`). */
    const probed = async (into: number[], work?: () => Promise<unknown>, cohortId = cohort.id) => {
      let running = true;
      const probe = (async () => {
        while (running) {
          const s = performance.now();
          const res = await app.request('/api/occupations/2-02-38-01');
          await res.arrayBuffer();
          into.push(performance.now() - s);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      let parse: Awaited<ReturnType<typeof fetchReport>> | null = null;
      try {
        if (work) await work();
        else parse = await fetchReport(cohortId);
      } finally {
        running = false;
        await probe;
      }
      const body = parse?.();
      if (body && body.population.included !== LEARNERS)
        throw new Error(`only ${body.population.included} learners included`);
    };
    await report(warm.id);
    // First: every learner is analysed (in the threads) and their vector stored.
    const firstOthers: number[] = [];
    t = performance.now();
    await probed(firstOthers);
    const firstMs = ms(t);
    const ids = (await listCohortMembers(handle.db, cohort.id)).map((m) => m.learnerId);
    const forgetAssessments = () =>
      handle.db.deleteFrom('learner_assessments').where('learner_id', 'in', ids).execute();
    // Stored vectors, no stored assessments: every learner assessed now (and the assessments stored).
    const times: number[] = [];
    const cpu: number[] = [];
    const others: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await forgetAssessments();
      t = performance.now();
      const c = cpuMs();
      await probed(others);
      times.push(ms(t));
      cpu.push(cpuMs() - c);
    }
    // The same report again that day: every assessment read from storage.
    const storedTimes: number[] = [];
    const storedCpu: number[] = [];
    const storedOthers: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      t = performance.now();
      const c = cpuMs();
      await probed(storedOthers);
      storedTimes.push(ms(t));
      storedCpu.push(cpuMs() - c);
    }
    // A new day: the rows are a day old, last reported on yesterday; the pre-assessor runs, then the report.
    const indexKey = await currentIndexKey(handle.db, taxonomy.id);
    if (!indexKey) throw new Error('no index key');
    await storeMatcherIndex(handle.db, indexKey, serializeMatcherIndex(matcher));
    const yesterday = todayUtc(new Date(Date.now() - DAY_MS));
    const preTimes: number[] = [];
    const preCpu: number[] = [];
    const preOthers: number[] = [];
    const preassessedTimes: number[] = [];
    const preassessedCpu: number[] = [];
    const preassessedOthers: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await handle.db
        .updateTable('learner_assessments')
        .set({ as_of: yesterday, reported_on: yesterday })
        .where('learner_id', 'in', ids)
        .execute();
      await handle.db.deleteFrom('preassessments').execute();
      t = performance.now();
      let c = cpuMs();
      await probed(preOthers, async () => {
        const result = await preassessOnce(handle.db, {
          taxonomyId: taxonomy.id,
          threads: config.preassess.threads,
          cap: config.preassess.cap,
        });
        if (!result.ran || result.outcome?.stored !== LEARNERS)
          throw new Error(`pre-assessment stored ${JSON.stringify(result)}`);
      });
      preTimes.push(ms(t));
      preCpu.push(cpuMs() - c);
      t = performance.now();
      c = cpuMs();
      await probed(preassessedOthers);
      preassessedTimes.push(ms(t));
      preassessedCpu.push(cpuMs() - c);
    }
    // A new cohort of new learners: the pre-assessor's next look assesses them, then its first report.
    const newPreTimes: number[] = [];
    const newPreCpu: number[] = [];
    const newTimes: number[] = [];
    const newCpu: number[] = [];
    const newOthers: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const fresh = await createCohort(handle.db, { name: `新班 ${run}` }, { advisorId: advisor.id });
      await generateLearners(handle.db, data.occupations, {
        count: LEARNERS,
        consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: true },
        cohortId: fresh.id,
        seed: 100 + run,
      });
      t = performance.now();
      let c = cpuMs();
      const result = await preassessOnce(handle.db, {
        taxonomyId: taxonomy.id,
        threads: config.preassess.threads,
        cap: config.preassess.cap,
      });
      if (!result.ran || result.outcome?.stored !== LEARNERS)
        throw new Error(`the new cohort's pre-assessment stored ${JSON.stringify(result)}`);
      newPreTimes.push(ms(t));
      newPreCpu.push(cpuMs() - c);
      t = performance.now();
      c = cpuMs();
      await probed(newOthers, undefined, fresh.id);
      newTimes.push(ms(t));
      newCpu.push(cpuMs() - c);
    }
    // The scheduler's look every minute when nothing is missing (every learner current, nothing changed).
    const looks: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      if (await preassessmentDue(handle.db, { taxonomyId: taxonomy.id, cap: config.preassess.cap }))
        throw new Error('the pre-assessor finds something missing after its run');
      looks.push(ms(t));
    }
    // What is stored per learner, and writing it all again (part of `ms`).
    const vectorKey = await vectorKeyOf(handle.db, matcher);
    const assessmentKey = vectorKey && assessmentKeyOf(vectorKey, todayUtc(new Date()));
    const kept = assessmentKey
      ? [...(await getLearnerAssessments(handle.db, assessmentKey, ids)).values()]
      : [];
    if (kept.length !== LEARNERS) throw new Error(`${kept.length} assessments stored, not ${LEARNERS}`);
    const assessmentBytes = kept.reduce((sum, row) => sum + row.data.byteLength, 0) / kept.length;
    await forgetAssessments();
    t = performance.now();
    if (assessmentKey)
      await storeLearnerAssessments(handle.db, assessmentKey, kept, new Date().toISOString());
    const assessmentsWriteMs = ms(t);
    const steps = await stepsPerLearner(handle.db, matcher, cohort.id);
    const figure = {
      bench: 'report',
      dialect: handle.dialect,
      learners: LEARNERS,
      ms: Math.round(median(times)),
      firstMs: Math.round(firstMs),
      cpuMs: Math.round(median(cpu)),
      stepCpuMsPerLearner: steps,
      otherRequestP99Ms: Math.round(p99(others) * 10) / 10,
      otherRequests: others.length,
      firstOtherRequestP99Ms: Math.round(p99(firstOthers) * 10) / 10,
      storedAssessmentsMs: Math.round(median(storedTimes)),
      storedAssessmentsCpuMs: Math.round(median(storedCpu)),
      storedAssessmentsOtherRequestP99Ms: Math.round(p99(storedOthers) * 10) / 10,
      preassessedMs: Math.round(median(preassessedTimes)),
      preassessedCpuMs: Math.round(median(preassessedCpu)),
      preassessedOtherRequestP99Ms: Math.round(p99(preassessedOthers) * 10) / 10,
      preassessMs: Math.round(median(preTimes)),
      preassessCpuMs: Math.round(median(preCpu)),
      preassessOtherRequestP99Ms: Math.round(p99(preOthers) * 10) / 10,
      newCohortMs: Math.round(median(newTimes)),
      newCohortCpuMs: Math.round(median(newCpu)),
      newCohortOtherRequestP99Ms: Math.round(p99(newOthers) * 10) / 10,
      newCohortPreassessMs: Math.round(median(newPreTimes)),
      newCohortPreassessCpuMs: Math.round(median(newPreCpu)),
      idleLookMs: Math.round(median(looks) * 100) / 100,
      preassessThreads: config.preassess.threads,
      assessmentBytesPerLearner: Math.round(assessmentBytes),
      assessmentsWriteMs: Math.round(assessmentsWriteMs),
      reportThreads: config.reportThreads,
      runs: RUNS,
    };
    console.log(`BENCH ${JSON.stringify(figure)}`);
    rows.push(
      `| ${label} | ${fmt(figure.ms)} ms | ${fmt(figure.cpuMs)} ms | ${fmt(figure.storedAssessmentsMs)} ms | ${fmt(figure.preassessedMs)} ms (pre-assessment ${fmt(figure.preassessMs)} ms, CPU ${fmt(figure.preassessCpuMs)} ms, p99 ${figure.preassessOtherRequestP99Ms} ms) | ${fmt(figure.newCohortMs)} ms (pre-assessment ${fmt(figure.newCohortPreassessMs)} ms, CPU ${fmt(figure.newCohortPreassessCpuMs)} ms) | ${fmt(figure.firstMs)} ms | ${figure.otherRequestP99Ms} ms (${others.length} requests) | ${figure.assessmentBytesPerLearner} B | ${config.reportThreads} |`,
    );
  } finally {
    await handle.destroy();
  }
}

/**
 * CPU time per learner of each step of an assessment from a stored vector, on the main thread over
 * a sample of the cohort (three passes, the last counted): the learner vector from the stored one,
 * the occupation ranking, the gaps of the best occupation.
 */
async function stepsPerLearner(
  db: BenchDatabase['handle']['db'],
  matcher: BenchDatabase['matcher'],
  cohortId: string,
): Promise<{ vector: number; rank: number; gaps: number; sample: number }> {
  const key = await vectorKeyOf(db, matcher);
  const ids = (await listCohortMembers(db, cohortId)).slice(0, 300).map((m) => m.learnerId);
  const stored = key ? [...(await getLearnerVectors(db, key, ids)).values()] : [];
  const asOf = new Date().toISOString().slice(0, 10);
  const sum = { vector: 0, rank: 0, gaps: 0 };
  for (let pass = 0; pass < 3; pass++) {
    sum.vector = sum.rank = sum.gaps = 0;
    for (const row of stored) {
      let c = cpuMs();
      const vector = matcher.storedProfileVector(decodeStoredLearner(row.data), { asOf, id: row.learnerId });
      sum.vector += cpuMs() - c;
      c = cpuMs();
      const best = matcher.rankProfile(vector, { limit: 10 })[0];
      sum.rank += cpuMs() - c;
      c = cpuMs();
      if (best) matcher.gapsForProfile(vector, best.code);
      sum.gaps += cpuMs() - c;
    }
  }
  const per = (x: number) => Math.round((x / Math.max(1, stored.length)) * 1000) / 1000;
  return { vector: per(sum.vector), rank: per(sum.rank), gaps: per(sum.gaps), sample: stored.length };
}

console.log(
  `\ncohort report for ${LEARNERS.toLocaleString('en')} learners through the API, median of ${RUNS} (${cpus().length} CPUs, ${availableParallelism()} available, Node ${process.version})\n`,
);
console.log(
  "| database | report (stored vectors, assessed now) | CPU, all threads | again that day (stored assessments) | the day's first after pre-assessment | a new cohort's first, after the pre-assessor's next look | first report (analysed) | another request meanwhile, p99 | stored assessment | report threads |",
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
