/**
 * The hiring loop's two heavy reads, on a SQLite file and, when SKILLBANK_TEST_PG_URL is set, on
 * PostgreSQL:
 * - roles for a graduate over many published roles (default 10,000): the open roles are read and
 *   their requirements vectorised once (timed apart, cold), then `GET /api/learners/{id}/roles`
 *   with a warm cache, unfiltered and filtered by city;
 * - candidates for a role over many graduates (default 100,000 discoverable, 50 of them
 *   interested): `GET /api/roles/{id}/candidates?list=all` and `?list=interested`, warm.
 * Roles and learners are bulk-inserted (seeded, so runs repeat). Prints medians.
 *
 *   cd packages/server && npx tsx --conditions=source bench/hiring.bench.ts
 *   (options: BENCH_ROLES=10000 BENCH_LEARNERS=100000 RUNS=20)
 */
import { cpus } from 'node:os';
import {
  createAccount,
  type Db,
  depositEvidence,
  evidenceInputSchema,
  expressInterest,
  newId,
  type Occupation,
  runInTransaction,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { OpenRolesCache } from '../src/hiring/open-roles.cache.js';
import { silentLogger } from '../src/logger.js';
import { ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { generateLearners, seeded } from './bench-learners.js';
import { benchPlatformKey, fmt, median, ms, openBenchDatabase } from './bench-setup.js';

const ROLES = Number(process.env.BENCH_ROLES ?? 10_000);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? process.env.LEARNERS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 20);
const INTERESTED = Math.min(50, LEARNERS);
const CITIES = ['苏州', '无锡', '杭州', '深圳', '成都', '西安', '武汉', '长沙', '青岛', '合肥'];
const MODES = ['full_time', 'internship', 'part_time'];

/** Inserts `count` published roles drawn from the taxonomy's tasks, spread over 20 employers. */
async function generateRoles(db: Db, occupations: readonly Occupation[], count: number): Promise<void> {
  const random = seeded(7);
  const employers: string[] = [];
  for (let i = 0; i < 20; i++)
    employers.push(
      (
        await runInTransaction(db, (trx) =>
          createAccount(trx, { role: 'employer', name: `bench employer ${i}` }),
        )
      ).account.id,
    );
  const withTasks = occupations.filter((o) => o.tasks.length >= 3);
  const at = new Date().toISOString();
  const rows = Array.from({ length: count }, (_, i) => {
    const occupation = withTasks[Math.floor(random() * withTasks.length)] as Occupation;
    const requirements = occupation.tasks.slice(0, 6).map((task, k) => ({
      id: `r${k + 1}`,
      text: task.text,
      essential: k < 2,
      minLevel: k === 0 ? 1 + Math.floor(random() * 4) : null,
      taskId: task.id,
    }));
    return {
      id: newId('ro'),
      employer_id: employers[i % employers.length] as string,
      title: `${occupation.name}（${i + 1}）`,
      description: null,
      taxonomy_id: 'cn2022',
      occupation_code: occupation.code,
      requirements: JSON.stringify(requirements),
      next_requirement: requirements.length + 1,
      created_at: at,
      updated_at: at,
      status: 'published',
      city: CITIES[i % CITIES.length] as string,
      mode: MODES[i % MODES.length] as string,
      salary_min_yuan: 5000,
      salary_max_yuan: 9000,
      salary_period: 'month',
      closes_on: null,
      published_at: at,
      closed_at: null,
      deleted_at: null,
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('roles')
      .values(rows.slice(i, i + 500))
      .execute();
}

const rows: [string, string, string][] = [];
const timeRuns = async (runs: number, work: () => Promise<unknown>) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(ms(t));
  }
  return median(times);
};

for (const database of testDatabases()) {
  const { label: name, handle, taxonomy, data, matcher } = await openBenchDatabase(database);
  try {
    const db = handle.db;
    const app = createApp({
      db,
      dialect: handle.dialect,
      config: loadConfig({ DATABASE_URL: 'sqlite::memory:' }),
      logger: silentLogger,
      served: new ServedTaxonomyHolder({ taxonomy, matcher }),
      platformKey: await benchPlatformKey(),
    });
    const get = async (path: string, token: string) => {
      const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { items: unknown[] };
    };

    // Roles for a graduate.
    let t = performance.now();
    await generateRoles(db, data.occupations, ROLES);
    rows.push([
      name,
      `generate ${ROLES.toLocaleString('en')} published roles (bulk insert)`,
      `${fmt(ms(t))} ms`,
    ]);
    const { account: graduate, token: graduateToken } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'learner', name: 'bench graduate' }),
    );
    for (const [title, description] of [
      ['光伏电站运维实习', '巡视、检查、监控光伏发电设备的运行工况，排查逆变器故障，记录发电数据。'],
      ['数控加工实训', '操作加工中心进行多工序切削加工，安装夹具和刀具，检验制件精度。'],
      ['数据分析课程', '用 Python 清洗数据、做统计分析和可视化报表。'],
    ] as const)
      await runInTransaction(db, (trx) =>
        depositEvidence(
          trx,
          evidenceInputSchema.parse({ kind: 'work_project', title, description, occurredOn: '2025-05-01' }),
          { learnerId: graduate.id, taxonomyId: 'cn2022' },
        ),
      );
    t = performance.now();
    // Timed on a cache of its own: the app's warms on its first request below.
    const snapshot = await new OpenRolesCache(db, matcher).snapshot();
    rows.push([
      name,
      `load the open roles and vectorise ${snapshot.roles.length.toLocaleString('en')} requirement lists (cold cache)`,
      `${fmt(ms(t))} ms`,
    ]);
    const roles = `/api/learners/${graduate.id}/roles`;
    await get(`${roles}?limit=20`, graduateToken);
    rows.push([
      name,
      `GET ${roles.replace(graduate.id, '{id}')}?limit=20 over ${ROLES.toLocaleString('en')} roles, warm (median of ${RUNS})`,
      `${fmt(await timeRuns(RUNS, () => get(`${roles}?limit=20`, graduateToken)))} ms`,
    ]);
    rows.push([
      name,
      `… ?city=苏州&mode=internship (median of ${RUNS})`,
      `${fmt(await timeRuns(RUNS, () => get(`${roles}?limit=20&city=${encodeURIComponent('苏州')}&mode=internship`, graduateToken)))} ms`,
    ]);
    rows.push([
      name,
      `… ?limit=100 (median of ${RUNS})`,
      `${fmt(await timeRuns(RUNS, () => get(`${roles}?limit=100`, graduateToken)))} ms`,
    ]);

    // Candidates for a role over many graduates.
    t = performance.now();
    const ids = await generateLearners(db, data.occupations, {
      count: LEARNERS,
      consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: false },
      onProgress: (done, total) => process.stderr.write(`\r${name}: generating ${done}/${total}`),
    });
    process.stderr.write('\n');
    rows.push([
      name,
      `generate ${LEARNERS.toLocaleString('en')} discoverable graduates (bulk insert)`,
      `${fmt(ms(t))} ms`,
    ]);
    const { token: employerToken } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'employer', name: 'bench hiring employer' }),
    );
    const created = await app.request('/api/roles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${employerToken}` },
      body: JSON.stringify({
        title: '光伏运维',
        requirements: [
          { text: '巡视、检查、监控光伏发电设备及附属设备的运行工况', essential: true, minLevel: 3 },
          { text: '操作加工中心，进行工件多工序切削加工', essential: false },
          { text: '分析、研究人工智能算法、深度学习及神经网络等技术', essential: false },
          { text: '编制施工方案，组织现场施工', essential: false },
        ],
      }),
    });
    const role = (await created.json()) as { id: string };
    await app.request(`/api/roles/${role.id}/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${employerToken}` },
    });
    for (const id of ids.slice(0, INTERESTED))
      await runInTransaction(db, (trx) => expressInterest(trx, id, role.id));
    const candidates = `/api/roles/${role.id}/candidates`;
    t = performance.now();
    await get(`${candidates}?limit=20`, employerToken);
    rows.push([
      name,
      'first candidates request (cold: read, vectorise and index the pool)',
      `${fmt(ms(t))} ms`,
    ]);
    rows.push([
      name,
      `GET /api/roles/{id}/candidates?list=all&limit=20 over ${LEARNERS.toLocaleString('en')}, warm (median of ${RUNS})`,
      `${fmt(await timeRuns(RUNS, () => get(`${candidates}?list=all&limit=20`, employerToken)))} ms`,
    ]);
    rows.push([
      name,
      `… ?list=interested (${INTERESTED} interested; median of ${RUNS})`,
      `${fmt(await timeRuns(RUNS, () => get(`${candidates}?list=interested&limit=20`, employerToken)))} ms`,
    ]);
  } finally {
    await handle.destroy();
  }
}

console.log(
  `\nhiring loop: ${ROLES.toLocaleString('en')} published roles, ${LEARNERS.toLocaleString('en')} graduates (${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| database | step | time |');
console.log('| --- | --- | ---: |');
for (const [db, step, time] of rows) console.log(`| ${db} | ${step} | ${time} |`);
