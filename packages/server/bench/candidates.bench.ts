/**
 * A role's candidate list over many consenting learners, on a SQLite file and, when
 * SKILLBANK_TEST_PG_URL is set, on PostgreSQL, as an employer sees it (`GET
 * /api/roles/{id}/candidates?limit=20` through the app). Learners are bulk-inserted (see
 * bench-learners.ts); a first pool analyses them all once and stores their vectors (set-up, printed
 * as `candidate-vectors`; on a kept data set its load from the stored vectors is `vectorsLoadMs`),
 * then stores a pool snapshot (`snapshotWriteMs`). Then a fresh app — another process — is measured:
 * - `coldMs`: its first list (loads the pool from the stored snapshot and the feed since);
 * - `warmMs`: median of later lists;
 * - `afterDepositMs` / `afterWithdrawalMs`: median of the lists right after a discoverable learner
 *   deposits / after the top learner withdraws consent (asserted gone from that list);
 * - `poolRssMb`: memory the loaded pool holds (JS heap + typed arrays after a full GC, before vs
 *   after the load; RSS does not shrink after GC, so its delta would undercount);
 * - `…CpuMs`: the same figures in this process's CPU time (user + system), which a loaded machine
 *   inflates far less than wall time (the database server's own time is not in it).
 * Prints one `BENCH {…}` line per dialect (and the table of the same figures).
 *
 *   cd packages/server && npx tsx --conditions=source bench/candidates.bench.ts
 *   (options: BENCH_LEARNERS=100000 RUNS=10)
 *
 * `BENCH_DB_DIR=<dir>` keeps the generated learners and their stored vectors between runs (the
 * SQLite file `<dir>/candidates-<n>.sqlite`, the PostgreSQL database `skillbank_bench_candidates_<n>`
 * on the `SKILLBANK_TEST_PG_URL` server): a later run with the same n skips generation and set-up.
 * Withdrawn learners are made discoverable again at the end, so runs see the same pool.
 * `BENCH_CPU_PROF=<dir>` writes a CPU profile of each measured phase (`<dialect>-cold.cpuprofile`,
 * `-warm`, `-after-deposit`, `-after-withdrawal`), for Chrome DevTools or speedscope.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createAccount,
  type Db,
  depositEvidence,
  evidenceInputSchema,
  runInTransaction,
  setConsent,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { CandidatePoolCache } from '../src/candidates/candidate-pool.cache.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { generateLearners } from './bench-learners.js';
import {
  benchPlatformKey,
  fmt,
  median,
  ms,
  openBenchDatabase,
  openKeptBenchDatabase,
} from './bench-setup.js';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? process.env.LEARNERS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 10);
const KEEP_DIR = process.env.BENCH_DB_DIR;
const PROFILE_DIR = process.env.BENCH_CPU_PROF;

/** Profiles `fn` into `<BENCH_CPU_PROF>/<name>.cpuprofile` (just runs it when not profiling). */
const profiler = PROFILE_DIR ? new Session() : null;
if (profiler && PROFILE_DIR) {
  mkdirSync(PROFILE_DIR, { recursive: true });
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
}
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!profiler || !PROFILE_DIR) return fn();
  await profiler.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}

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

/** The generated learners of a kept database (their ids start with `ac_b`), in id order. */
async function keptLearnerIds(db: Db): Promise<string[]> {
  const found = await db
    .selectFrom('accounts')
    .select('id')
    .where('role', '=', 'learner')
    .where('id', 'like', 'ac_b%')
    .orderBy('id')
    .execute();
  return found.map((r) => r.id);
}

