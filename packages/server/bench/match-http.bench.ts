/**
 * `POST /api/match` over HTTP against the built server as it runs in production (a process, or a
 * cluster of `SKILLBANK_WORKERS`), measured with autocannon on 127.0.0.1, beside a trivial route of
 * the same server (`GET /healthz`). One figure per worker count: one process, and the default (the
 * number of cores). Prints `BENCH {json}` lines and a table.
 *
 *   pnpm --filter @skillbank/server run bench:match   (options: SECONDS=10 CONNECTIONS=32 WORKERS=1,2)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_BIN, ensureBuilt } from './built-server.js';

const SECONDS = Number(process.env.SECONDS ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const WORKERS = (process.env.WORKERS ?? `1,${availableParallelism()}`).split(',').map(Number);
const AUTOCANNON = fileURLToPath(new URL('../node_modules/.bin/autocannon', import.meta.url));
const PORT = 30_000 + ((process.pid * 7) % 20_000);
const BASE = `http://127.0.0.1:${PORT}`;

const matchBody = JSON.stringify({
  evidence: [
    {
      kind: 'work_project',
      title: '合作社数字农业',
      description: '在合作社装了土壤传感器，教农户用手机看数据，按数据浇水施肥',
      occurredOn: '2026-05-01',
    },
    {
      kind: 'learning',
      title: '物联网应用技术课程',
      description: '学习传感器、网关和云平台，做了温室大棚环境监测的实训',
      skills: [{ name: '物联网设备安装', level: 3 }],
    },
    { kind: 'competition', title: '农产品直播带货比赛', description: '策划直播脚本，在抖音帮乡亲们卖苹果' },
  ],
  limit: 10,
});

/**
 * The same evidence with a new random id in every item's description for every request
 * (autocannon's `[<id>]`): no two requests alike, so the matcher's cache of analysed item texts
 * never hits. Both figures are printed; the repeated body is the best case, this the worst.
 */
const variedBody = JSON.stringify({
  ...JSON.parse(matchBody),
  evidence: (JSON.parse(matchBody) as { evidence: { description: string }[] }).evidence.map((item) => ({
    ...item,
    description: `${item.description} [<id>]`,
  })),
});

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/** Runs autocannon in a child process, bounded by SECONDS. */
function cannon(url: string, extra: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(AUTOCANNON, ['-j', '-c', String(CONNECTIONS), '-d', String(SECONDS), ...extra, url]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out) as Result);
      else reject(new Error(`autocannon failed (${code}): ${err}`));
    });
  });
}

async function matchAnswers(): Promise<boolean> {
  try {
    const res = await fetch(`${BASE}/api/match`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: matchBody,
    });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

async function startServer(dir: string, workers: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BUILT_BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dir, 'skillbank.db')}`,
      SKILLBANK_KEY_FILE: join(dir, 'platform-key.json'),
      SKILLBANK_WORKERS: String(workers),
      SKILLBANK_RATE_LIMITS: 'off',
      PORT: String(PORT),
      HOST: '127.0.0.1',
    },
    stdio: 'ignore',
  });
  const until = Date.now() + 300_000;
  // Every worker must answer: ask a few times in a row (round robin reaches each).
  let inARow = 0;
  while (inARow < workers * 2) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > until) throw new Error('server did not get ready');
    if (await matchAnswers()) inARow += 1;
    else {
      inARow = 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'skillbank-match-http-'));
const rows: string[] = [];
try {
  for (const workers of WORKERS) {
    const server = await startServer(dir, workers);
    try {
      const healthz = await cannon(`${BASE}/healthz`, []);
      const match = await cannon(`${BASE}/api/match`, [
        '-m',
        'POST',
        '-H',
        'content-type=application/json',
        '-b',
        matchBody,
      ]);
      const varied = await cannon(`${BASE}/api/match`, [
        '-m',
        'POST',
        '-H',
        'content-type=application/json',
        '-I',
        '-b',
        variedBody,
      ]);
      console.log(
        `BENCH ${JSON.stringify({
          bench: 'match-http',
          reqPerSec: Math.round(match.requests.average),
          variedReqPerSec: Math.round(varied.requests.average),
          healthzReqPerSec: Math.round(healthz.requests.average),
          workers,
          p50Ms: match.latency.p50,
          p99Ms: match.latency.p99,
          variedP50Ms: varied.latency.p50,
          non2xx: match.non2xx + healthz.non2xx + varied.non2xx,
          errors: match.errors + healthz.errors + varied.errors,
          connections: CONNECTIONS,
          seconds: SECONDS,
        })}`,
      );
      for (const [label, r] of [
        ['GET /healthz', healthz],
        ['POST /api/match (3 evidence items, limit 10)', match],
        ['POST /api/match, every request new texts (no analysis cached)', varied],
      ] as const)
        rows.push(
          `| ${workers} | ${label} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`,
        );
    } finally {
      await stop(server);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\nautocannon, ${CONNECTIONS} connections, ${SECONDS} s each, built server on 127.0.0.1 (SQLite file; ${cpus().length} CPUs, Node ${process.version})\n`,
);
console.log('| workers | request | req/s | p50 ms | p99 ms | non-2xx + errors |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
