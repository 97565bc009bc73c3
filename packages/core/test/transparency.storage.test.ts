/**
 * The transparency log on every dialect: every entry and attester key is a leaf, proofs verify
 * against signed checkpoints, and the auditor catches history rewritten with full database access
 * (rewrite and rehash, truncation, key replacement) given a checkpoint kept from before.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signText } from '../src/accounts/account-keys.js';
import { attestationMessage } from '../src/attestation/attestation.message.js';
import {
  appendToFrontier,
  attestEvidence,
  auditLog,
  canonicalHash,
  consistencyProof,
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  type Frontier,
  getAccount,
  inclusionProof,
  leafHash,
  ledgerEntryHash,
  ledgerLeafData,
  loadOrCreatePlatformKey,
  logUnloggedEntries,
  type PlatformKey,
  requestAttestation,
  rootAt,
  runInTransaction,
  setConsent,
  signCheckpoint,
  treeHead,
  verifyCheckpointSignature,
  verifyConsistency,
  verifyInclusion,
  verifyStoredLedger,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const input = (title: string) =>
  evidenceInputSchema.parse({
    kind: 'assessment',
    title,
    description: '通过理论与实操考核',
    occurredOn: '2025-09-01',
    skills: [{ name: '电气安装', level: 3 }],
  });

let keyDir: string;
let platformKey: PlatformKey;
beforeAll(async () => {
  keyDir = mkdtempSync(join(tmpdir(), 'skillbank-key-'));
  platformKey = await loadOrCreatePlatformKey(join(keyDir, 'platform-key.json'));
});
afterAll(() => rmSync(keyDir, { recursive: true, force: true }));

describe.each(testDatabases())('transparency log on $name', (database) => {
  let handle: DatabaseHandle;
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(handle.db, work);

  beforeEach(async () => {
    handle = await database.open({ taxonomy: true });
  });
  afterEach(() => handle.destroy());

  /** A learner with two deposits, one attested by an advisor, and a consent change. */
  async function world() {
    const learner = (await tx((trx) => createAccount(trx, { role: 'learner', name: '学员' }))).account;
    const advisor = await tx((trx) =>
      createAccount(trx, { role: 'advisor', name: '王老师', organisation: '学院' }),
    );
    const deposit = (title: string) =>
      tx((trx) => depositEvidence(trx, input(title), { learnerId: learner.id, taxonomyId: 'cn2022' }));
    const first = await deposit('第一项');
    const second = await deposit('第二项');
    await tx((trx) => requestAttestation(trx, first.id, { attesterId: advisor.account.id }));
    await tx((trx) =>
      attestEvidence(trx, first.id, advisor.account, { token: advisor.token, statement: '属实' }),
    );
    await tx((trx) => setConsent(trx, learner.id, { discoverableByEmployers: true }));
    return { learner, advisor: advisor.account, first, second };
  }

  /** The attacker's tool: recompute every leaf hash, subtree and the tree head from the leaf data. */
  async function rebuildLog() {
    const leaves = await handle.db.selectFrom('transparency_leaves').selectAll().orderBy('idx').execute();
    await handle.db.deleteFrom('transparency_nodes').execute();
    let frontier: Frontier = [];
    for (const [i, leaf] of leaves.entries()) {
      const hash = leafHash(leaf.data);
      await handle.db
        .updateTable('transparency_leaves')
        .set({ leaf_hash: hash })
        .where('idx', '=', leaf.idx)
        .execute();
      const next = appendToFrontier(i, frontier, hash);
      await handle.db
        .insertInto('transparency_nodes')
        .values([
          { level: 0, idx: i, hash },
          ...next.completed.map((c) => ({ level: c.level, idx: c.index, hash: c.hash })),
        ])
        .execute();
      frontier = next.frontier;
    }
    await handle.db
      .updateTable('transparency_state')
      .set({ size: leaves.length, frontier: JSON.stringify(frontier) })
      .where('id', '=', 1)
      .execute();
  }

  /**
   * The attacker's other tool: changes the payload of one entry, rehashes the chain from there,
   * moves the head and rewrites the log leaves of the changed entries (then `rebuildLog`).
   */
  async function rewriteAndRehash(
    learnerId: string,
    seq: number,
    mutate: (payload: Record<string, unknown>) => void,
  ) {
    const rows = await handle.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('learner_id', '=', learnerId)
      .orderBy('seq')
      .execute();
    let prev = rows.find((r) => Number(r.seq) === seq - 1)?.hash ?? '0'.repeat(64);
    for (const row of rows.filter((r) => Number(r.seq) >= seq)) {
      const payload = JSON.parse(row.payload) as Record<string, unknown>;
      if (Number(row.seq) === seq) mutate(payload);
      const entry = {
        id: row.id,
        learnerId,
        seq: Number(row.seq),
        type: row.type as 'deposit',
        evidenceId: row.evidence_id,
        refId: row.ref_id,
        actorId: row.actor_id,
        payload,
        prevHash: prev,
        createdAt: row.created_at,
      };
      const hash = ledgerEntryHash(entry);
      await handle.db
        .updateTable('ledger_entries')
        .set({ payload: JSON.stringify(payload), prev_hash: prev, hash })
        .where('id', '=', row.id)
        .execute();
      await handle.db
        .updateTable('transparency_leaves')
        .set({ entry_hash: hash, data: ledgerLeafData({ learnerId, seq: entry.seq, hash }) })
        .where('entry_hash', '=', row.hash)
        .execute();
      prev = hash;
    }
    await handle.db
      .updateTable('ledger_heads')
      .set({ hash: prev })
      .where('learner_id', '=', learnerId)
      .execute();
    await rebuildLog();
  }

  it('logs every entry and key; inclusion and consistency proofs verify against signed checkpoints', async () => {
    const { learner } = await world();
    const early = await signCheckpoint(handle.db, platformKey);
    expect(verifyCheckpointSignature(early)).toBe(true);
    expect(verifyCheckpointSignature({ ...early, treeSize: early.treeSize + 1 })).toBe(false);
    // 1 key + 2 deposits + 1 attestation + 1 consent
    expect(early.treeSize).toBe(5);
    await tx((trx) => depositEvidence(trx, input('第三项'), { learnerId: learner.id, taxonomyId: 'cn2022' }));
    const later = await signCheckpoint(handle.db, platformKey);
    expect(later.treeSize).toBe(6);
    expect(await treeHead(handle.db)).toEqual({ treeSize: 6, rootHash: later.rootHash });
    expect(await rootAt(handle.db, 5)).toBe(early.rootHash);

    const entries = await handle.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('learner_id', '=', learner.id)
      .execute();
    for (const e of entries) {
      const proof = await inclusionProof(handle.db, e.hash, later.treeSize);
      expect(proof.leafHash).toBe(
        leafHash(ledgerLeafData({ learnerId: learner.id, seq: Number(e.seq), hash: e.hash })),
      );
      expect(
        verifyInclusion(proof.leafHash, proof.leafIndex, later.treeSize, proof.path, later.rootHash),
      ).toBe(true);
    }
    const consistency = await consistencyProof(handle.db, early.treeSize, later.treeSize);
    expect(
      verifyConsistency(early.treeSize, later.treeSize, early.rootHash, later.rootHash, consistency.path),
    ).toBe(true);
    await expect(consistencyProof(handle.db, 1, 99)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(inclusionProof(handle.db, 'ab'.repeat(32), 6)).rejects.toMatchObject({ kind: 'not_found' });
    // A checkpoint of an unchanged log is the same checkpoint.
    expect(await signCheckpoint(handle.db, platformKey)).toEqual(later);
  });

  it('the auditor passes an untouched database', async () => {
    await world();
    const kept = await signCheckpoint(handle.db, platformKey);
    await world();
    const report = await auditLog(handle.db, kept, { trustedKeyId: platformKey.keyId });
    expect(report.problems).toEqual([]);
    // The second world's key is logged at once, its four entries wait for the sequencer.
    expect(report).toMatchObject({
      ok: true,
      current: { treeSize: kept.treeSize + 1 },
      checked: { pending: 4 },
    });
    await signCheckpoint(handle.db, platformKey);
    expect((await auditLog(handle.db, kept)).checked).toMatchObject({
      pending: 0,
      leaves: kept.treeSize * 2,
    });
  });

  it('rewrite and rehash of a self-reported entry: verify passes, the auditor does not', async () => {
    const { learner } = await world();
    const kept = await signCheckpoint(handle.db, platformKey);
    // The second deposit is self-reported: nothing signed binds it, so a rehash keeps the chain valid.
    await rewriteAndRehash(learner.id, 2, (p) => {
      p.title = '改写后的标题';
    });
    expect((await verifyStoredLedger(handle.db, learner.id)).ok).toBe(true);
    const report = await auditLog(handle.db, kept);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.reason).join('\n')).toMatch(/history was rewritten/);
  });

  it('rewrite without touching the log: the auditor names the changed entry', async () => {
    const { learner } = await world();
    const kept = await signCheckpoint(handle.db, platformKey);
    const before = await handle.db.selectFrom('transparency_leaves').selectAll().orderBy('idx').execute();
    await rewriteAndRehash(learner.id, 2, (p) => {
      p.title = '改写后的标题';
    });
    // Put the log back as it was: the attacker leaves it alone.
    await handle.db.deleteFrom('transparency_leaves').execute();
    await handle.db.insertInto('transparency_leaves').values(before).execute();
    await rebuildLog();
    const report = await auditLog(handle.db, kept);
    expect(report.ok).toBe(false);
    // The rewritten entry is not in the log (pending), and the logged one is gone from the chain.
    expect(report.checked.pending).toBeGreaterThan(0);
    expect(
      report.problems.some(
        (p) => p.learnerId === learner.id && /no longer in the learner’s chain/.test(p.reason),
      ),
    ).toBe(true);
  });

  it('truncation with the head moved back (and the log cut to match): caught', async () => {
    const { learner } = await world();
    const kept = await signCheckpoint(handle.db, platformKey);
    const tail = await handle.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('learner_id', '=', learner.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const previous = await handle.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('learner_id', '=', learner.id)
      .where('seq', '=', Number(tail.seq) - 1)
      .executeTakeFirstOrThrow();
    await handle.db.deleteFrom('ledger_entries').where('id', '=', tail.id).execute();
    await handle.db
      .updateTable('ledger_heads')
      .set({ seq: Number(previous.seq), hash: previous.hash })
      .where('learner_id', '=', learner.id)
      .execute();
    expect((await verifyStoredLedger(handle.db, learner.id)).ok).toBe(true);
    // Without touching the log: the logged entry is gone from the chain.
    const kept1 = await auditLog(handle.db, kept);
    expect(kept1.problems.some((p) => /no longer in the learner’s chain/.test(p.reason))).toBe(true);
    // Cutting the log's last leaf too: the log is shorter than the checkpoint.
    await handle.db.deleteFrom('transparency_leaves').where('entry_hash', '=', tail.hash).execute();
    await rebuildLog();
    const report = await auditLog(handle.db, kept);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.reason).join('\n')).toMatch(/truncated/);
  });

  it('key replacement and re-signing: the served key stays the logged one and the auditor catches it', async () => {
    const { learner, advisor, first } = await world();
    const kept = await signCheckpoint(handle.db, platformKey);
    const forged = generateKeyPairSync('ed25519');
    const forgedKey = forged.publicKey.export({ format: 'jwk' }).x as string;
    await handle.db
      .updateTable('accounts')
      .set({ public_key: forgedKey })
      .where('id', '=', advisor.id)
      .execute();
    // The served key is still the logged one.
    expect((await getAccount(handle.db, advisor.id))?.publicKey).toBe(advisor.publicKey);
    // Re-sign the attestation with the forged key and rehash; rewrite the key leaf to the forged key.
    const attestation = await handle.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('learner_id', '=', learner.id)
      .where('type', '=', 'attestation')
      .executeTakeFirstOrThrow();
    await rewriteAndRehash(learner.id, Number(attestation.seq), (p) => {
      p.statement = '伪造的评价';
      const { signature: _s, algorithm: _a, ...unsigned } = p;
      p.signature = signText(
        forged.privateKey,
        attestationMessage(unsigned as Parameters<typeof attestationMessage>[0]),
      );
    });
    const keyLeaf = await handle.db
      .selectFrom('transparency_leaves')
      .selectAll()
      .where('kind', '=', 'attester_key')
      .where('ref', '=', advisor.id)
      .executeTakeFirstOrThrow();
    const record = { ...JSON.parse(keyLeaf.data), publicKey: forgedKey };
    const { kind: _kind, ...bare } = record;
    await handle.db
      .updateTable('transparency_leaves')
      .set({ data: JSON.stringify(record), entry_hash: canonicalHash({ kind: 'attester_key', ...bare }) })
      .where('idx', '=', keyLeaf.idx)
      .execute();
    await rebuildLog();
    expect((await getAccount(handle.db, advisor.id))?.publicKey).toBe(forgedKey);
    expect((await verifyStoredLedger(handle.db, learner.id)).ok).toBe(true);
    expect(first.id).toBeTruthy();
    const report = await auditLog(handle.db, kept);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.reason).join('\n')).toMatch(/history was rewritten/);
  });

  it('a checkpoint signed by another key is refused', async () => {
    await world();
    const kept = await signCheckpoint(handle.db, platformKey);
    const other = await loadOrCreatePlatformKey(join(keyDir, `other-${database.name}.json`));
    const report = await auditLog(handle.db, kept, { trustedKeyId: other.keyId });
    expect(report.ok).toBe(false);
    expect(report.since?.signatureValid).toBe(false);
  });

  it('backfills a database that predates the log', async () => {
    await world();
    await logUnloggedEntries(handle.db);
    const head = await treeHead(handle.db);
    await handle.db.deleteFrom('transparency_leaves').execute();
    await handle.db.deleteFrom('transparency_nodes').execute();
    await handle.db.updateTable('transparency_state').set({ size: 0, frontier: '[]' }).execute();
    expect(await logUnloggedEntries(handle.db)).toBe(head.treeSize);
    expect(await logUnloggedEntries(handle.db)).toBe(0);
    const report = await auditLog(handle.db, await signCheckpoint(handle.db, platformKey));
    expect(report.problems).toEqual([]);
  });
});
