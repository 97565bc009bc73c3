/** Builds a fresh app on a fresh database of one dialect, for tests through `app.request`. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DatabaseHandle,
  getTaxonomyInfo,
  importTaxonomy,
  loadOrCreatePlatformKey,
  openDatabase,
  readTaxonomySource,
} from '@skillbank/core';
import type { OpenOptions, TestDatabase } from '@skillbank/core/testing';
import type { MatcherIndex } from '@skillbank/matcher';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { AppDeps } from '../src/deps.js';
import { silentLogger } from '../src/logger.js';
import { buildTaxonomyMatcher, ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  handle: DatabaseHandle;
  destroy(): Promise<void>;
}

// Every test database holds the same bundled taxonomy: build its matcher once per worker.
const matchers = new Map<string, Promise<MatcherIndex>>();
function testMatcher(handle: DatabaseHandle, id: string, version: string): Promise<MatcherIndex> {
  const key = `${id}@${version}`;
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = buildTaxonomyMatcher(handle.db, id, silentLogger);
    matchers.set(key, matcher);
  }
  return matcher;
}

/** Each test app gets its own platform key file in a fresh temporary folder. */
const testKeyFile = () => join(mkdtempSync(join(tmpdir(), 'skillbank-key-')), 'platform-key.json');

export interface TestAppOptions extends OpenOptions {
  env?: Record<string, string>;
  /** Also import this taxonomy folder and serve it (default: serve the bundled cn2022). */
  serve?: { id: string; dir: string };
}

export async function openTestApp(
  database: TestDatabase,
  { env = {}, serve, ...options }: TestAppOptions = {},
): Promise<TestApp> {
  const handle = await database.open(options);
  if (serve) {
    const report = await importTaxonomy(handle.db, await readTaxonomySource(serve.dir));
    if (report.status !== 'imported') throw new Error(`${serve.dir}: ${JSON.stringify(report.problems)}`);
  }
  const taxonomy = await getTaxonomyInfo(handle.db, serve?.id ?? 'cn2022');
  if (!taxonomy) throw new Error('test database has no taxonomy');
  // Suites sign up many accounts from one address: rate limits are off unless a test turns them on.
  const config = loadConfig({
    DATABASE_URL: 'sqlite::memory:',
    SKILLBANK_KEY_FILE: testKeyFile(),
    SKILLBANK_RATE_LIMITS: 'off',
    ...env,
  });
  const matcher = await testMatcher(handle, taxonomy.id, taxonomy.version);
  const deps: AppDeps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    logger: silentLogger,
    served: new ServedTaxonomyHolder({ taxonomy, matcher }),
    platformKey: await loadOrCreatePlatformKey(config.keyFile),
  };
  return { app: createApp(deps), deps, handle, destroy: () => handle.destroy() };
}

/**
 * A second app on the same database with a handle (connections, caches, candidate pool) of its
 * own: another server process as far as the database can tell. Needs a file database (SQLite) and
 * a test server URL without a password (the handle's display URL is reused).
 */
export async function openSecondApp(first: TestApp): Promise<TestApp> {
  const handle = openDatabase(first.handle.displayUrl);
  const deps: AppDeps = { ...first.deps, db: handle.db, listen: handle.listen };
  return { app: createApp(deps), deps, handle, destroy: () => handle.destroy() };
}

/** JSON request init helper. */
export function json(body: unknown, init: RequestInit = {}): RequestInit {
  return {
    method: 'POST',
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** A response's JSON body, loosely typed: tests assert its shape at run time. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions that read them
export const readJson = (res: Response): Promise<any> => res.json();
