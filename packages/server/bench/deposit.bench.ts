/**
 * Deposit throughput through `app.request` (no sockets): deposits/s on a SQLite file and, when
 * SKILLBANK_TEST_PG_URL is set, on PostgreSQL — one at a time, and with many in flight, spread over
 * many learners or all on one learner's chain. Prints figures; asserts only that every chain verifies.
 *
 *   cd packages/server && npx tsx --conditions=source bench/deposit.bench.ts
 *   (options: DEPOSITS=2000 LEARNERS=50)
 */
import { cpus } from 'node:os';
import { getTaxonomyInfo, verifyStoredLedger } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { buildTaxonomyMatcher, ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { benchPlatformKey } from './bench-setup.js';

const DEPOSITS = Number(process.env.DEPOSITS ?? 2000);
const LEARNERS = Number(process.env.LEARNERS ?? 50);

type App = ReturnType<typeof createApp>;

function body(i: number) {
  return JSON.stringify({
    kind: 'work_project',
    title: `光伏电站运维项目 ${i}`,
    description: '负责光伏组件巡检、故障排查与发电数据分析，编写运维报告。'.repeat(3),
    occurredOn: '2025-03-01',
    occupationCodes: ['2-02-38-01'],
    skills: [
      { name: '光伏运维', level: 3 },
      { name: '数字技能', level: 2 },
    ],
    steps: ['明确任务', '制订计划', '实施计划'],
    artifacts: [{ name: 'report.pdf', sha256: 'ab'.repeat(32) }],
  });
}

async function signUp(app: App, i: number): Promise<{ id: string; token: string }> {
  const res = await app.request('/api/accounts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'learner', name: `bench ${i}` }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status}`);
  return (await res.json()) as { id: string; token: string };
}

/** Runs `count` deposits with `concurrency` in flight; returns deposits per second. */
async function run(
  app: App,
  learners: { token: string }[],
  count: number,
  concurrency: number,
): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const learner = learners[i % learners.length] as { token: string };
      const res = await app.request('/api/evidence', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${learner.token}` },
        body: body(i),
      });
      if (res.status !== 201) failed += 1;
      await res.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  if (failed > 0) throw new Error(`${failed} deposits failed`);
  return count / seconds;
}

const rows: { dialect: string; scenario: string; deposits: number; perSecond: number }[] = [];

for (const database of testDatabases()) {
  const handle = await database.open({ file: true });
  try {
    const taxonomy = await getTaxonomyInfo(handle.db, 'cn2022');
    if (!taxonomy) throw new Error('no taxonomy');
    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
    const matcher = await buildTaxonomyMatcher(handle.db, taxonomy.id, silentLogger);
    const app = createApp({
      db: handle.db,
      dialect: handle.dialect,
      config,
      logger: silentLogger,
      served: new ServedTaxonomyHolder({ taxonomy, matcher }),
      platformKey: await benchPlatformKey(),
    });
    const learners = [];
    for (let i = 0; i < LEARNERS; i += 1) learners.push(await signUp(app, i));
    const one = [await signUp(app, -1)];

    await run(app, learners, 100, 4); // warm-up
    // Statements one deposit sends (BEGIN and COMMIT come on top): the same app, counting queries.
    let statements = 0;
    const counting = createApp({
      db: handle.db.withPlugin({
        transformQuery: ({ node }) => {
          statements += 1;
          return node;
        },
        transformResult: async ({ result }) => result,
      }),
      dialect: handle.dialect,
      config,
      logger: silentLogger,
      served: new ServedTaxonomyHolder({ taxonomy, matcher }),
      platformKey: await benchPlatformKey(),
    });
    await run(counting, learners, 1, 1);
    statements = 0;
    await run(counting, learners, 1, 1);
    console.log(
      `BENCH ${JSON.stringify({ bench: 'deposit-statements', dialect: handle.dialect, statements })}`,
    );
    const scenarios: [string, typeof learners, number][] = [
      [`sequential, ${LEARNERS} learners`, learners, 1],
      [`16 in flight, ${LEARNERS} learners`, learners, 16],
      [`64 in flight, ${LEARNERS} learners`, learners, 64],
      ['16 in flight, one learner', one, 16],
    ];
    for (const [scenario, who, concurrency] of scenarios) {
      const count = concurrency === 1 ? Math.min(DEPOSITS, 1000) : DEPOSITS;
      const perSecond = await run(app, who, count, concurrency);
      rows.push({
        dialect: handle.dialect === 'sqlite' ? 'SQLite (file, WAL)' : 'PostgreSQL',
        scenario,
        deposits: count,
        perSecond,
      });
    }
    for (const learner of [...learners, ...one]) {
      const report = await verifyStoredLedger(handle.db, learner.id);
      if (!report.ok)
        throw new Error(`chain of ${learner.id} does not verify: ${JSON.stringify(report.firstBadEntry)}`);
    }
  } finally {
    await handle.destroy();
  }
}

console.log(
  `\ndeposit throughput (POST /api/evidence through app.request; ${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| database | scenario | deposits | deposits/s |');
console.log('| --- | --- | ---: | ---: |');
for (const r of rows)
  console.log(`| ${r.dialect} | ${r.scenario} | ${r.deposits} | ${Math.round(r.perSecond)} |`);
for (const r of rows)
  console.log(
    `BENCH ${JSON.stringify({ bench: 'deposits', dialect: r.dialect.startsWith('SQLite') ? 'sqlite' : 'postgres', scenario: r.scenario, deposits: r.deposits, perSecond: Math.round(r.perSecond) })}`,
  );
console.log('\nEvery chain verified after the run.');
