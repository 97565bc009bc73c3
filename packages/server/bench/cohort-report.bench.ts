/**
 * A cohort match report for a generated cohort (default 2,000 learners, all sharing with their
 * advisor), through the API (`GET /api/cohorts/{id}/report`) on a SQLite file and, when
 * SKILLBANK_TEST_PG_URL is set, on PostgreSQL: the report's time, and the latency of another
 * request (`GET /api/occupations/{code}`, asked every few milliseconds on the same server while the
 * report runs: its p99). Report threads as configured (SKILLBANK_REPORT_THREADS, default: the
 * cores). Prints `BENCH {json}` lines and a table.
 *
 *   pnpm --filter @skillbank/server run bench:report   (options: BENCH_LEARNERS=2000 RUNS=3)
 */
import { availableParallelism, cpus } from 'node:os';
import { createCohort } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { generateLearners } from './bench-learners.js';
import { benchPlatformKey, fmt, median, ms, openBenchDatabase } from './bench-setup.js';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? process.env.LEARNERS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 3);
const rows: string[] = [];

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

    const report = async () => {
      const res = await app.request(`/api/cohorts/${cohort.id}/report?format=json`, {
        headers: { authorization: `Bearer ${advisor.token}` },
      });
      const body = (await res.json()) as { population: { included: number } };
      if (res.status !== 200) throw new Error(`report answered ${res.status}`);
      return body;
    };
    await report(); // warm: the report threads start and restore the index
    const times: number[] = [];
    const others: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let running = true;
      const probe = (async () => {
        while (running) {
          const s = performance.now();
          const res = await app.request('/api/occupations/2-02-38-01');
          await res.arrayBuffer();
          others.push(performance.now() - s);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      t = performance.now();
      const body = await report();
      times.push(ms(t));
      running = false;
      await probe;
      if (body.population.included !== LEARNERS)
        throw new Error(`only ${body.population.included} learners included`);
    }
    const figure = {
      bench: 'report',
      dialect: handle.dialect,
      learners: LEARNERS,
      ms: Math.round(median(times)),
      otherRequestP99Ms: Math.round(p99(others) * 10) / 10,
      otherRequests: others.length,
      reportThreads: config.reportThreads,
      runs: RUNS,
    };
    console.log(`BENCH ${JSON.stringify(figure)}`);
    rows.push(
      `| ${label} | ${fmt(figure.ms)} ms | ${figure.otherRequestP99Ms} ms (${others.length} requests) | ${config.reportThreads} |`,
    );
  } finally {
    await handle.destroy();
  }
}

console.log(
  `\ncohort report for ${LEARNERS.toLocaleString('en')} learners through the API, median of ${RUNS} (${cpus().length} CPUs, ${availableParallelism()} available, Node ${process.version})\n`,
);
console.log('| database | report | another request meanwhile, p99 | report threads |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
