/**
 * The seeded draw behind `fixtures/eval/coverage.json`: which task statements the labelled
 * coverage set judges. Task statements of all occupations, in id order, shuffled with a seeded
 * mulberry32 and the first `COVERAGE_SIZE` kept. Same seed, same taxonomy → same tasks.
 *
 * Print the draw with each task's occupation (what the writer read):
 *   pnpm --filter @skillbank/matcher exec tsx --conditions=source src/eval/sample-coverage.ts
 */
import { pathToFileURL } from 'node:url';
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource, type TaxonomyData } from '@skillbank/core';
import { seededRandom } from './random.js';

/** The seed the coverage set was drawn with (issue 9, the session's date). */
export const COVERAGE_SEED = 20261109;
/** How many task statements the coverage set judges. */
export const COVERAGE_SIZE = 70;

export interface DrawnTask {
  id: string;
  code: string;
  occupation: string;
  text: string;
}

/** The drawn task statements, in draw order. */
export function sampleCoverageTasks(
  taxonomy: TaxonomyData,
  seed = COVERAGE_SEED,
  size = COVERAGE_SIZE,
): DrawnTask[] {
  const pool: DrawnTask[] = [];
  const occupations = [...taxonomy.occupations].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  for (const o of occupations)
    for (const t of o.tasks)
      pool.push({ id: `${o.code}#${t.seq}`, code: o.code, occupation: o.name, text: t.text });
  const random = seededRandom(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as DrawnTask, pool[i] as DrawnTask];
  }
  return pool.slice(0, size);
}

async function main(): Promise<void> {
  const loaded = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
  if (!loaded.ok) throw new Error(`taxonomy: ${loaded.problems.map((p) => p.message).join('; ')}`);
  for (const t of sampleCoverageTasks(loaded.data)) console.log(`${t.id}\t${t.occupation}\t${t.text}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
