/**
 * `pnpm bench`: medians for index build, one profile against all occupations (with per-task
 * coverage for the top 10), one role's requirements against 100,000 generated learners, and the two
 * similarity kernels side by side. Not a test: timings vary by machine; targets are printed.
 */
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { buildMatcherIndex } from '../src/build-matcher-index.js';
import type { EvidenceInput, EvidenceKind, LearnerVector } from '../src/index.js';
import { invertedIndexKernel } from '../src/kernel/inverted-index-kernel.js';
import { mlDistanceKernel } from '../src/kernel/ml-distance-kernel.js';
import { formatTiming, measure, random } from './measure.js';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 100_000);

const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!source.ok) throw new Error('bundled taxonomy is invalid');
const taxonomy = source.data;
const allTasks = taxonomy.occupations.flatMap((o) => o.tasks.map((t) => t.text));
const rand = random(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const KINDS: EvidenceKind[] = ['work_project', 'learning', 'assessment', 'competition', 'credential'];

console.log(
  `taxonomy ${taxonomy.info.id} ${taxonomy.info.version}: ${taxonomy.occupations.length} occupations, ${allTasks.length} tasks`,
);
console.log(`node ${process.version}\n`);

// Index build.
console.log(
  formatTiming(
    'index build (inverted-index kernel)',
    measure(() => buildMatcherIndex(taxonomy), { runs: 5, warmup: 1 }),
    2000,
  ),
);
const matcher = buildMatcherIndex(taxonomy);
const mlMatcher = buildMatcherIndex(taxonomy, { kernel: 'ml-distance' });
console.log(`  ${JSON.stringify(matcher.stats)}\n`);

// One profile against all occupations, per-task coverage for the top 10.
const evidence: EvidenceInput[] = [
  {
    id: 'e1',
    kind: 'work_project',
    title: '合作社数字农业项目',
    description: '在合作社装了土壤传感器，教农户用手机看数据，按数据浇水施肥',
    occurredOn: '2026-05-01',
    attested: true,
  },
  {
    id: 'e2',
    kind: 'learning',
    title: '物联网应用技术课程',
    description: '学习传感器、网关和云平台，做了温室大棚环境监测的实训',
    occurredOn: '2025-12-10',
    skills: [{ name: '物联网设备安装', level: 3 }],
  },
  {
    id: 'e3',
    kind: 'competition',
    title: '农产品直播带货比赛',
    description: '策划直播脚本，在抖音帮乡亲们卖苹果',
    occurredOn: '2025-10-20',
  },
];
const learner = matcher.profileVector(evidence, { asOf: '2026-11-01' });
console.log(
  formatTiming(
    'match: profile vector vs 1,639 occupations + coverage top 10',
    measure(() => matcher.matchProfile(learner, { limit: 10 }), { runs: 300, warmup: 30 }),
    1,
  ),
);
console.log(
  formatTiming(
    'match: same, from raw evidence (texts analysed once, then cached)',
    measure(() => matcher.match(evidence, { limit: 10, asOf: '2026-11-01' }), { runs: 300, warmup: 30 }),
  ),
);
// Every call new texts: the analysis cache of `match` never hits (a request nobody sent before).
let call = 0;
console.log(
  formatTiming(
    'match: from raw evidence never seen before (analysis not cached)',
    measure(
      () => {
        call++;
        return matcher.match(
          evidence.map((item) => ({ ...item, description: `${item.description}（第${call}次）` })),
          { limit: 10, asOf: '2026-11-01' },
        );
      },
      { runs: 300, warmup: 30 },
    ),
  ),
);
const mlLearner = mlMatcher.profileVector(evidence, { asOf: '2026-11-01' });
console.log(
  formatTiming(
    'match: profile vector, ml-distance kernel',
    measure(() => mlMatcher.matchProfile(mlLearner, { limit: 10 }), { runs: 10, warmup: 2 }),
  ),
);
console.log(
  formatTiming(
    'classify a job title',
    measure(() => matcher.classify({ title: '急招 抖音运营专员 月薪8k-12k' }), { runs: 300, warmup: 30 }),
  ),
);
console.log(
  formatTiming(
    'search occupations (q=焊工)',
    measure(() => matcher.search('焊工', { limit: 20 }), { runs: 300, warmup: 30 }),
  ),
);
console.log(
  formatTiming(
    'related occupations (4-04-05-05)',
    measure(() => matcher.related('4-04-05-05', { limit: 10 }), { runs: 300, warmup: 30 }),
  ),
);
console.log(
  formatTiming(
    'gaps for one occupation (5-05-01-03)',
    measure(() => matcher.gaps(evidence, '5-05-01-03'), { runs: 100, warmup: 10 }),
  ),
);

// One role's requirements against many generated learners.
console.log(
  `\ngenerating ${LEARNERS.toLocaleString('en')} learners (3–6 evidence items, each 1–2 task statements of random occupations)…`,
);
const texts = Array.from({ length: 4000 }, () =>
  rand() < 0.5 ? pick(allTasks) : `${pick(allTasks)}，${pick(allTasks)}`,
);
const generateStarted = performance.now();
const learners: LearnerVector[] = [];
for (let l = 0; l < LEARNERS; l++) {
  const items: EvidenceInput[] = [];
  const count = 3 + Math.floor(rand() * 4);
  for (let k = 0; k < count; k++) {
    items.push({
      id: `l${l}-e${k}`,
      kind: pick(KINDS),
      title: '',
      description: pick(texts),
      skills: rand() < 0.5 ? [{ name: '技能', level: 1 + Math.floor(rand() * 8) }] : [],
      attested: rand() < 0.3,
    });
  }
  learners.push(matcher.profileVector(items, { id: `learner-${l}` }));
}
const generateMs = performance.now() - generateStarted;
console.log(
  `  profileVector: ${((generateMs * 1000) / LEARNERS).toFixed(1)} µs per learner (${(generateMs / 1000).toFixed(1)} s in all)`,
);
const role = taxonomy.occupations.find((o) => o.code === '6-31-07-03');
const set = matcher.requirementSet(
  (role?.tasks ?? []).map((task, i) => ({
    id: `r${i + 1}`,
    text: task.text,
    essential: i < 3,
    ...(i === 1 ? { minLevel: 3 } : {}),
  })),
);
const termsPerLearner = learners.reduce((sum, l) => sum + l.packed.ids.length, 0) / learners.length;
console.log(
  `  ${set.requirements.length} requirements, ${termsPerLearner.toFixed(0)} terms per learner on average`,
);
const poolStarted = performance.now();
const pool = matcher.candidatePool(learners);
console.log(
  `  candidatePool built once in ${(performance.now() - poolStarted).toFixed(0)} ms (${pool.members.length.toLocaleString('en')} postings)`,
);
console.log(
  formatTiming(
    `requirements vs ${LEARNERS.toLocaleString('en')} learners, candidate pool (top 20)`,
    measure(() => matcher.scoreCandidates(set, pool, { limit: 20 }), { runs: 15, warmup: 3 }),
    20,
  ),
);
console.log(
  formatTiming(
    `requirements vs ${LEARNERS.toLocaleString('en')} learners, plain array scan by the vectors (top 20)`,
    measure(() => matcher.scoreCandidates(set, learners, { limit: 20, meaning: false }), {
      runs: 7,
      warmup: 2,
    }),
  ),
);
// What reading the shown shortlist by meaning adds (the server re-scores the pool's top 20 from
// their learner vectors; vectorising them from evidence costs 20 × profileVector, above).
const shortlist = matcher
  .scoreCandidates(set, pool, { limit: 20 })
  .map((c) => learners[c.index] as LearnerVector);
console.log(
  formatTiming(
    'the top 20 re-read by meaning (scoreCandidates on their learner vectors)',
    measure(() => matcher.scoreCandidates(set, shortlist, { limit: 20 }), { runs: 30, warmup: 5 }),
  ),
);

// Kernels side by side on the same vectors.
console.log('\nkernels side by side:');
const profiles = taxonomy.occupations.map(
  (o) =>
    matcher.profileVector([
      { id: o.code, kind: 'work_project', title: o.name, description: o.definition ?? '' },
    ]).profile,
);
const query = learner.profile;
const dimension = Math.max(...profiles.flatMap((p) => [...p.ids]), ...query.ids) + 1;
for (const kernel of [invertedIndexKernel, mlDistanceKernel]) {
  const index = kernel.index(profiles, dimension);
  const out = new Float64Array(profiles.length);
  console.log(
    formatTiming(
      `${kernel.name}: one query vs ${profiles.length} vectors (scoreAll)`,
      measure(() => index.scoreAll(query, out), { runs: 200, warmup: 20 }),
    ),
  );
  const [a, b] = [profiles[100], profiles[200]];
  if (a && b)
    console.log(
      formatTiming(
        `${kernel.name}: one pairwise cosine`,
        measure(() => kernel.cosine(a, b), { runs: 2000, warmup: 200 }),
      ),
    );
}
