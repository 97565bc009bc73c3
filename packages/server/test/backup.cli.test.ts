/** `skillbank backup` → wipe → `skillbank restore`, on every dialect: every chain verifies again. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  attestEvidence,
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  listAllEvidence,
  openDatabase,
  requestAttestation,
  runInTransaction,
  verifyStoredLedger,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/adapters/cli/cli.js';

describe.each(testDatabases())('backup and restore on $name', (database) => {
  const dir = mkdtempSync(join(tmpdir(), 'skillbank-backup-'));
  const keyFile = join(dir, 'platform-key.json');
  let source: DatabaseHandle;
  let learnerId: string;
  beforeAll(async () => {
    source = await database.open({ file: true });
    const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(source.db, work);
    learnerId = (await tx((trx) => createAccount(trx, { role: 'learner', name: '学员' }))).account.id;
    const advisor = await tx((trx) =>
      createAccount(trx, { role: 'advisor', name: '王老师', organisation: '学院' }),
    );
    const input = evidenceInputSchema.parse({
      kind: 'learning',
      title: '电工基础',
      description: '课程',
      occurredOn: '2025-01-01',
    });
    const piece = await tx((trx) => depositEvidence(trx, input, { learnerId, taxonomyId: 'cn2022' }));
    await tx((trx) => depositEvidence(trx, input, { learnerId, taxonomyId: 'cn2022' }));
    await tx((trx) => requestAttestation(trx, piece.id, { attesterId: advisor.account.id }));
    await tx((trx) => attestEvidence(trx, piece.id, advisor.account, { token: advisor.token }));
  });
  afterAll(async () => {
    await source.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  function capture() {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    return out;
  }

  it('backs up, restores into an empty database and every chain verifies', async () => {
    const file = join(dir, 'backup.bin');
    const out = capture();
    expect(
      await main(['backup', file], { DATABASE_URL: source.displayUrl, SKILLBANK_KEY_FILE: keyFile }),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/backed up \d+ rows/);

    // The wipe: a brand-new, empty database.
    const target = await database.open({ file: true, taxonomy: false });
    try {
      const restored = capture();
      expect(await main(['restore', file], { DATABASE_URL: target.displayUrl })).toBe(0);
      expect(restored.join('\n')).toMatch(/every chain verifies and the log extends checkpoint/);
      const report = await verifyStoredLedger(target.db, learnerId);
      expect(report).toMatchObject({ ok: true, entries: 3 });
      expect((await listAllEvidence(target.db, learnerId)).map((e) => e.status)).toEqual([
        'attested',
        'self_reported',
      ]);
      // Restoring again over data needs --replace.
      capture();
      expect(await main(['restore', file], { DATABASE_URL: target.displayUrl })).toBe(2);
      expect(await main(['restore', file, '--replace'], { DATABASE_URL: target.displayUrl })).toBe(0);
    } finally {
      await target.destroy();
    }
  });

  it('refuses a backup whose history was changed, and changes nothing', async () => {
    const file = join(dir, 'tampered.bin');
    capture();
    expect(
      await main(['backup', file], { DATABASE_URL: source.displayUrl, SKILLBANK_KEY_FILE: keyFile }),
    ).toBe(0);
    if (database.name === 'sqlite') {
      const copy = openDatabase(`sqlite:${file}`);
      await copy.db
        .updateTable('ledger_entries')
        .set({ payload: '{"forged":true}' })
        .where('seq', '=', 2)
        .execute();
      await copy.destroy();
    } else {
      const snapshot = JSON.parse(readFileSync(file, 'utf8'));
      snapshot.tables.ledger_entries[1].payload = '{"forged":true}';
      writeFileSync(file, JSON.stringify(snapshot));
    }
    const target = await database.open({ file: true, taxonomy: false });
    try {
      const out = capture();
      expect(await main(['restore', file], { DATABASE_URL: target.displayUrl })).toBe(1);
      expect(out.join('\n')).toMatch(/does not verify, nothing was changed/);
      expect(await target.db.selectFrom('accounts').selectAll().execute()).toEqual([]);
    } finally {
      await target.destroy();
    }
  });
});
