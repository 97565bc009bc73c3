/**
 * A role's candidate list over many consenting learners, on a SQLite file and, when
 * SKILLBANK_TEST_PG_URL is set, on PostgreSQL, as an employer sees it (`GET
 * /api/roles/{id}/candidates?limit=20` through the app). Learners are bulk-inserted (see
 * bench-learners.ts); a first app analyses them all once and stores their vectors (set-up, printed
 * as `candidate-vectors`). Then a fresh app — another process — is measured:
 * - `coldMs`: its first list (loads the pool from stored vectors);
 * - `warmMs`: median of later lists;
 * - `afterDepositMs` / `afterWithdrawalMs`: median of the lists right after a discoverable learner
 *   deposits / after the top learner withdraws consent (asserted gone from that list);
 * - `poolRssMb`: memory the loaded pool holds (JS heap + typed arrays after a full GC, before vs
 *   after the load; RSS does not shrink after GC, so its delta would undercount).
 * Prints one `BENCH {…}` line per dialect (and the table of the same figures).
 *
 *   cd packages/server && npx tsx --conditions=source bench/candidates.bench.ts
 *   (options: BENCH_LEARNERS=100000 RUNS=10)
 */
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createAccount,
  depositEvidence,
  evidenceInputSchema,
  runInTransaction,
  setConsent,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { generateLearners } from './bench-learners.js';
import { benchPlatformKey, fmt, median, ms, openBenchDatabase } from './bench-setup.js';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? process.env.LEARNERS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 10);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/**
 * Memory the process holds after a full GC: JS heap plus typed-array buffers. (RSS itself does
 * not shrink when garbage is freed, so a load that reuses freed pages would look free.)
 */
const rssMb = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};

const roleTexts = [
  ['巡视、检查、监控光伏发电设备及附属设备的运行工况', true],
  ['操作加工中心，进行工件多工序切削加工', false],
  ['分析、研究人工智能算法、深度学习及神经网络等技术', false],
  ['编制施工方案，组织现场施工', false],
] as const;

const rows: [string, string, string][] = [];

for (const database of testDatabases()) {
  const { label, handle, taxonomy, data, matcher } = await openBenchDatabase(database);
  try {
    const db = handle.db;
    const t = performance.now();
    const ids = await generateLearners(db, data.occupations, {
      count: LEARNERS,
      consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: false },
      onProgress: (done, total) => process.stderr.write(`\r${label}: generating ${done}/${total}`),
    });
    process.stderr.write('\n');
    rows.push([
      label,
      `generate ${LEARNERS.toLocaleString('en')} learners (bulk insert)`,
      `${fmt(ms(t))} ms`,
    ]);

    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', SKILLBANK_RATE_LIMITS: 'off' });
    const platformKey = await benchPlatformKey();
    const newApp = () =>
      createApp({
        db,
        dialect: handle.dialect,
        config,
        logger: silentLogger,
        served: new ServedTaxonomyHolder({ taxonomy, matcher }),
        platformKey,
      });
    const { token } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'employer', name: 'bench employer' }),
    );
    let app = newApp();
    const created = await app.request('/api/roles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: '光伏运维',
        requirements: roleTexts.map(([text, essential]) => ({ text, essential })),
      }),
    });
    const role = (await created.json()) as { id: string };
    const list = async () => {
      const started = performance.now();
      const res = await app.request(`/api/roles/${role.id}/candidates?limit=20`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.status !== 200) throw new Error(`candidates: ${res.status}`);
      const body = (await res.json()) as { items: { learnerId: string }[] };
      return { ms: ms(started), ids: body.items.map((i) => i.learnerId) };
    };

    // Set-up: the first app ever analyses every learner and stores the vectors.
    const storeMs = (await list()).ms;
    rows.push([label, 'first list ever: analyse and store every learner (set-up)', `${fmt(storeMs)} ms`]);
    console.log(
      `BENCH ${JSON.stringify({ bench: 'candidate-vectors', dialect: handle.dialect, learners: LEARNERS, storeMs: Math.round(storeMs) })}`,
    );

    // Another process: a fresh app loads from the stored vectors.
    app = undefined as unknown as typeof app;
    const before = rssMb();
    app = newApp();
    const cold = await list();
    const poolRssMb = rssMb() - before;
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push((await list()).ms);

    const piece = evidenceInputSchema.parse({
      kind: 'work_project',
      title: '光伏电站运维',
      description: '巡视检查光伏发电设备运行工况，处理故障',
      occurredOn: '2026-06-01',
    });
    const afterDeposit: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const who = ids[(i * 7919) % ids.length] as string;
      await runInTransaction(db, (trx) =>
        depositEvidence(trx, piece, { learnerId: who, taxonomyId: 'cn2022' }),
      );
      afterDeposit.push((await list()).ms);
    }
    const afterWithdrawal: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const top = (await list()).ids[0] as string;
      await runInTransaction(db, (trx) => setConsent(trx, top, { discoverableByEmployers: false }));
      const next = await list();
      if (next.ids.includes(top)) throw new Error('a withdrawn learner is still listed');
      afterWithdrawal.push(next.ms);
    }
    const figures = {
      bench: 'candidates',
      dialect: handle.dialect,
      learners: LEARNERS,
      coldMs: Math.round(cold.ms),
      warmMs: Number(median(warm).toFixed(1)),
      afterDepositMs: Number(median(afterDeposit).toFixed(1)),
      afterWithdrawalMs: Number(median(afterWithdrawal).toFixed(1)),
      poolRssMb: Math.round(poolRssMb),
    };
    console.log(`BENCH ${JSON.stringify(figures)}`);
    rows.push(
      [label, 'cold: first list of a new process (pool from stored vectors)', `${fmt(cold.ms)} ms`],
      [label, `warm list (median of ${RUNS})`, `${fmt(figures.warmMs)} ms`],
      [
        label,
        'list right after a deposit by a discoverable learner (median)',
        `${fmt(figures.afterDepositMs)} ms`,
      ],
      [
        label,
        'list right after the top learner withdrew consent (median)',
        `${fmt(figures.afterWithdrawalMs)} ms`,
      ],
      [label, 'resident memory of the loaded pool', `${figures.poolRssMb} MB`],
    );
  } finally {
    await handle.destroy();
  }
}

console.log(
  `\ncandidate lists over ${LEARNERS.toLocaleString('en')} consenting learners (${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| database | step | time |');
console.log('| --- | --- | ---: |');
for (const [db, step, time] of rows) console.log(`| ${db} | ${step} | ${time} |`);
process.exit(0);
