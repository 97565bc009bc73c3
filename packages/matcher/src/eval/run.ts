/**
 * `pnpm eval`: builds the matcher on the bundled taxonomy and prints (a) leave-name-out
 * self-retrieval, (b) evidence narratives and (c) job titles, for the default configuration and
 * for each ablation. Flags: `--only-default` skips the ablations, `--misses` lists the misses of
 * the default configuration, `--stride=N` evaluates self-retrieval on every N-th occupation.
 */
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource } from '@skillbank/core';
import { type BuildOptions, buildMatcherIndex } from '../build-matcher-index.js';
import { SCORER_VERSION } from '../scoring/scorer.js';
import { loadJobTitles, loadNarratives } from './datasets.js';
import { evaluate, type Figures } from './evaluate.js';
import { percent } from './metrics.js';

const CONFIGURATIONS: readonly { name: string; options: BuildOptions }[] = [
  { name: 'default: TF-IDF, words + sub-words + bigrams + synonyms + user dictionary', options: {} },
  { name: 'no character bigrams', options: { analyzer: { ngrams: false } } },
  { name: 'no synonyms', options: { analyzer: { synonyms: false } } },
  { name: 'no sub-words', options: { analyzer: { subwordWeight: 0 } } },
  { name: 'no user dictionary', options: { analyzer: { userDictionary: false } } },
  {
    name: 'words only (no bigrams, sub-words or synonyms)',
    options: { analyzer: { ngrams: false, synonyms: false, subwordWeight: 0 } },
  },
  { name: 'BM25 instead of TF-IDF', options: { weighting: { scheme: 'bm25' } } },
];

async function main(argv: readonly string[]): Promise<void> {
  const onlyDefault = argv.includes('--only-default');
  const showMisses = argv.includes('--misses');
  const stride = Number(argv.find((arg) => arg.startsWith('--stride='))?.slice('--stride='.length) ?? '1');

  const source = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
  if (!source.ok)
    throw new Error(`bundled taxonomy is invalid: ${JSON.stringify(source.problems.slice(0, 3))}`);
  const taxonomy = source.data;
  const narratives = await loadNarratives(taxonomy);
  const titles = await loadJobTitles(taxonomy);
  console.log(`scorer ${SCORER_VERSION}, taxonomy ${taxonomy.info.id} ${taxonomy.info.version}`);
  console.log(`sets: ${narratives.length} narratives, ${titles.length} job titles (fixtures/eval)\n`);

  const rows: { name: string; figures: Figures; buildMs: number }[] = [];
  for (const configuration of onlyDefault ? CONFIGURATIONS.slice(0, 1) : CONFIGURATIONS) {
    const matcher = buildMatcherIndex(taxonomy, configuration.options);
    const figures = evaluate(matcher, taxonomy, narratives, titles, { selfRetrievalStride: stride });
    rows.push({ name: configuration.name, figures, buildMs: matcher.stats.buildMs });
    console.log(`${configuration.name}: built in ${matcher.stats.buildMs} ms`);
    if (showMisses && rows.length === 1) {
      console.log('  narrative misses (top-1):');
      for (const miss of figures.misses.narratives) console.log(`    ${miss}`);
      console.log('  title misses (top-1 occupation):');
      for (const miss of figures.misses.titles) console.log(`    ${miss}`);
    }
  }

  const [first] = rows;
  if (first) {
    const f = first.figures;
    console.log(`\n(a) leave-name-out self-retrieval, ${f.selfRetrieval.total} occupations with tasks:`);
    console.log(`    top-1 ${percent(f.selfRetrieval.top1)}  top-5 ${percent(f.selfRetrieval.top5)}`);
    console.log(
      `(a′) harder: one task statement alone as the query, ${f.singleTask.total} tasks (every 7th):`,
    );
    console.log(`    top-1 ${percent(f.singleTask.top1)}  top-5 ${percent(f.singleTask.top5)}`);
    console.log(`(b) evidence narratives, ${f.narratives.total} items:`);
    console.log(
      `    top-1 ${percent(f.narratives.top1)}  top-5 ${percent(f.narratives.top5)}  MRR ${f.narratives.mrr.toFixed(3)}`,
    );
    console.log(`(c) job titles, ${f.titles.total} items:`);
    console.log(
      `    occupation top-1 ${percent(f.titles.occupationTop1)}  top-5 ${percent(f.titles.occupationTop5)}`,
    );
    console.log(`    minor group top-1 ${percent(f.titles.minorTop1)}  top-5 ${percent(f.titles.minorTop5)}`);
    console.log(
      `    fell back to a group for ${percent(f.titles.fallbackRate)} of titles; that group held the label ${percent(f.titles.fallbackCorrect)} of the time`,
    );
  }

  console.log(
    '\n| configuration | (a) top-1 | (a) top-5 | (a′) top-1 | (a′) top-5 | (b) top-1 | (b) top-5 | (c) occ top-1 | (c) occ top-5 | (c) minor top-1 | (c) minor top-5 | build |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { name, figures: f, buildMs } of rows) {
    console.log(
      `| ${name} | ${percent(f.selfRetrieval.top1)} | ${percent(f.selfRetrieval.top5)} | ${percent(f.singleTask.top1)} | ${percent(f.singleTask.top5)} | ${percent(f.narratives.top1)} | ${percent(f.narratives.top5)} | ${percent(f.titles.occupationTop1)} | ${percent(f.titles.occupationTop5)} | ${percent(f.titles.minorTop1)} | ${percent(f.titles.minorTop5)} | ${buildMs} ms |`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
