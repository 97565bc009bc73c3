import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { buildIndexState } from '../../src/build-matcher-index.js';
import { scoreCoveragePairs } from '../../src/eval/coverage-eval.js';
import { loadCoveragePairs } from '../../src/eval/datasets.js';
import { NEAR_SYNONYMS, withNearLexicon, withPairs } from '../../src/text/near-synonyms.js';
import { classificationClauses, learnedSets } from './learn.js';

const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!source.ok) throw new Error('bad');
const data = source.data;
const pairs = await loadCoveragePairs(data);
const sets = learnedSets(classificationClauses(data));
const base = scoreCoveragePairs(buildIndexState(data), pairs);
const set = sets[Number(process.argv[2] ?? 1)];
if (!set) throw new Error('no such set');
const credit = Number(process.argv[3] ?? 0.5);
const scored = withNearLexicon(
  withPairs(
    NEAR_SYNONYMS,
    set.pairs.map((p) => [p.a, p.b] as const),
    credit,
  ),
  () => scoreCoveragePairs(buildIndexState(data), pairs),
);
scored.forEach((s, i) => {
  const b0 = base[i]?.credit;
  if (Math.abs(s.credit - b0) > 1e-9)
    console.log(
      `${s.pair.label}\t${b0.toFixed(3)} → ${s.credit.toFixed(3)}\t${s.pair.statement}\t||\t${s.pair.evidence}`,
    );
});
