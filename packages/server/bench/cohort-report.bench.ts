/**
 * A cohort match report for a generated cohort (default 2,000 learners, all sharing with their
 * advisor), on a SQLite file and, when SKILLBANK_TEST_PG_URL is set, on PostgreSQL: time to build
 * the report (read, match every learner, gaps), and to render each format. Prints figures only.
 *
 *   cd packages/server && npx tsx --conditions=source bench/cohort-report.bench.ts
 *   (options: LEARNERS=2000)
 */
import { cpus } from 'node:os';
import { createAccount, createCohort, runInTransaction } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { buildCohortReport, presentReport, REPORT_RENDERERS } from '../src/reports/index.js';
import { generateLearners } from './bench-learners.js';
import { fmt, ms, openBenchDatabase } from './bench-setup.js';

const LEARNERS = Number(process.env.LEARNERS ?? 2000);
const rows: [string, string, string][] = [];

for (const database of testDatabases()) {
  const { label: name, handle, data, matcher } = await openBenchDatabase(database);
  try {
    const db = handle.db;
    const { account: advisor } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'advisor', name: 'bench advisor' }),
    );
    const cohort = await createCohort(db, { name: `基准班 ${LEARNERS}` }, { advisorId: advisor.id });
    let t = performance.now();
    await generateLearners(db, data.occupations, {
      count: LEARNERS,
      consent: { discoverableByEmployers: false, advisorsCanSeeEvidence: true },
      cohortId: cohort.id,
      seed: 7,
    });
    rows.push([name, `generate ${LEARNERS.toLocaleString('en')} learners in one cohort`, `${fmt(ms(t))} ms`]);

    t = performance.now();
    const full = await buildCohortReport(db, matcher, {
      cohort,
      onProgress: (done, _total, phase) => {
        if (phase === 'matching') process.stderr.write(`\r${name}: matching ${done}/${LEARNERS}`);
      },
    });
    process.stderr.write('\n');
    const total = ms(t);
    rows.push([name, 'build the report (read, match and gaps for every learner)', `${fmt(total)} ms`]);
    rows.push([name, 'per learner', `${(total / LEARNERS).toFixed(2)} ms`]);
    if (full.population.included !== LEARNERS)
      throw new Error(`only ${full.population.included} learners included`);

    for (const anonymised of [false, true]) {
      t = performance.now();
      const report = presentReport(full, { anonymised });
      const json = JSON.stringify(report);
      const csv = REPORT_RENDERERS.csv.render(report);
      const html = REPORT_RENDERERS.html.render(report);
      rows.push([
        name,
        `present${anonymised ? ' anonymised' : ''} + render JSON ${Math.round(json.length / 1024)} KiB, CSV ${Math.round(csv.length / 1024)} KiB, HTML ${Math.round(html.length / 1024)} KiB`,
        `${fmt(ms(t))} ms`,
      ]);
    }
  } finally {
    await handle.destroy();
  }
}

console.log(
  `\ncohort report for ${LEARNERS.toLocaleString('en')} learners (${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| database | step | time |');
console.log('| --- | --- | ---: |');
for (const [db, step, time] of rows) console.log(`| ${db} | ${step} | ${time} |`);
