/**
 * Candidate ranking for a role over many consenting learners (default 100,000), on a SQLite file
 * and, when SKILLBANK_TEST_PG_URL is set, on PostgreSQL. Learners are bulk-inserted (see
 * bench-learners.ts). Loading (reading consent and evidence, vectorising, building the pool) is
 * timed apart from ranking (`scoreCandidates` over the pool) and from a whole HTTP request with a
 * warm cache; then after a deposit by someone not discoverable (pool kept) and after one learner
 * withdraws consent (pool rebuilt, only that chain re-read). Prints figures; asserts only that the
 * withdrawn learner is gone.
 *
 *   cd packages/server && npx tsx --conditions=source bench/candidates.bench.ts
 *   (options: LEARNERS=100000 RUNS=20)
 */
import { cpus } from 'node:os';
import {
  createAccount,
  depositEvidence,
  evidenceInputSchema,
  listActiveEvidenceOf,
  listDiscoverableLearners,
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
import { benchPlatformKey, fmt, median, ms, openBenchDatabase } from './bench-setup.js';

const LEARNERS = Number(process.env.LEARNERS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 20);

const rows: [string, string, string][] = [];

for (const database of testDatabases()) {
  const { label: name, handle, taxonomy, data, matcher } = await openBenchDatabase(database);
  try {
    const db = handle.db;

    let t = performance.now();
    const ids = await generateLearners(db, data.occupations, {
      count: LEARNERS,
      consent: { discoverableByEmployers: true, advisorsCanSeeEvidence: false },
      onProgress: (done, total) => process.stderr.write(`\r${name}: generating ${done}/${total}`),
    });
    process.stderr.write('\n');
    rows.push([name, `generate ${LEARNERS.toLocaleString('en')} learners (bulk insert)`, `${fmt(ms(t))} ms`]);

    t = performance.now();
    const discoverable = await listDiscoverableLearners(db);
    rows.push([name, 'read who is discoverable', `${fmt(ms(t))} ms`]);
    t = performance.now();
    const evidence = await listActiveEvidenceOf(
      db,
      discoverable.map((d) => d.learnerId),
    );
    rows.push([
      name,
      `read active evidence of ${discoverable.length.toLocaleString('en')} learners`,
      `${fmt(ms(t))} ms`,
    ]);
    evidence.clear();

    const cache = new CandidatePoolCache(db, matcher);
    t = performance.now();
    const snapshot = await cache.snapshot();
    rows.push([name, 'load: read + vectorise + build the pool (cold cache)', `${fmt(ms(t))} ms`]);

    const roleTexts = [
      ['巡视、检查、监控光伏发电设备及附属设备的运行工况', true],
      ['操作加工中心，进行工件多工序切削加工', false],
      ['分析、研究人工智能算法、深度学习及神经网络等技术', false],
      ['编制施工方案，组织现场施工', false],
    ] as const;
    const set = matcher.requirementSet(
      roleTexts.map(([text, essential], i) => ({
        id: `r${i + 1}`,
        text,
        essential,
        minLevel: i === 0 ? 3 : undefined,
      })),
    );
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      matcher.scoreCandidates(set, snapshot.pool, { limit: 20 });
      times.push(ms(t));
    }
    rows.push([
      name,
      `rank: scoreCandidates, 4 requirements, top 20 (median of ${RUNS})`,
      `${fmt(median(times))} ms`,
    ]);
    const deep: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      matcher.scoreCandidates(set, snapshot.pool, { limit: 101 });
      deep.push(ms(t));
    }
    rows.push([
      name,
      'rank: top 101 (a page of 100 and a look-ahead; median of 5)',
      `${fmt(median(deep))} ms`,
    ]);

    // The whole request with a warm cache: auth, role, version check, rank, disclosures, JSON.
    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
    const app = createApp({
      db,
      dialect: handle.dialect,
      config,
      logger: silentLogger,
      served: new ServedTaxonomyHolder({ taxonomy, matcher }),
      platformKey: await benchPlatformKey(),
    });
    const { account: employer, token } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'employer', name: 'bench employer' }),
    );
    const created = await app.request('/api/roles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: '光伏运维',
        requirements: roleTexts.map(([text, essential]) => ({ text, essential })),
      }),
    });
    const role = (await created.json()) as { id: string };
    const request = async () => {
      const res = await app.request(`/api/roles/${role.id}/candidates?limit=20`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.status !== 200) throw new Error(`candidates: ${res.status}`);
      return (await res.json()) as { items: { learnerId: string }[] };
    };
    await request();
    const http: number[] = [];
    for (let i = 0; i < 10; i++) {
      t = performance.now();
      await request();
      http.push(ms(t));
    }
    rows.push([
      name,
      'GET /api/roles/{id}/candidates?limit=20, warm cache (median of 10)',
      `${fmt(median(http))} ms`,
    ]);

    // Someone who is not discoverable deposits: the pool is kept (only who is discoverable is re-read).
    const { account: quiet } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'learner', name: 'bench quiet learner' }),
    );
    await runInTransaction(db, (trx) =>
      depositEvidence(
        trx,
        evidenceInputSchema.parse({
          kind: 'learning',
          title: '课程',
          description: '学习',
          occurredOn: '2025-01-01',
        }),
        { learnerId: quiet.id, taxonomyId: 'cn2022' },
      ),
    );
    t = performance.now();
    await request();
    rows.push([
      name,
      'the same request right after a deposit by a learner who is not discoverable',
      `${fmt(ms(t))} ms`,
    ]);

    // One learner withdraws: the next request refreshes (only changed chains are vectorised again).
    const first = (await request()).items[0]?.learnerId ?? (ids[0] as string);
    await runInTransaction(db, (trx) => setConsent(trx, first, { discoverableByEmployers: false }));
    t = performance.now();
    const after = await request();
    rows.push([name, 'the same request right after one learner withdrew consent', `${fmt(ms(t))} ms`]);
    if (after.items.some((i) => i.learnerId === first))
      throw new Error('a withdrawn learner is still listed');
    void employer;
  } finally {
    await handle.destroy();
  }
}

console.log(
  `\ncandidate ranking over ${LEARNERS.toLocaleString('en')} consenting learners (${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| database | step | time |');
console.log('| --- | --- | ---: |');
for (const [db, step, time] of rows) console.log(`| ${db} | ${step} | ${time} |`);