for (const database of testDatabases()) {
  const keptName = `candidates_${LEARNERS}`;
  let opened = KEEP_DIR
    ? await openKeptBenchDatabase(database, KEEP_DIR, keptName)
    : await openBenchDatabase(database);
  let ids = KEEP_DIR ? await keptLearnerIds(opened.handle.db) : [];
  if (KEEP_DIR && ids.length !== LEARNERS) {
    // Missing or interrupted: generate again from scratch.
    await opened.handle.destroy();
    opened = await openKeptBenchDatabase(database, KEEP_DIR, keptName, { fresh: true });
    ids = [];
  }
  const { label, handle, taxonomy, data, matcher } = opened;
  try {
    const db = handle.db;
    if (ids.length === 0) {
      const t = performance.now();
      ids = await generateLearners(db, data.occupations, {
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
    } else {
      rows.push([label, `${LEARNERS.toLocaleString('en')} learners kept from an earlier run`, '']);
    }

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
      const cpuStarted = process.cpuUsage();
      const res = await app.request(`/api/roles/${role.id}/candidates?limit=20`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.status !== 200) throw new Error(`candidates: ${res.status}`);
      const body = (await res.json()) as { items: { learnerId: string }[] };
      const cpu = process.cpuUsage(cpuStarted);
      return {
        ms: ms(started),
        cpuMs: (cpu.user + cpu.system) / 1000,
        ids: body.items.map((i) => i.learnerId),
      };
    };

    // Set-up: a first pool analyses every learner and stores the vectors (on a kept database, only
    // those a stopped run left without one), then stops following the feed and is dropped.
    // Its load (from stored vectors, never from a snapshot) is timed, then it stores a pool
    // snapshot, as a process does after such a load; the measured app below starts from it.
    const setupStarted = performance.now();
    const setup = new CandidatePoolCache(db, matcher, { pollMs: 0, snapshotEveryMs: false });
    const setupPool = await setup.snapshot();
    const storeMs = ms(setupStarted);
    // (A few learners re-analysed — consent entries of an earlier run moved their chain heads —
    // still make it a load from stored vectors.)
    const vectorsLoadMs = setupPool.origin.vectorised <= LEARNERS / 100 ? storeMs : null;
    const snapshotStarted = performance.now();
    if (!(await setup.saveSnapshot())) throw new Error('no pool snapshot stored');
    const snapshotWriteMs = ms(snapshotStarted);
    await setup.close();
    if (vectorsLoadMs === null) {
      rows.push([label, 'first pool ever: analyse and store every learner (set-up)', `${fmt(storeMs)} ms`]);
      console.log(
        `BENCH ${JSON.stringify({ bench: 'candidate-vectors', dialect: handle.dialect, learners: LEARNERS, storeMs: Math.round(storeMs) })}`,
      );
    } else rows.push([label, 'pool loaded from stored vectors (no snapshot)', `${fmt(vectorsLoadMs)} ms`]);
    rows.push([label, 'pool snapshot stored', `${fmt(snapshotWriteMs)} ms`]);

    // Another process: a fresh app loads from the stored vectors.
    const before = rssMb();
    app = newApp();
    const cold = await profiled(`${handle.dialect}-cold`, list);
    const poolRssMb = rssMb() - before;
    const warm: number[] = [];
    const warmCpu: number[] = [];
    await profiled(`${handle.dialect}-warm`, async () => {
      for (let i = 0; i < RUNS; i++) {
        const { ms: wall, cpuMs } = await list();
        warm.push(wall);
        warmCpu.push(cpuMs);
      }
    });

    const piece = evidenceInputSchema.parse({
      kind: 'work_project',
      title: '光伏电站运维',
      description: '巡视检查光伏发电设备运行工况，处理故障',
      occurredOn: '2026-06-01',
    });
    const afterDeposit: number[] = [];
    const afterDepositCpu: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const who = ids[(i * 7919 + Date.now()) % ids.length] as string;
      await runInTransaction(db, (trx) =>
        depositEvidence(trx, piece, { learnerId: who, taxonomyId: 'cn2022' }),
      );
      const next = await profiled(`${handle.dialect}-after-deposit`, list);
      afterDeposit.push(next.ms);
      afterDepositCpu.push(next.cpuMs);
    }
    const afterWithdrawal: number[] = [];
    const afterWithdrawalCpu: number[] = [];
    const withdrawn: string[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const top = (await list()).ids[0] as string;
      await runInTransaction(db, (trx) => setConsent(trx, top, { discoverableByEmployers: false }));
      withdrawn.push(top);
      const next = await profiled(`${handle.dialect}-after-withdrawal`, list);
      if (next.ids.includes(top)) throw new Error('a withdrawn learner is still listed');
      afterWithdrawal.push(next.ms);
      afterWithdrawalCpu.push(next.cpuMs);
    }
    // A kept database serves the next run with the same pool.
    if (KEEP_DIR)
      for (const id of withdrawn)
        await runInTransaction(db, (trx) => setConsent(trx, id, { discoverableByEmployers: true }));
    const figures = {
      bench: 'candidates',
      dialect: handle.dialect,
      learners: LEARNERS,
      coldMs: Math.round(cold.ms),
      warmMs: Number(median(warm).toFixed(1)),
      afterDepositMs: Number(median(afterDeposit).toFixed(1)),
      afterWithdrawalMs: Number(median(afterWithdrawal).toFixed(1)),
      poolRssMb: Math.round(poolRssMb),
      // The load a process makes when no pool snapshot is stored yet (null: the set-up analysed).
      vectorsLoadMs: vectorsLoadMs === null ? null : Math.round(vectorsLoadMs),
      snapshotWriteMs: Math.round(snapshotWriteMs),
      // This process's CPU time for the same lists (medians): comparable under load, unlike wall time.
      coldCpuMs: Math.round(cold.cpuMs),
      warmCpuMs: Number(median(warmCpu).toFixed(1)),
      afterDepositCpuMs: Number(median(afterDepositCpu).toFixed(1)),
      afterWithdrawalCpuMs: Number(median(afterWithdrawalCpu).toFixed(1)),
    };
    console.log(`BENCH ${JSON.stringify(figures)}`);
    rows.push(
      [label, 'cold: first list of a new process (pool from the stored snapshot)', `${fmt(cold.ms)} ms`],
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
      [label, 'memory of the loaded pool (heap + array buffers after GC)', `${figures.poolRssMb} MB`],
    );
  } finally {
    await handle.destroy(); // a kept database is only closed
  }
}

console.log(
  `\ncandidate lists over ${LEARNERS.toLocaleString('en')} consenting learners (${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| database | step | time |');
console.log('| --- | --- | ---: |');
for (const [db, step, time] of rows) console.log(`| ${db} | ${step} | ${time} |`);
process.exit(0);
