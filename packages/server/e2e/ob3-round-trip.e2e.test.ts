/**
 * Open Badges round trip between two real servers — two processes (`skillbank serve`), two
 * databases, two platform keys: a credential server A issues verifies when a graduate uploads it to
 * a fresh server B; a tampered one is refused there. Server B runs on PostgreSQL when the test
 * cluster is available, so the trip also crosses dialects.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { independentlyVerifyCredential, scratchPostgresDatabase } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(SERVER_DIR, 'node_modules', '.bin', 'tsx');

interface Process {
  url: string;
  child: ChildProcess;
  dir: string;
}

/** A free loopback port (the server must know its own public URL before it starts). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `skillbank serve` in its own process and waits for its "ready" log line. */
async function startProcess(databaseUrl: (dir: string) => string): Promise<Process> {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-ob3-'));
  const port = await freePort();
  const child = spawn(TSX, ['--conditions=source', 'src/bin.ts', 'serve'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl(dir),
      SKILLBANK_KEY_FILE: join(dir, 'platform-key.json'),
      LANG: 'C',
      // One process each: the tsx command line does not fork cluster workers (`node --import tsx` does).
      SKILLBANK_WORKERS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 240_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // The server logs on stderr; once ready it says "Skillbank is ready in N ms. Open http://…/".
      if (/is ready in \d+ ms\./.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, dir };
}

async function stopProcess(p: Process | undefined) {
  if (!p) return;
  if (p.child.exitCode === null) {
    const exited = new Promise((resolve) => p.child.once('exit', resolve));
    p.child.kill('SIGTERM');
    await exited;
  }
  rmSync(p.dir, { recursive: true, force: true });
}

type Json = Record<string, unknown>;

async function call(
  base: string,
  path: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return res;
}

describe('an Open Badge travels from one Skillbank server to another', () => {
  let a: Process | undefined;
  let b: Process | undefined;
  let pgDatabase: { url: string; drop(): Promise<void> } | undefined;

  beforeAll(async () => {
    pgDatabase = (await scratchPostgresDatabase()) ?? undefined;
    [a, b] = await Promise.all([
      startProcess((dir) => `sqlite:${join(dir, 'a.db')}`),
      startProcess((dir) => pgDatabase?.url ?? `sqlite:${join(dir, 'b.db')}`),
    ]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([stopProcess(a), stopProcess(b)]);
    await pgDatabase?.drop();
  });

  it('verifies on the second server when the graduate uploads it; a tampered one is refused', {
    timeout: 60_000,
  }, async () => {
    const A = (a as Process).url;
    const B = (b as Process).url;
    const signUp = async (base: string, role: string, name: string, organisation?: string) =>
      (await (await call(base, '/api/accounts', { body: { role, name, organisation } })).json()) as Json;

    // On A: a graduate deposits a project, an employer attests it.
    const learner = await signUp(A, 'learner', '周同学');
    const employer = await signUp(A, 'employer', '郑经理', '某新能源公司');
    const piece = (await (
      await call(A, '/api/evidence', {
        token: learner.token as string,
        body: {
          kind: 'work_project',
          title: '分布式光伏电站运维',
          description: '负责光伏组件巡检、故障排查与发电数据分析，编写运维报告。',
          occurredOn: '2025-03-01',
          endedOn: '2025-06-30',
          occupationCodes: ['2-02-38-01'],
          skills: [{ name: '光伏运维', level: 3 }],
        },
      })
    ).json()) as Json;
    const asked = await call(A, `/api/evidence/${piece.id}/attestation-requests`, {
      token: learner.token as string,
      body: { attesterId: employer.id },
    });
    expect(asked.status).toBe(201);
    const attested = await call(A, `/api/evidence/${piece.id}/attestations`, {
      token: employer.token as string,
      body: { statement: '独立完成运维。', level: 3 },
    });
    expect(attested.status).toBe(201);
    const ld = await (
      await call(A, `/api/evidence/${piece.id}/credential`, { token: learner.token as string })
    ).text();
    const jwt = await (
      await call(A, `/api/evidence/${piece.id}/credential`, {
        token: learner.token as string,
        headers: { accept: 'application/vc+jwt' },
      })
    ).text();

    // An outside verifier, with A's status list fetched from A over HTTP, agrees.
    const credential = JSON.parse(ld) as Json;
    const listUrl = (credential.credentialStatus as Json).statusListCredential as string;
    expect(listUrl.startsWith(A)).toBe(true);
    const list = await (await fetch(listUrl)).json();
    expect((await independentlyVerifyCredential(credential, new Map([[listUrl, list]]))).verified).toBe(true);

    // On B, a fresh server with its own database and key: the same graduate uploads both forms.
    const there = await signUp(B, 'learner', '周同学');
    const imported = await call(B, '/api/evidence/import', {
      token: there.token as string,
      body: ld,
      headers: { 'content-type': 'application/vc+ld+json' },
    });
    expect(imported.status).toBe(201);
    const body = (await imported.json()) as Json;
    expect(body).toMatchObject({ kind: 'credential', occupationCodes: ['2-02-38-01'] });
    const checks = (body.verification as { checks: Json[] }).checks;
    expect(checks.map((c) => [c.name, c.outcome])).toEqual([
      ['signature', 'passed'],
      ['issuer', 'passed'],
      ['dates', 'passed'],
      ['status', 'not_checked'],
      ['alignment', 'passed'],
    ]);
    const viaJwt = await call(B, '/api/evidence/import', {
      token: there.token as string,
      body: { credential: jwt },
    });
    expect(viaJwt.status).toBe(201);

    // A one-field tamper is refused on B, and nothing is stored.
    const tampered = { ...credential, validFrom: '2020-01-01T00:00:00Z' };
    const refused = await call(B, '/api/evidence/import', {
      token: there.token as string,
      body: { credential: tampered },
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).detail).toMatch(/signature/);
    const ledger = (await (
      await call(B, `/api/evidence?learner=${there.id}`, { token: there.token as string })
    ).json()) as Json;
    expect((ledger.items as unknown[]).length).toBe(2);
  });
});
