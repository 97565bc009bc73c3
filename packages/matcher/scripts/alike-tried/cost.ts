// CPU per match of the (b) narratives, shipped lexicon against the learned one, alternated rounds.
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { buildMatcherIndex } from '../../src/build-matcher-index.js';
import { loadNarratives } from '../../src/eval/datasets.js';
import { NEAR_SYNONYMS, withNearLexicon, withPairs } from '../../src/text/near-synonyms.js';
import { classificationClauses, learnedSets } from './learn.js';

const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!source.ok) throw new Error('bad');
const data = source.data;
const narratives = await loadNarratives(data);
const clauses = classificationClauses(data);
const t = process.cpuUsage();
const set = learnedSets(clauses)[Number(process.argv[2] ?? 0)];
if (!set) throw new Error('no such set');
const learnCpu = process.cpuUsage(t);
console.log(
  `learning all sets: CPU ${((learnCpu.user + learnCpu.system) / 1000).toFixed(0)} ms; set ${set.name}`,
);
const learned = withPairs(
  NEAR_SYNONYMS,
  set.pairs.map((p) => [p.a, p.b] as const),
  0.4,
);
const runs = [
  { name: 'shipped', lexicon: NEAR_SYNONYMS, matcher: buildMatcherIndex(data), cpu: [] as number[] },
  {
    name: 'learned',
    lexicon: learned,
    matcher: withNearLexicon(learned, () => buildMatcherIndex(data)),
    cpu: [] as number[],
  },
];
const rounds = Number(process.argv[3] ?? 12);
for (let r = 0; r < rounds; r++)
  for (const run of r % 2 ? [...runs].reverse() : runs)
    withNearLexicon(run.lexicon, () => {
      const start = process.cpuUsage();
      for (let k = 0; k < 3; k++) for (const n of narratives) run.matcher.match(n.evidence, { limit: 10 });
      const used = process.cpuUsage(start);
      run.cpu.push((used.user + used.system) / (3 * narratives.length));
    });
for (const run of runs) {
  const sorted = [...run.cpu].sort((a, b) => a - b);
  console.log(
    `${run.name}: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} µs per match (range ${sorted[0]?.toFixed(0)}–${sorted.at(-1)?.toFixed(0)})`,
  );
}
