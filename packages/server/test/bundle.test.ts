/**
 * The production server is the bundle `scripts/bundle.mjs` makes (`pnpm run build` runs it): what
 * `npm start` and the `skillbank` command run, one script instead of ~1,000 modules, run with V8's
 * code cache. Built here from the sources into a folder of its own, it runs as real processes on a
 * fresh SQLite file: a cluster of two workers builds the matcher index in its bundled worker
 * thread, answers matches, pages and a presentation signed through the lazily loaded JSON-LD stack
 * (whose contexts it finds beside the sources) and writes its code cache; the next start restores
 * the stored index and runs from that cache; a damaged cache is only ignored.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startServer } from './server-process.js';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(SERVER_DIR, '..', '..');
/** Inside the package, so that the bundle finds the native addons in its node_modules. */
const OUT = join(SERVER_DIR, 'dist', `bundle-test-${process.pid}`);
const BIN = join(OUT, 'skillbank.js');
const CODE_CACHE = join(OUT, 'server.cjs.v8cache');

const matchBody = {
  evidence: [{ kind: 'credential', title: '焊工证', description: '会电焊和氩弧焊，在车间焊接钢结构' }],
  limit: 3,
};

describe('the bundled server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-bundle-'));
  const env = {
    DATABASE_URL: `sqlite:${join(dir, 'skillbank.db')}`,
    SKILLBANK_KEY_FILE: join(dir, 'platform-key.json'),
  };
  beforeAll(() => {
    const built = spawnSync(process.execPath, ['scripts/bundle.mjs', OUT], {
      cwd: SERVER_DIR,
      encoding: 'utf8',
    });
    expect(built.stderr).toContain('bundled the server');
    expect(built.status).toBe(0);
  }, 120_000);
  afterAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('is what npm start and the skillbank command run', () => {
    const pkg = JSON.parse(readFileSync(join(SERVER_DIR, 'package.json'), 'utf8'));
    expect(pkg.bin.skillbank).toBe('./dist/bundle/skillbank.js');
    expect(pkg.scripts.build).toContain('node scripts/bundle.mjs');
    const ensure = readFileSync(join(SERVER_DIR, 'scripts', 'ensure.mjs'), 'utf8');
    expect(ensure).toContain("join(ROOT, 'packages', 'server', 'dist', 'bundle', 'skillbank.js')");
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(root.scripts.serve).toBe('node packages/server/dist/bundle/skillbank.js serve');
  });

  it('serves as a cluster (index built in its bundled worker thread, matches, pages, a signed presentation); the next start restores the index, from the code cache', {
    timeout: 300_000,
  }, async () => {
    const server = await startServer({ ...env, SKILLBANK_WORKERS: '2' }, { bin: BIN, timeoutMs: 240_000 });
    try {
      const base = server.baseUrl;
      // The primary built and stored the index in a worker thread; each worker restored it.
      expect(server.output()).toContain('matcher index built and stored');
      expect(server.output().match(/matcher index restored/g)).toHaveLength(2);
      const match = await fetch(`${base}/api/match`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(matchBody),
      });
      expect(match.status).toBe(200);
      const matches = (await match.json()) as { matches: { code: string }[] };
      expect(matches.matches[0]?.code).toBe('6-18-02-04');
      const page = await fetch(base, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
      const signUp = await fetch(`${base}/api/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'learner', name: '打包测试' }),
      });
      expect(signUp.status).toBe(201);
      const learner = (await signUp.json()) as { id: string; token: string };
      const presentation = await fetch(`${base}/api/learners/${learner.id}/credentials`, {
        headers: { authorization: `Bearer ${learner.token}` },
      });
      expect(presentation.status).toBe(200);
      expect(presentation.headers.get('content-type')).toMatch(/^application\/vp\+ld\+json/);
      expect(((await presentation.json()) as { proof?: { type?: string } }).proof?.type).toBe(
        'DataIntegrityProof',
      );
      // A few seconds after its start, what it compiled is kept for the next start.
      expect(await eventually(async () => existsSync(CODE_CACHE), 60_000)).toBe(true);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // The next start (one process) runs from the code cache and restores the stored index.
    const cached = statSync(CODE_CACHE).mtimeMs;
    const again = await startServer({ ...env, SKILLBANK_WORKERS: '1' }, { bin: BIN });
    try {
      expect(again.output()).toContain('matcher index restored');
      expect(again.output()).not.toContain('matcher index built');
      const match = await fetch(`${again.baseUrl}/api/match`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(matchBody),
      });
      expect(match.status).toBe(200);
      // Past the moment a start whose cache V8 rejected writes it (5 s).
      await new Promise((resolve) => setTimeout(resolve, 7_000));
    } finally {
      expect(await again.stop()).toBe(0);
    }
    // V8 took the cache: no process wrote it again.
    expect(statSync(CODE_CACHE).mtimeMs).toBe(cached);
  });

  it('a server stopped before it wrote its code cache writes it as it exits', {
    timeout: 120_000,
  }, async () => {
    rmSync(CODE_CACHE, { force: true });
    // The timed write is put off past the test: only the write on exit can make the cache.
    const server = await startServer(
      { ...env, SKILLBANK_WORKERS: '1', SKILLBANK_CODE_CACHE_AFTER_MS: '600000' },
      { bin: BIN },
    );
    try {
      const match = await fetch(`${server.baseUrl}/api/match`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(matchBody),
      });
      expect(match.status).toBe(200);
      expect(existsSync(CODE_CACHE)).toBe(false);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(statSync(CODE_CACHE).size).toBeGreaterThan(100_000);
    // A one-off command writes none: it would hold none of the server's code.
    rmSync(CODE_CACHE, { force: true });
    const migrate = spawnSync(process.execPath, [BIN, 'migrate'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'migrate-no-cache.db')}` },
      encoding: 'utf8',
    });
    expect(migrate.status).toBe(0);
    expect(existsSync(CODE_CACHE)).toBe(false);
  });

  it('runs the other commands, and a damaged code cache is only ignored', () => {
    writeFileSync(CODE_CACHE, 'not a code cache');
    const migrate = spawnSync(process.execPath, [BIN, 'migrate'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'migrate-only.db')}` },
      encoding: 'utf8',
    });
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/Success .*-matcher-index/);
  });
});
