import { writeFileSync } from 'node:fs';
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { buildMatcherIndex } from '../../src/build-matcher-index.js';
import {
  loadEnglishNarratives,
  loadFreshNarratives,
  loadLevelPairNarratives,
  loadNarratives,
  type Narrative,
  withSidePieces,
} from '../../src/eval/datasets.js';
import { NEAR_SYNONYMS, withNearLexicon, withPairs } from '../../src/text/near-synonyms.js';
import { classificationClauses, learnedSets } from './learn.js';

const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
if (!source.ok) throw new Error('bad');
const data = source.data;
const b = await loadNarratives(data);
const sets: [string, readonly Narrative[]][] = [
  ['(b)', b],
  ['(b′)', withSidePieces(b)],
  ['(b2)', await loadFreshNarratives(data)],
  ['(b3)', await loadEnglishNarratives(data)],
  ['(b6)', await loadLevelPairNarratives(data)],
];
const learned = learnedSets(classificationClauses(data));
const wanted = (process.argv[2] ?? '0:0.4,0:0.5')
  .split(',')
  .map((s) => s.split(':').map(Number) as [number, number]);
const settings = [
  { name: 'shipped', lexicon: NEAR_SYNONYMS },
  ...wanted.map(([k, credit]) => {
    const set = learned[k];
    if (!set) throw new Error('no set');
    return {
      name: `${set.name}, credit ${credit}`,
      lexicon: withPairs(
        NEAR_SYNONYMS,
        set.pairs.map((p) => [p.a, p.b] as const),
        credit,
      ),
    };
  }),
];
const out: Record<string, Record<string, number[]>> = {};
for (const setting of settings) {
  withNearLexicon(setting.lexicon, () => {
    const matcher = buildMatcherIndex(data);
    const row: Record<string, number[]> = {};
    for (const [name, list] of sets)
      row[name] = list.map((item) => {
        const ranked = matcher.match(item.evidence, { limit: 10 }).matches.map((m) => m.code);
        const at = ranked.indexOf(item.code);
        return at < 0 ? 99 : at + 1;
      });
    out[setting.name] = row;
    const summary = Object.entries(row)
      .map(
        ([n, r]) =>
          `${n} ${r.filter((x) => x === 1).length}/${r.filter((x) => x <= 5).length} of ${r.length}`,
      )
      .join(' · ');
    console.log(`${setting.name}: ${summary}`);
  });
}
writeFileSync(process.argv[3] ?? '/tmp/alike-ranks.json', JSON.stringify(out));
