/**
 * The standing attack suite, part 2: `kill -9` of a real server process in the middle of a burst
 * of deposits, on every dialect. Every deposit the server acknowledged (201) must be stored after
 * the kill, and every chain must still verify; a restarted server must serve them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, getEvidence, verifyStoredLedger } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceBody } from '../skills-account.fixtures.js';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const KILLS = Number(process.env.ATTACK_KILLS ?? 2);
const LEARNERS = 6;

/** Starts `skillbank serve` as a child process; resolves with its base URL once it listens. */
function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/bin.ts', 'serve'], {
    cwd: SERVER_DIR,
    // One process: the kill lands on the process that writes (a cluster's workers outlive a killed primary).
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SKILLBANK_RATE_LIMITS: 'off',
      LANG: 'C',
      SKILLBANK_WORKERS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    // The server logs on stderr; once ready it says "Skillbank is ready in N ms. Open http://…/".
    const take = (d: unknown) => {
      out += String(d);
      const match = /is ready in \d+ ms\. Open (http:\/\/[^/\s]+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1] as string });
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

describe.each(testDatabases())('kill -9 during a burst of deposits on $name', (database) => {
  let handle: DatabaseHandle;
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-kill-'));
  beforeAll(async () => {
    handle = await database.open({ file: true });
  });
  afterAll(async () => {
    await handle.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged deposit', { timeout: 600_000 }, async () => {
    const env = { DATABASE_URL: handle.displayUrl, SKILLBANK_KEY_FILE: join(dir, 'platform-key.json') };
    const acknowledged = new Set<string>();
    const learners: { id: string; token: string }[] = [];
    for (let round = 0; round < KILLS; round += 1) {
      const { child, baseUrl } = await startChild(env);
      try {
        while (learners.length < LEARNERS) {
          const res = await fetch(`${baseUrl}/api/accounts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ role: 'learner', name: `学员${learners.length}` }),
          });
          learners.push(await res.json());
        }
        // A burst: every learner deposits in a loop; the kill lands while requests are in flight.
        let stop = false;
        const burst = learners.map(async (l, i) => {
          for (let n = 0; !stop; n += 1) {
            try {
              const res = await fetch(`${baseUrl}/api/evidence`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${l.token}` },
                body: JSON.stringify(evidenceBody({ title: `第 ${round}-${i}-${n} 项` })),
              });
              if (res.status === 201) acknowledged.add(((await res.json()) as { id: string }).id);
            } catch {
              return; // the connection died with the server
            }
          }
        });
        const target = acknowledged.size + 20;
        while (acknowledged.size < target) await new Promise((r) => setTimeout(r, 20));
        child.kill('SIGKILL');
        stop = true;
        await Promise.all(burst);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        await new Promise((r) =>
          child.exitCode !== null || child.signalCode ? r(null) : child.once('exit', r),
        );
      }
    }
    let stored = 0;
    for (const id of acknowledged) if (await getEvidence(handle.db, id)) stored += 1;
    const total = await handle.db
      .selectFrom('ledger_entries')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('type', '=', 'deposit')
      .executeTakeFirst();
    for (const l of learners) expect((await verifyStoredLedger(handle.db, l.id)).ok).toBe(true);
    console.log(
      `[attack] ${database.name}: ${KILLS} kill -9 during deposit bursts; acknowledged ${acknowledged.size}, stored ${stored} of them (${Number(total?.n)} deposits stored in all)`,
    );
    expect(stored).toBe(acknowledged.size);
    // A restarted server serves them and the log takes them in.
    const { child, baseUrl } = await startChild(env);
    try {
      const cp = await (await fetch(`${baseUrl}/api/transparency/checkpoint`)).json();
      expect(cp.treeSize).toBeGreaterThanOrEqual(acknowledged.size);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
