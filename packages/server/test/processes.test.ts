/**
 * Several server processes on one database, as real processes: two single servers (a chain's
 * appends split between them, a withdrawal on one seen by the other's very next list) on every
 * dialect, and a cluster of two workers (`SKILLBANK_WORKERS=2`: one start-up line, a taxonomy
 * swap seen by both workers, a killed worker replaced, a graceful stop).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, importTaxonomy } from '@skillbank/core';
import { bundledTaxonomySource, testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type ServerProcess, startServer } from './server-process.js';
import { evidenceBody } from './skills-account.fixtures.js';

interface Account {
  id: string;
  token: string;
}

async function call(base: string, method: string, path: string, who?: Account, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(who ? { authorization: `Bearer ${who.token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test responses are read field by field.
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
}

const signUp = async (base: string, role: string, name: string): Promise<Account> =>
  (await call(base, 'POST', '/api/accounts', undefined, { role, name, organisation: `${name}公司` })).body;

const matchBody = {
  evidence: [{ kind: 'credential', title: '焊工证', description: '会电焊和氩弧焊，在车间焊接钢结构' }],
  limit: 3,
};
const matches = async (base: string) =>
  (await call(base, 'POST', '/api/match', undefined, matchBody)).status === 200;

describe.each(testDatabases())('two server processes on one $name database', (database) => {
  let handle: DatabaseHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-procs-'));
  beforeAll(async () => {
    handle = await database.open({ file: true });
    const env = {
      DATABASE_URL: handle.displayUrl,
      SKILLBANK_KEY_FILE: join(dir, 'platform-key.json'),
      SKILLBANK_WORKERS: '1',
    };
    a = await startServer(env);
    // The first builds and stores the matcher index; the second restores it.
    expect(await eventually(() => matches(a.baseUrl), 120_000)).toBe(true);
    b = await startServer(env);
    expect(b.output()).toContain('matcher index restored');
    // Each single server runs a pre-assessor (the lease in the database lets one work at a time).
    // It says so right after "ready", on another stream: wait for the line rather than race it.
    for (const server of [a, b]) {
      expect(await eventually(async () => /pre-assessor on/.test(server.output()), 30_000)).toBe(true);
      expect(server.output().match(/pre-assessor on/g)).toHaveLength(1);
    }
  }, 400_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await handle?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends to one chain from both processes: every deposit kept, the chain verifies on both', async () => {
    const learner = await signUp(a.baseUrl, 'learner', '两处学员');
    const deposits = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(
          i % 2 ? b.baseUrl : a.baseUrl,
          'POST',
          '/api/evidence',
          learner,
          evidenceBody({ title: `项目 ${i}` }),
        ),
      ),
    );
    expect(deposits.map((d) => d.status)).toEqual(Array(12).fill(201));
    for (const base of [a.baseUrl, b.baseUrl]) {
      const verified = await call(base, 'GET', `/api/learners/${learner.id}/ledger/verify`, learner);
      expect(verified.body).toMatchObject({ ok: true, entries: 12 });
    }
  });

  it('a withdrawal on one process is seen by the other’s very next candidate list', async () => {
    const learner = await signUp(a.baseUrl, 'learner', '光伏学员');
    expect((await call(a.baseUrl, 'POST', '/api/evidence', learner, evidenceBody())).status).toBe(201);
    const consent = (discoverableByEmployers: boolean) =>
      call(a.baseUrl, 'PUT', `/api/learners/${learner.id}/consent`, learner, { discoverableByEmployers });
    expect((await consent(true)).status).toBe(200);
    const employer = await signUp(b.baseUrl, 'employer', '绿能');
    const role = await call(b.baseUrl, 'POST', '/api/roles', employer, {
      title: '光伏巡检',
      requirements: [{ text: '巡视检查光伏发电设备运行工况', essential: false }],
    });
    expect(role.status).toBe(201);
    const listed = async () =>
      (
        await call(b.baseUrl, 'GET', `/api/roles/${role.body.id}/candidates?limit=100`, employer)
      ).body.items.map((i: { learnerId: string }) => i.learnerId);
    expect(await listed()).toContain(learner.id);
    expect((await consent(false)).status).toBe(200);
    expect(await listed()).not.toContain(learner.id);
    expect((await consent(true)).status).toBe(200);
    expect(await listed()).toContain(learner.id);
  });
});

describe('a cluster of two worker processes', () => {
  const [sqlite] = testDatabases();
  let handle: DatabaseHandle;
  let cluster: ServerProcess;
  /** What it printed up to "ready". */
  let atReady = '';
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-cluster-'));
  beforeAll(async () => {
    handle = await (sqlite as NonNullable<typeof sqlite>).open({ file: true });
    cluster = await startServer({
      DATABASE_URL: handle.displayUrl,
      SKILLBANK_KEY_FILE: join(dir, 'platform-key.json'),
      SKILLBANK_WORKERS: '2',
      SKILLBANK_TAXONOMY_REFRESH_SECONDS: '1',
    });
    atReady = cluster.output();
  }, 300_000);
  afterAll(async () => {
    if (cluster?.child.exitCode === null) await cluster.stop();
    await handle?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says it is ready once, for two workers, and answers on both', { timeout: 200_000 }, async () => {
    expect(cluster.output().match(/is ready in/g)).toHaveLength(1);
    expect(cluster.output().match(/Listening on/g)).toHaveLength(1);
    expect(cluster.output()).toMatch(/"workers":2/);
    expect(cluster.workerPids()).toHaveLength(2);
    expect(await eventually(() => matches(cluster.baseUrl), 150_000)).toBe(true);
    for (let i = 0; i < 4; i++) expect(await matches(cluster.baseUrl)).toBe(true);
  });

  it('builds the index once, in the primary, which never loads it: each worker restores it', () => {
    expect(atReady.match(/matcher index built and stored/g)).toHaveLength(1);
    expect(atReady.match(/matcher index restored/g)).toHaveLength(2);
    // The primary prepared the database for the workers (its key is read once).
    expect(atReady.match(/platform issuer key/g)).toHaveLength(1);
    // And it alone runs the pre-assessor (the workers run none).
    expect(atReady.match(/pre-assessor on/g)).toHaveLength(1);
    expect(atReady.indexOf('is starting')).toBeLessThan(atReady.indexOf('Listening on'));
  });

  it('swaps a re-imported taxonomy in both workers', { timeout: 300_000 }, async () => {
    const source = structuredClone(await bundledTaxonomySource());
    source.manifest = { ...(source.manifest as object), version: '2022.2' };
    const row = source.occupations.find((r) => r.data.code === '6-18-02-04');
    if (!row) throw new Error('fixture lacks 6-18-02-04');
    row.data.name = '焊工（新版）';
    source.contentHash = 'changed-for-the-cluster';
    expect((await importTaxonomy(handle.db, source)).status).toBe('imported');
    // Round robin: eight answers in a row come from both workers.
    const allNew = async () => {
      for (let i = 0; i < 8; i++) {
        const res = await call(cluster.baseUrl, 'POST', '/api/match', undefined, matchBody);
        if (res.body?.taxonomy?.version !== '2022.2') return false;
        expect(res.body.matches[0]).toMatchObject({ code: '6-18-02-04', name: '焊工（新版）' });
      }
      return true;
    };
    expect(await eventually(allNew, 240_000)).toBe(true);
    // The primary stored the new index once; each worker swapped to it.
    expect(
      cluster.output().match(/taxonomy changed: matcher index stored, the workers swap to it/g),
    ).toHaveLength(1);
    expect(cluster.output().match(/taxonomy changed: matcher index swapped/g)?.length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('stops, saying why, when its workers cannot listen (a busy port)', { timeout: 200_000 }, async () => {
    const port = new URL(cluster.baseUrl).port;
    const busy = await startServer(
      { DATABASE_URL: handle.displayUrl, SKILLBANK_WORKERS: '2', PORT: port },
      { timeoutMs: 150_000 },
    ).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(busy).toMatch(/server exited with 1/);
    expect(busy).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  });

  it('replaces a worker that dies, and stops gracefully', { timeout: 300_000 }, async () => {
    const [victim] = cluster.workerPids();
    process.kill(victim as number, 'SIGKILL');
    expect(
      await eventually(async () => {
        const pids = cluster.workerPids();
        return pids.length === 2 && !pids.includes(victim as number);
      }, 120_000),
    ).toBe(true);
    // The new worker shows in the process table before the primary's line may have reached us.
    const said = async () => cluster.output().includes('worker process died: starting another');
    expect(await eventually(said, 30_000)).toBe(true);
    expect(await eventually(() => matches(cluster.baseUrl), 150_000)).toBe(true);
    const pids = cluster.workerPids();
    expect(await cluster.stop()).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
