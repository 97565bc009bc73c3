/**
 * Open Badges 3.0 speed: issuing one credential (build + eddsa-rdfc-2022 proof + VC-JWT) and
 * verifying one (our verifier, and @digitalbazaar/vc for comparison), median of RUNS; then the
 * whole attestation request (ledger entry + credential) and POST /api/credentials/verify through
 * `app.request` on a SQLite file. Prints figures; asserts only that what it times verifies.
 *
 *   cd packages/server && npx tsx --conditions=source bench/credentials.bench.ts   (RUNS=100)
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  credentialSigner,
  getTaxonomyInfo,
  openBadgeCredential,
  signCredential,
  signCredentialJwt,
  signedStatusList,
  statusListCredential,
  verifyCredential,
} from '@skillbank/core';
import { independentlyVerifyCredential, testDatabases } from '@skillbank/core/testing';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { buildTaxonomyMatcher, ServedTaxonomyHolder } from '../src/matching/served-taxonomy.js';
import { benchPlatformKey, fmt, median, ms } from './bench-setup.js';

const RUNS = Number(process.env.RUNS ?? 100);
const signer = credentialSigner(generateKeyPairSync('ed25519').privateKey);
const LIST = 'https://skills.example/api/status-lists/sl_bench';

const badge = (i: number) =>
  openBadgeCredential({
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    baseUrl: 'https://skills.example',
    issuer: { did: signer.did, name: '某职业技术学院', organisation: null },
    subject: { id: 'urn:uuid:11111111-2222-4333-8444-555555555555', displayName: '王同学' },
    validFrom: '2026-06-01T00:00:00Z',
    evidence: {
      id: 'ev_bench',
      hash: 'a'.repeat(64),
      kind: 'work_project',
      title: '光伏电站运维项目',
      description: '负责光伏组件巡检、故障排查与发电数据分析，编写运维报告。',
      occurredOn: '2026-03-01',
      endedOn: '2026-05-30',
      skills: [{ name: '光伏运维', level: 3 }],
      steps: ['明确任务', '实施计划'],
    },
    occupations: [{ code: '2-02-38-01', name: '光伏' }],
    tasks: [{ id: '2-02-38-01#1', text: '巡检' }],
    statement: '属实',
    level: 3,
    status: { listUrl: LIST, index: 42 },
  });

async function timed(label: string, run: (i: number) => Promise<unknown>) {
  await run(-1); // warm-up: contexts parsed, JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run(i);
    times.push(ms(start));
  }
  console.log(`${label.padEnd(66)} median ${fmt(median(times))} ms`);
}

console.log(`Open Badges 3.0 — ${RUNS} runs each, median (2-core machine, shared)`);
await timed('issue: build + Data Integrity proof (eddsa-rdfc-2022)', (i) => signCredential(badge(i), signer));
await timed('issue: VC-JWT (EdDSA)', (i) => signCredentialJwt(badge(i), signer));

const platform = await benchPlatformKey();
const list = await signCredential(
  statusListCredential({
    url: LIST,
    issuer: platform.did,
    validFrom: '2026-01-01T00:00:00Z',
    revokedIndexes: [7],
  }),
  platform.credentialSigner(),
);
const signed = await signCredential(badge(0), signer);
const resolveStatusList = async (url: string) => (url === LIST ? list : null);
await timed('verify (ours): signature, issuer, dates, status list, alignment', async () => {
  const result = await verifyCredential(signed, { resolveStatusList, resolveAlignment: async () => '光伏' });
  if (!result.ok) throw new Error('did not verify');
});
await timed('verify (@digitalbazaar/vc + vc-bitstring-status-list)', async () => {
  const result = await independentlyVerifyCredential(signed, new Map([[LIST, list]]));
  if (!result.verified) throw new Error('did not verify');
});

// Through the app, on a SQLite file.
const database = testDatabases().find((d) => d.name === 'sqlite');
if (!database) throw new Error('no sqlite');
const handle = await database.open({ file: true });
const taxonomy = await getTaxonomyInfo(handle.db, 'cn2022');
if (!taxonomy) throw new Error('no taxonomy');
const matcher = await buildTaxonomyMatcher(handle.db, taxonomy.id, silentLogger);
const app = createApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ DATABASE_URL: 'sqlite::memory:' }),
  logger: silentLogger,
  served: new ServedTaxonomyHolder({ taxonomy, matcher }),
  platformKey: platform,
});
const post = (path: string, body: unknown, token?: string) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const account = async (role: string) =>
  (await (await post('/api/accounts', { role, name: `bench ${role}` })).json()) as {
    id: string;
    token: string;
  };
const learner = await account('learner');
const employer = await account('employer');
const pieces: string[] = [];
for (let i = 0; i <= RUNS; i += 1) {
  const res = await post(
    '/api/evidence',
    {
      kind: 'work_project',
      title: `项目 ${i}`,
      description: '光伏组件巡检与故障排查。',
      occurredOn: '2025-03-01',
      occupationCodes: ['2-02-38-01'],
      skills: [{ name: '光伏运维', level: 3 }],
    },
    learner.token,
  );
  const { id } = (await res.json()) as { id: string };
  await post(`/api/evidence/${id}/attestation-requests`, { attesterId: employer.id }, learner.token);
  pieces.push(id);
}
await timed('POST /api/evidence/{id}/attestations (ledger entry + Open Badge)', async (i) => {
  const res = await post(`/api/evidence/${pieces[i + 1]}/attestations`, { level: 3 }, employer.token);
  if (res.status !== 201) throw new Error(`attest gave ${res.status}`);
});
const credential = await (
  await app.request(`/api/evidence/${pieces[1]}/credential`, {
    headers: { authorization: `Bearer ${learner.token}` },
  })
).json();
await timed('POST /api/credentials/verify (status list signed on the fly)', async () => {
  const res = await post('/api/credentials/verify', { credential });
  if (!((await res.json()) as { ok: boolean }).ok) throw new Error('did not verify');
});
const listId = (
  credential as { credentialStatus: { statusListCredential: string } }
).credentialStatus.statusListCredential
  .split('/')
  .at(-1) as string;
await timed('sign the status list (GET /api/status-lists/{id})', () =>
  signedStatusList(handle.db, listId, {
    signer: platform.credentialSigner(),
    baseUrl: 'http://127.0.0.1:3000',
  }),
);
await handle.destroy();
