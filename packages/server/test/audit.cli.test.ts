/** `skillbank checkpoint` and `skillbank audit --since`, on every dialect. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  runInTransaction,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/adapters/cli/cli.js';

describe.each(testDatabases())('skillbank audit on $name', (database) => {
  let handle: DatabaseHandle;
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-audit-'));
  let env: Record<string, string>;
  beforeAll(async () => {
    handle = await database.open({ file: true });
    env = { DATABASE_URL: handle.displayUrl, SKILLBANK_KEY_FILE: join(dir, 'platform-key.json') };
  });
  afterAll(async () => {
    await handle.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  function capture() {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    return out;
  }

  it('passes an untouched database and fails one whose history was changed', async () => {
    const { account } = await runInTransaction(handle.db, (trx) =>
      createAccount(trx, { role: 'learner', name: '学员' }),
    );
    const input = evidenceInputSchema.parse({
      kind: 'learning',
      title: '电工基础',
      description: '课程',
      occurredOn: '2025-01-01',
    });
    for (let i = 0; i < 3; i += 1)
      await runInTransaction(handle.db, (trx) =>
        depositEvidence(trx, input, { learnerId: account.id, taxonomyId: 'cn2022' }),
      );
    const file = join(dir, 'kept.json');
    capture();
    expect(await main(['checkpoint', '--out', file], env)).toBe(0);

    const ok = capture();
    expect(await main(['audit', '--since', file], env)).toBe(0);
    expect(ok.join('\n')).toMatch(/ok: the database extends the checkpoint/);

    await handle.db
      .updateTable('ledger_entries')
      .set({ payload: '{"changed":true}' })
      .where('learner_id', '=', account.id)
      .where('seq', '=', 2)
      .execute();
    const bad = capture();
    expect(await main(['audit', '--since', file], env)).toBe(1);
    expect(bad.join('\n')).toMatch(/NOT OK/);
    expect(bad.join('\n')).toContain(account.id);
  });

  it('refuses a file that is not a checkpoint', async () => {
    capture();
    expect(await main(['audit', '--since', join(dir, 'platform-key.json')], env)).toBe(2);
    expect(await main(['audit'], env)).toBe(2);
  });
});
