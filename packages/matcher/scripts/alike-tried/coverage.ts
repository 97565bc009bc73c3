import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { buildIndexState } from '../../src/build-matcher-index.js';
import { coverageFigures, crossValidateCoverage, scoreCoveragePairs } from '../../src/eval/coverage-eval.js';
import { loadCoveragePairs } from '../../src/eval/datasets.js';
import { percent } from '../../src/eval/metrics.js';
import { NEAR_SYNONYMS, withNearLexicon, withPairs } from '../../src/text/near-synonyms.js';
import { classificationClauses, learnedSets } from './learn.js';

const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!source.ok) throw new Error('bad');
const data = source.data;
const pairs = await loadCoveragePairs(data);
const only = process.argv[3]?.split(',').map(Number);
const sets = learnedSets(classificationClauses(data)).filter((_, k) => !only || only.includes(k));
const credits = (process.argv[2] ?? '0.3,0.4,0.5,0.6').split(',').map(Number);
const thresholds = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const line = (name: string, f: ReturnType<typeof coverageFigures>) =>
  console.log(
    `| ${name} | ${percent(f.precision)} | ${percent(f.recall)} | ${percent(f.partlyCovered)} | ${f.tau.toFixed(3)} |`,
  );
const base = {
  name: 'shipped (no learned likeness)',
  scored: scoreCoveragePairs(buildIndexState(data), pairs),
};
line(`${base.name} at 0.25`, coverageFigures(base.scored));
const variants = [base];
for (const set of sets)
  for (const credit of credits) {
    const lexicon = withPairs(
      NEAR_SYNONYMS,
      set.pairs.map((p) => [p.a, p.b] as const),
      credit,
    );
    const scored = withNearLexicon(lexicon, () => scoreCoveragePairs(buildIndexState(data), pairs));
    const name = `${set.name}, credit ${credit}`;
    line(`${name} at 0.25`, coverageFigures(scored));
    const moved = scored.filter((s, i) => Math.abs(s.credit - (base.scored[i]?.credit ?? 0)) > 1e-9).length;
    console.log(`  pairs whose credit moved: ${moved}`);
    variants.push({ name, scored });
  }
for (const v of variants) {
  const cv = crossValidateCoverage([v], thresholds, { minPrecision: 0.778 });
  line(`5-fold threshold only: ${v.name}`, cv.figures);
  console.log(`  ${cv.chosen.map((c) => c.replace(/^.*threshold /, '')).join(', ')}`);
}
const joint = crossValidateCoverage(variants, thresholds, { minPrecision: 0.778 });
line('5-fold, learned set, credit and threshold chosen on the other folds', joint.figures);
console.log(`  ${joint.chosen.join('; ')}`);
for (const set of sets) {
  const these = [base, ...variants.filter((v) => v.name.startsWith(set.name))];
  const cv = crossValidateCoverage(these, thresholds, { minPrecision: 0.778 });
  line(`5-fold over {none, credits} of ${set.name}`, cv.figures);
  console.log(`  ${cv.chosen.join('; ')}`);
}
