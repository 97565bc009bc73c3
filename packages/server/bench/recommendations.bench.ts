/**
 * Recommendation latency for one learner against a catalogue of generated offerings (default
 * 10,000), on a SQLite file and, when SKILLBANK_TEST_PG_URL is set, on PostgreSQL. Offerings are
 * bulk-inserted with a seeded generator: most cover 1–4 tasks of an occupation drawn uniformly,
 * and a share (default 10 %) crowd one popular occupation, the learner's target in the second
 * measurement — so the figures show both a typical target and one with a thousand candidates. A
 * request is the whole use case (read the learner's evidence, find the offerings declaring a task
 * of the target, score up to MAX_EVALUATED of them with the matcher, rank) and, once, over HTTP.
 *
 *   cd packages/server && npx tsx --conditions=source bench/recommendations.bench.ts
 *   (options: OFFERINGS=10000 HOT_SHARE=0.1 RUNS=20)
 */
import { cpus } from 'node:os';
import {
  createAccount,
  type Db,
  depositEvidence,
  evidenceInputSchema,
  newId,
  type Occupation,
  runInTransaction,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { MAX_EVALUATED } from '../src/learning/recommendations.js';
import { silentLogger } from '../src/logger.js';
import { ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { createUseCases } from '../src/use-cases/index.js';
import { seeded } from './bench-learners.js';
import { benchPlatformKey, fmt, median, ms, openBenchDatabase } from './bench-setup.js';

const OFFERINGS = Number(process.env.OFFERINGS ?? 10_000);
const HOT_SHARE = Number(process.env.HOT_SHARE ?? 0.1);
const RUNS = Number(process.env.RUNS ?? 20);
const HOT = '2-02-38-01';
const KINDS = ['course', 'assessment', 'competition'] as const;
const ROWS_PER_INSERT = 400;

async function generateOfferings(db: Db, occupations: readonly Occupation[], providerIds: readonly string[]) {
  const random = seeded(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const withTasks = occupations.filter((o) => o.tasks.length > 0);
  const hot = withTasks.find((o) => o.code === HOT) as Occupation;
  const offerings: object[] = [];
  const tasks: object[] = [];
  const at = new Date().toISOString();
  for (let i = 0; i < OFFERINGS; i++) {
    const occupation = random() < HOT_SHARE ? hot : pick(withTasks);
    const chosen = [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(occupation.tasks))),
    ];
    const kind = pick(KINDS);
    const id = newId('of');
    const title = `${occupation.name}${kind === 'course' ? '实务课程' : kind === 'assessment' ? '职业技能等级认定' : '技能竞赛'} ${i}`;
    offerings.push({
      id,
      provider_id: pick(providerIds),
      kind,
      title,
      description: `${title}：${chosen.map((t) => t.text).join('；')}`,
      mode: random() < 0.5 ? 'online' : 'in_person',
      city: '广州',
      hours: 4 + Math.floor(random() * 60),
      cost_yuan: Math.floor(random() * 30) * 100,
      starts_on: null,
      ends_on: null,
      level: 1 + Math.floor(random() * 5),
      language: 'zh',
      taxonomy_id: 'cn2022',
      task_ids: JSON.stringify(chosen.map((t) => t.id)),
      skills: '[]',
      search_text: title.toLowerCase(),
      status: 'published',
      created_at: at,
      updated_at: at,
    });
    for (const t of chosen) tasks.push({ offering_id: id, task_id: t.id, occupation_code: occupation.code });
  }
  await runInTransaction(db, async (trx) => {
    for (let i = 0; i < offerings.length; i += ROWS_PER_INSERT)
      await trx
        .insertInto('offerings')
        .values(offerings.slice(i, i + ROWS_PER_INSERT) as never)
        .execute();
    for (let i = 0; i < tasks.length; i += ROWS_PER_INSERT)
      await trx
        .insertInto('offering_tasks')
        .values(tasks.slice(i, i + ROWS_PER_INSERT) as never)
        .execute();
  });
}

const rows: [string, string, string][] = [];

for (const database of testDatabases()) {
  const { label: name, handle, taxonomy, data, matcher } = await openBenchDatabase(database);
  try {
    const db = handle.db;
    const providers = await runInTransaction(db, async (trx) => {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++)
        ids.push((await createAccount(trx, { role: 'provider', name: `bench provider ${i}` })).account.id);
      return ids;
    });
    let t = performance.now();
    await generateOfferings(db, data.occupations, providers);
    rows.push([
      name,
      `generate ${OFFERINGS.toLocaleString('en')} offerings (bulk insert)`,
      `${fmt(ms(t))} ms`,
    ]);

    const { account: learner, token } = await runInTransaction(db, (trx) =>
      createAccount(trx, { role: 'learner', name: 'bench learner' }),
    );
    for (const e of [
      {
        kind: 'work_project',
        title: '深度学习图像识别项目',
        description: '分析、研究深度学习及神经网络算法，训练图像识别模型。',
      },
      {
        kind: 'learning',
        title: 'Python 数据分析课程',
        description: '用 Python 清洗和分析数据，制作可视化报告。',
      },
      {
        kind: 'competition',
        title: '人工智能应用赛 三等奖',
        description: '团队完成语音识别应用开发与部署。',
      },
    ])
      await runInTransaction(db, (trx) =>
        depositEvidence(trx, evidenceInputSchema.parse({ ...e, occurredOn: '2026-05-01' }), {
          learnerId: learner.id,
          taxonomyId: taxonomy.id,
        }),
      );

    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
    const served = new ServedTaxonomyHolder({ taxonomy, matcher });
    const platformKey = await benchPlatformKey();
    const useCases = createUseCases({
      db,
      config,
      logger: silentLogger,
      served,
      platformKey,
      now: () => new Date(),
    });
    const caller = { account: learner, token };
    // A typical target draws a handful of the uniform offerings; the popular one about a thousand.
    const TYPICAL = '4-04-05-05';
    for (const [label, occupation] of [
      [`typical target (${TYPICAL})`, TYPICAL],
      [`popular target (${HOT}, ~${Math.round(OFFERINGS * HOT_SHARE).toLocaleString('en')} offerings)`, HOT],
    ] as const) {
      const times: number[] = [];
      let last = null;
      for (let i = 0; i < RUNS; i++) {
        t = performance.now();
        const r = await useCases.learning.recommendations(caller, learner.id, { occupation });
        times.push(ms(t));
        if (!r.ok) throw r.error;
        last = r.value;
      }
      rows.push([
        name,
        `${label}: ${last?.considered} declare a task, ${last?.evaluated} scored, ${last?.items.length} shown (median of ${RUNS})`,
        `${fmt(median(times))} ms`,
      ]);
    }

    const app = createApp({ db, dialect: handle.dialect, config, logger: silentLogger, served, platformKey });
    const request = async () => {
      const res = await app.request(`/api/learners/${learner.id}/recommendations?occupation=${HOT}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.status !== 200) throw new Error(`recommendations: ${res.status}`);
      await res.json();
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
      `GET …/recommendations?occupation=${HOT} over app.request (median of 10)`,
      `${fmt(median(http))} ms`,
    ]);
  } finally {
    await handle.destroy();
  }
}

console.log(
  `\nrecommendations against ${OFFERINGS.toLocaleString('en')} generated offerings, at most ${MAX_EVALUATED} scored per request (${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| database | step | time |');
console.log('| --- | --- | ---: |');
for (const [db, step, time] of rows) console.log(`| ${db} | ${step} | ${time} |`);
