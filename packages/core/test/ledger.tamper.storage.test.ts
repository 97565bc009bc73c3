/**
 * The head is the truth, on every dialect: rows outside a learner's chain (after the head, without
 * a head, moved from another learner) are served by no read and reported by `verify`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsentRecord,
  createAccount,
  type DatabaseHandle,
  depositEvidence,
  evidenceInputSchema,
  GENESIS_HASH,
  getConsent,
  getEvidence,
  ledgerEntryHash,
  listActiveEvidence,
  listActiveEvidenceOf,
  listConsentStates,
  listDiscoverableLearnerIds,
  listDiscoverableLearners,
  listEvidence,
  runInTransaction,
  setConsent,
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

describe.each(testDatabases())('tampering with stored rows on $name', (database) => {
  let handle: DatabaseHandle;
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(handle.db, work);

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.destroy());

  /** A learner with two deposits and a consent entry (employers may find them). */
  async function learnerWithChain() {
    const { account } = await tx((trx) => createAccount(trx, { role: 'learner', name: '学员' }));
    const learnerId = account.id;
    const first = await tx((trx) =>
      depositEvidence(trx, input('第一项'), { learnerId, taxonomyId: 'cn2022' }),
    );
    const second = await tx((trx) =>
      depositEvidence(trx, input('第二项'), { learnerId, taxonomyId: 'cn2022' }),
    );
    await tx((trx) => setConsent(trx, learnerId, { discoverableByEmployers: true }));
    expect((await verifyStoredLedger(handle.db, learnerId)).ok).toBe(true);
    return { learnerId, first, second };
  }

  const head = (learnerId: string) =>
    handle.db
      .selectFrom('ledger_heads')
      .selectAll()
      .where('learner_id', '=', learnerId)
      .executeTakeFirstOrThrow();

  /** Inserts a correctly hashed entry right after the head without moving the head. */
  async function insertAfterHead(
    learnerId: string,
    entry: { type: string; evidenceId: string | null; refId?: string | null; payload: unknown },
  ) {
    const h = await head(learnerId);
    const unhashed = {
      id: `le_rogue${Math.random().toString(36).slice(2, 10)}`,
      learnerId,
      seq: Number(h.seq) + 1,
      type: entry.type as 'consent',
      evidenceId: entry.evidenceId,
      refId: entry.refId ?? null,
      actorId: learnerId,
      payload: entry.payload,
      prevHash: h.hash,
      createdAt: new Date().toISOString(),
    };
    await handle.db
      .insertInto('ledger_entries')
      .values({
        id: unhashed.id,
        learner_id: learnerId,
        seq: unhashed.seq,
        type: unhashed.type,
        evidence_id: unhashed.evidenceId,
        ref_id: unhashed.refId,
        actor_id: learnerId,
        payload: JSON.stringify(entry.payload),
        prev_hash: unhashed.prevHash,
        hash: ledgerEntryHash(unhashed),
        created_at: unhashed.createdAt,
      })
      .execute();
    return unhashed.seq;
  }

  it('a deleted head: nothing is served and verify reports every orphaned row', async () => {
    const { learnerId, first } = await learnerWithChain();
    await handle.db.deleteFrom('ledger_heads').where('learner_id', '=', learnerId).execute();
    const report = await verifyStoredLedger(handle.db, learnerId);
    expect(report.ok).toBe(false);
    expect(report.checks.hashChain.ok).toBe(false);
    expect(report.firstBadEntry).toMatchObject({ seq: 1, check: 'hashChain' });
    expect(report.firstBadEntry?.reason).toMatch(/chain head is missing/);
    expect((await listEvidence(handle.db, learnerId, { limit: 10, offset: 0 })).items).toEqual([]);
    expect(await listActiveEvidence(handle.db, learnerId)).toEqual([]);
    expect(await getEvidence(handle.db, first.id)).toBeNull();
    expect((await getConsent(handle.db, learnerId)).discoverableByEmployers).toBe(false);
    expect(await listDiscoverableLearnerIds(handle.db)).not.toContain(learnerId);
  });

  it('a consent entry after the head: consent does not obey it and verify reports it', async () => {
    const { learnerId } = await learnerWithChain();
    const payload: ConsentRecord = { discoverableByEmployers: false, advisorsCanSeeEvidence: true };
    const seq = await insertAfterHead(learnerId, { type: 'consent', evidenceId: null, payload });
    expect(await getConsent(handle.db, learnerId)).toMatchObject({
      discoverableByEmployers: true,
      advisorsCanSeeEvidence: false,
    });
    expect(await listDiscoverableLearnerIds(handle.db)).toContain(learnerId);
    expect((await listDiscoverableLearners(handle.db)).map((d) => d.learnerId)).toContain(learnerId);
    expect((await listConsentStates(handle.db, [learnerId])).get(learnerId)).toMatchObject({
      discoverableByEmployers: true,
    });
    const report = await verifyStoredLedger(handle.db, learnerId);
    expect(report.ok).toBe(false);
    expect(report.firstBadEntry).toMatchObject({ seq, check: 'hashChain' });
    expect(report.firstBadEntry?.reason).toMatch(/after the chain head/);
  });

  it('a deposit or a revocation after the head: no list, lookup or profile input obeys it', async () => {
    const { learnerId, first } = await learnerWithChain();
    const rogueId = 'ev_rogue000000000001';
    const record = { ...first, id: rogueId, title: '伪造的证据' };
    await insertAfterHead(learnerId, { type: 'deposit', evidenceId: rogueId, payload: record });
    expect(await getEvidence(handle.db, rogueId)).toBeNull();
    const listed = (await listEvidence(handle.db, learnerId, { limit: 10, offset: 0 })).items;
    expect(listed.map((e) => e.id)).not.toContain(rogueId);
    expect((await listActiveEvidence(handle.db, learnerId)).map((e) => e.id)).not.toContain(rogueId);
    expect(
      (await listActiveEvidenceOf(handle.db, [learnerId])).get(learnerId)?.map((e) => e.id),
    ).not.toContain(rogueId);
    expect((await verifyStoredLedger(handle.db, learnerId)).ok).toBe(false);

    const other = await learnerWithChain();
    await insertAfterHead(other.learnerId, {
      type: 'revocation',
      evidenceId: other.first.id,
      payload: { evidenceId: other.first.id, reason: null },
    });
    expect((await getEvidence(handle.db, other.first.id))?.status).toBe('self_reported');
    const active = await listEvidence(handle.db, other.learnerId, { limit: 10, offset: 0, activeOnly: true });
    expect(active.items.map((e) => e.id)).toContain(other.first.id);
    expect((await verifyStoredLedger(handle.db, other.learnerId)).ok).toBe(false);
  });

  it('the tail entry moved to another learner: both chains fail to verify', async () => {
    const a = await learnerWithChain();
    const b = await learnerWithChain();
    const tail = await head(a.learnerId);
    const bHead = await head(b.learnerId);
    await handle.db
      .updateTable('ledger_entries')
      .set({ learner_id: b.learnerId, seq: Number(bHead.seq) + 1 })
      .where('learner_id', '=', a.learnerId)
      .where('seq', '=', Number(tail.seq))
      .execute();
    const reportB = await verifyStoredLedger(handle.db, b.learnerId);
    expect(reportB.ok).toBe(false);
    expect(reportB.firstBadEntry?.reason).toMatch(/after the chain head/);
    expect((await verifyStoredLedger(handle.db, a.learnerId)).ok).toBe(false);

    // Moving it into the chain (head moved too) breaks the hash, which binds the learner id.
    await handle.db
      .updateTable('ledger_heads')
      .set({ seq: Number(bHead.seq) + 1, hash: tail.hash })
      .where('learner_id', '=', b.learnerId)
      .execute();
    const moved = await verifyStoredLedger(handle.db, b.learnerId);
    expect(moved.ok).toBe(false);
    expect(moved.firstBadEntry?.seq).toBe(Number(bHead.seq) + 1);
  });

  it('a learner with no rows and no head verifies as an empty chain', async () => {
    const report = await verifyStoredLedger(handle.db, 'ac_nobody');
    expect(report).toMatchObject({ ok: true, entries: 0, head: null });
    expect(GENESIS_HASH).toHaveLength(64);
  });
});
