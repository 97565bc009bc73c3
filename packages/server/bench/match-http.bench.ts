/**
 * `POST /api/match` over HTTP: requests/s measured with autocannon on 127.0.0.1, against a trivial
 * route of the same server (`GET /healthz`), and the ratio of the two. Prints figures only.
 *
 *   cd packages/server && npx tsx --conditions=source bench/match-http.bench.ts
 *   (options: SECONDS=10 CONNECTIONS=32)
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getTaxonomyInfo } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { buildTaxonomyMatcher, ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { benchPlatformKey } from './bench-setup.js';

const SECONDS = Number(process.env.SECONDS ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const AUTOCANNON = fileURLToPath(new URL('../node_modules/.bin/autocannon', import.meta.url));

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

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/** Runs autocannon in a child process (asynchronously: the server answers on this event loop). */
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

const [sqlite] = testDatabases();
if (!sqlite) throw new Error('no test database');
const handle = await sqlite.open({ file: true });
const taxonomy = await getTaxonomyInfo(handle.db, 'cn2022');
if (!taxonomy) throw new Error('no taxonomy');
const matcher = await buildTaxonomyMatcher(handle.db, taxonomy.id, silentLogger);
const config = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
const app = createApp({
  db: handle.db,
  dialect: handle.dialect,
  config,
  logger: silentLogger,
  served: new ServedTaxonomyHolder({ taxonomy, matcher }),
  platformKey: await benchPlatformKey(),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const base = `http://127.0.0.1:${port}`;

const check = await fetch(`${base}/api/match`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: matchBody,
});
if (check.status !== 200) throw new Error(`POST /api/match answered ${check.status}`);

console.log(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, server on ${base} (SQLite file)\n`);
const trivial = await cannon(`${base}/healthz`, []);
const match = await cannon(`${base}/api/match`, [
  '-m',
  'POST',
  '-H',
  'content-type=application/json',
  '-b',
  matchBody,
]);
for (const [label, r] of [
  ['GET /healthz (trivial)', trivial],
  ['POST /api/match (3 evidence items, limit 10)', match],
] as const) {
  console.log(
    `${label.padEnd(48)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   non-2xx ${r.non2xx}   errors ${r.errors}`,
  );
}
console.log(
  `\nratio POST /api/match : GET /healthz = ${(match.requests.average / trivial.requests.average).toFixed(3)}`,
);
server.close();
await handle.destroy();
