/**
 * The seeded draw behind `fixtures/eval/narratives-fresh.json`: which occupations the fresh
 * narrative set covers. Occupation-level codes that have task statements (the military groups of
 * major 7 and the catch-all 8-00-00-00 have none, so nobody could write evidence from them), split
 * over the major groups in proportion to their size (largest remainder), drawn uniformly within each
 * group by a seeded shuffle. Same seed, same taxonomy → same codes.
 *
 * Print the draw with each occupation's definition and tasks (what the writer read):
 *   pnpm --filter @skillbank/matcher exec tsx --conditions=source src/eval/sample-fresh.ts
 * the English set's draw (`narratives-english.json`) with `--english`, and the held-back set's
 * (`narratives-b4.json`) with `--b4`, and the second held-back set's (`narratives-b5.json`) with `--b5`.
 * `--pairs` prints the level pairs of (b6) (`narratives-pairs.json`, `sample-pairs.ts`) instead.
 */
import { pathToFileURL } from 'node:url';
import {
  BUNDLED_TAXONOMY_DIR,
  loadTaxonomySource,
  type Occupation,
  type TaxonomyData,
} from '@skillbank/core';
import { allocate, seededRandom } from './random.js';
import { PAIR_MIN_SIMILARITY, PAIRS_SEED, PAIRS_SIZE, samplePairs } from './sample-pairs.js';

/** The seed the fresh set was drawn with (the session's date). */
export const FRESH_SEED = 20261130;
/** How many occupations the fresh set covers. */
export const FRESH_SIZE = 150;

/**
 * The English dev set (`narratives-english.json`, issue 9): the same draw with its own seed, so it
 * is independent of the fresh set's sample. Printed with `--english`.
 */
export const ENGLISH_SEED = 20261209;
/** How many occupations the English set covers. */
export const ENGLISH_SIZE = 50;

/**
 * The held-back narrative set (b4) (`narratives-b4.json`, issue 9): the same draw with its own seed,
 * written blind and committed before its first run; the judge of issue 9's narrative target, never
 * tuned on (fixtures/eval/README.md). Printed with `--b4`.
 */
export const B4_SEED = 20261230;
/** How many occupations the held-back set (b4) covers. */
export const B4_SIZE = 150;

/**
 * The second held-back narrative set (b5) (`narratives-b5.json`, issue 9): the same draw with its
 * own seed, written blind by another hand and committed before its first run; a second judge of
 * issue 9's narrative target, never tuned on (fixtures/eval/README.md). Printed with `--b5`.
 */
export const B5_SEED = 20261201;
/** How many occupations the held-back set (b5) covers. */
export const B5_SIZE = 150;

/** The drawn occupations, in code order. */
export function sampleFresh(taxonomy: TaxonomyData, seed = FRESH_SEED, size = FRESH_SIZE): Occupation[] {
  const eligible = taxonomy.occupations
    .filter((o) => o.tasks.length > 0)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const majors = [...new Set(eligible.map((o) => o.majorCode))].sort();
  const byMajor = majors.map((m) => eligible.filter((o) => o.majorCode === m));
  const seats = allocate(
    byMajor.map((g) => g.length),
    size,
  );
  const random = seededRandom(seed);
  const drawn: Occupation[] = [];
  byMajor.forEach((group, g) => {
    const pool = [...group];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as Occupation, pool[i] as Occupation];
    }
    drawn.push(...pool.slice(0, seats[g] ?? 0));
  });
  return drawn.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

async function main(): Promise<void> {
  const loaded = await loadTaxonomySource(BUNDLED_TAXONOMY_DIR);
  if (!loaded.ok) throw new Error(`taxonomy: ${loaded.problems.map((p) => p.message).join('; ')}`);
  if (process.argv.includes('--pairs')) return printPairs(loaded.data);
  const [seed, size] = process.argv.includes('--b5')
    ? [B5_SEED, B5_SIZE]
    : process.argv.includes('--b4')
      ? [B4_SEED, B4_SIZE]
      : process.argv.includes('--english')
        ? [ENGLISH_SEED, ENGLISH_SIZE]
        : [FRESH_SEED, FRESH_SIZE];
  const drawn = sampleFresh(loaded.data, seed, size);
  const perMajor = new Map<string, number>();
  for (const o of drawn) perMajor.set(o.majorCode, (perMajor.get(o.majorCode) ?? 0) + 1);
  console.log(
    `seed ${seed}: ${drawn.length} occupations; per major group ${[...perMajor].map(([m, n]) => `${m}: ${n}`).join(', ')}`,
  );
  for (const o of drawn) {
    console.log(`\n${o.code} ${o.name}\n  定义: ${o.definition ?? '—'}`);
    for (const t of o.tasks) console.log(`  ${t.seq}. ${t.text}`);
  }
}

function printOccupation(o: Occupation, indent: string): void {
  console.log(`${indent}${o.code} ${o.name}\n${indent}  定义: ${o.definition ?? '—'}`);
  for (const t of o.tasks) console.log(`${indent}  ${t.seq}. ${t.text}`);
}

/** `--pairs`: the (b6) level pairs with both occupations' definitions and tasks. */
function printPairs(taxonomy: TaxonomyData): void {
  const pairs = samplePairs(taxonomy, PAIRS_SEED, PAIRS_SIZE);
  const middles = new Set(pairs.map((p) => p.professional.middleCode));
  console.log(
    `seed ${PAIRS_SEED}: ${pairs.length} pairs (mutual nearest, cosine ≥ ${PAIR_MIN_SIMILARITY}) over ${middles.size} middle groups`,
  );
  pairs.forEach((pair, i) => {
    console.log(`\n[${i + 1}] cosine ${pair.similarity.toFixed(3)}`);
    printOccupation(pair.professional, '  ');
    printOccupation(pair.worker, '  ');
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
