// How much of the dev narratives' words a table learned from the classification can reach.
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { buildIndexState } from '../../src/build-matcher-index.js';
import { loadFreshNarratives, loadLevelPairNarratives, loadNarratives } from '../../src/eval/datasets.js';
import { parseClauses } from '../../src/scoring/task-meaning.js';
import { NEAR_SYNONYMS } from '../../src/text/near-synonyms.js';
import { classificationClauses, learnedSets } from './learn.js';

const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!source.ok) throw new Error('bad');
const data = source.data;
const state = buildIndexState(data);
const clauses = classificationClauses(data);
const verbCount = new Map<string, number>();
const objectCount = new Map<string, number>();
for (const c of clauses) {
  for (const v of new Set(c.actions)) verbCount.set(v, (verbCount.get(v) ?? 0) + 1);
  for (const o of new Set(c.objects)) objectCount.set(o, (objectCount.get(o) ?? 0) + 1);
}
const sets = learnedSets(clauses);
const keys = (k: number) => new Set(sets[k]?.pairs.flatMap((p) => [p.a, p.b]));
const t3 = keys(0),
  vo = keys(1);
for (const [name, list] of [
  ['(b)', await loadNarratives(data)],
  ['(b2)', await loadFreshNarratives(data)],
  ['(b6)', await loadLevelPairNarratives(data)],
] as const) {
  let verbs = 0,
    known = 0,
    inTable = 0,
    inHand = 0,
    objects = 0,
    oKnown = 0,
    oTable = 0;
  for (const n of list)
    for (const e of n.evidence)
      for (const c of parseClauses(state.analyzer, [e.title, e.description].join('。'), { evidence: true })) {
        for (const v of c.actions) {
          verbs++;
          if ((verbCount.get(v) ?? 0) >= 8) known++;
          if (t3.has(v)) inTable++;
          if (NEAR_SYNONYMS.has(v)) inHand++;
        }
        for (const o of c.objects) {
          objects++;
          if ((objectCount.get(o) ?? 0) >= 8) oKnown++;
          if (vo.has(o)) oTable++;
        }
      }
  console.log(
    `${name}: evidence verbs ${verbs}, used as a verb in ≥ 8 classification clauses ${((100 * known) / verbs).toFixed(1)} %, in the learned verb table (398) ${((100 * inTable) / verbs).toFixed(1)} %, in the hand-written lexicon ${((100 * inHand) / verbs).toFixed(1)} %; objects ${objects}, in ≥ 8 clauses ${((100 * oKnown) / objects).toFixed(1)} %, in the learned object table ${((100 * oTable) / objects).toFixed(1)} %`,
  );
}
