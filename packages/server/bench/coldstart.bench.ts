/**
 * Cold start to first answer: the built server started as a process on an existing SQLite file
 * (migrated, taxonomy imported, matcher index stored by an earlier start), timed from spawn to the
 * first 200 of `POST /api/match` (which needs the matcher index). Median of RUNS starts, for one
 * process and for the default cluster. The very first start (import, and the index built in a
 * worker thread) is printed too. Prints `BENCH {json}` lines.
 *
 *   pnpm --filter @skillbank/server run bench:coldstart   (options: RUNS=5)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './bench-setup.js';
import { BUILT_BIN, ensureBuilt } from './built-server.js';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = 30_000 + (process.pid % 20_000);
const dir = mkdtempSync(join(tmpdir(), 'skillbank-coldstart-'));
const env = {
  ...process.env,
  DATABASE_URL: `sqlite:${join(dir, 'skillbank.db')}`,
  SKILLBANK_KEY_FILE: join(dir, 'platform-key.json'),
  PORT: String(PORT),
  HOST: '127.0.0.1',
};
const matchBody = JSON.stringify({
  evidence: [{ kind: 'credential', title: '焊工证', description: '会电焊和氩弧焊，在车间焊接钢结构' }],
  limit: 5,
});

/** Spawns the server and resolves with the milliseconds to its first matching answer. */
async function timeToFirstMatch(workers: number): Promise<{ ms: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BUILT_BIN, 'serve'], {
    env: { ...env, SKILLBANK_WORKERS: String(workers) },
    stdio: 'ignore',
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/match`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: matchBody,
      });
      if (res.status === 200) {
        await res.arrayBuffer();
        return { ms: performance.now() - started, child };
      }
      await res.arrayBuffer();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

ensureBuilt();
try {
  const first = await timeToFirstMatch(1);
  await stop(first.child);
  process.stderr.write(`first start (import + index built in a worker thread): ${Math.round(first.ms)} ms\n`);
  for (const workers of [1, availableParallelism()]) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await timeToFirstMatch(workers);
      times.push(run.ms);
      await stop(run.child);
    }
    console.log(
      `BENCH ${JSON.stringify({
        bench: 'coldstart',
        ms: Math.round(median(times)),
        workers,
        runs: RUNS,
        minMs: Math.round(Math.min(...times)),
        maxMs: Math.round(Math.max(...times)),
        firstStartMs: Math.round(first.ms),
        storedIndex: true,
      })}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
