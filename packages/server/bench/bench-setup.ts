/** Shared set-up of the server benchmarks: a file database with the taxonomy and its matcher, and number formatting. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DatabaseHandle,
  getTaxonomyInfo,
  importTaxonomy,
  loadOrCreatePlatformKey,
  loadTaxonomy,
  migrateToLatest,
  openDatabase,
  type PlatformKey,
  type TaxonomyData,
  type TaxonomyInfo,
} from '@skillbank/core';
import { bundledTaxonomySource, keptPostgresDatabase, type TestDatabase } from '@skillbank/core/testing';
import type { MatcherIndex } from '@skillbank/matcher';
import { silentLogger } from '../src/logger.js';
import { buildTaxonomyMatcher } from '../src/matching/served-taxonomy.js';

export interface BenchDatabase {
  /** How the dialect is named in the printed table. */
  label: string;
  handle: DatabaseHandle;
  taxonomy: TaxonomyInfo;
  data: TaxonomyData;
  matcher: MatcherIndex;
}

/** Opens a fresh file database of one dialect with the bundled taxonomy loaded and indexed. */
export async function openBenchDatabase(database: TestDatabase): Promise<BenchDatabase> {
  const label = database.name === 'sqlite' ? 'SQLite (file, WAL)' : 'PostgreSQL';
  const handle = await database.open({ file: true });
  const taxonomy = await getTaxonomyInfo(handle.db, 'cn2022');
  const data = await loadTaxonomy(handle.db, 'cn2022');
  if (!taxonomy || !data) {
    await handle.destroy();
    throw new Error('no taxonomy');
  }
  const matcher = await buildTaxonomyMatcher(handle.db, taxonomy.id, silentLogger);
  return { label, handle, taxonomy, data, matcher };
}

/** Milliseconds since `from` (a `performance.now()` reading). */
export const ms = (from: number) => performance.now() - from;
/** A figure for the table: whole numbers from 100 up, one decimal below. */
export const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1));
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** A platform issuer key in a fresh temporary folder (benchmarks never touch ./data). */
export function benchPlatformKey(): Promise<PlatformKey> {
  return loadOrCreatePlatformKey(
    join(mkdtempSync(join(tmpdir(), 'skillbank-bench-key-')), 'platform-key.json'),
  );
}

/**
 * A bench database kept between runs (`BENCH_DB_DIR`): the SQLite file `<dir>/<name>.sqlite`, or the
 * PostgreSQL database `skillbank_bench_<name>` on the `SKILLBANK_TEST_PG_URL` server. Migrated and
 * given the bundled taxonomy on first use; `fresh: true` empties it first (an interrupted set-up).
 */
export async function openKeptBenchDatabase(
  database: TestDatabase,
  dir: string,
  name: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<BenchDatabase> {
  const label = database.name === 'sqlite' ? 'SQLite (file, WAL)' : 'PostgreSQL';
  let url: string;
  if (database.name === 'sqlite') {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.sqlite`);
    if (fresh) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    url = `sqlite:${file}`;
  } else {
    const kept = await keptPostgresDatabase(`skillbank_bench_${name.replace(/[^a-z0-9_]/gi, '_')}`, {
      fresh,
    });
    if (!kept) throw new Error('no PostgreSQL server (SKILLBANK_TEST_PG_URL)');
    url = kept;
  }
  const handle = openDatabase(url);
  await migrateToLatest(handle.db);
  if (!(await getTaxonomyInfo(handle.db, 'cn2022')))
    await importTaxonomy(handle.db, await bundledTaxonomySource());
  const taxonomy = await getTaxonomyInfo(handle.db, 'cn2022');
  const data = await loadTaxonomy(handle.db, 'cn2022');
  if (!taxonomy || !data) {
    await handle.destroy();
    throw new Error('no taxonomy');
  }
  const matcher = await buildTaxonomyMatcher(handle.db, taxonomy.id, silentLogger);
  return { label, handle, taxonomy, data, matcher };
}
