/** The transparency log through the API, on every dialect: checkpoints, proofs, anchored exports and showcases. */
import {
  leafHash,
  ledgerLeafData,
  verifyCheckpointSignature,
  verifyConsistency,
  verifyExport,
  verifyInclusion,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askToAttest, attest, bearer, deposit, signUp } from './skills-account.fixtures.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';

describe.each(testDatabases())('transparency API on $name', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    // 0: a fresh checkpoint whenever the log has grown, so each step sees its own entries.
    t = await openTestApp(database, { env: { SKILLBANK_CHECKPOINT_SECONDS: '0' } });
  });
  afterAll(() => t.destroy());

  const checkpoint = async () => {
    const res = await t.app.request('/api/transparency/checkpoint');
    expect(res.status).toBe(200);
    return readJson(res);
  };

  it('serves signed checkpoints and proofs that verify with the RFC 9162 algorithms', async () => {
    const learner = await signUp(t.app, 'learner');
    const piece = await deposit(t.app, learner);
    const first = await checkpoint();
    expect(first).toEqual({
      treeSize: expect.any(Number),
      rootHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      timestamp: expect.any(String),
      signature: expect.any(String),
      keyId: t.deps.platformKey.keyId,
    });
    expect(verifyCheckpointSignature(first)).toBe(true);
    await deposit(t.app, learner, { title: '第二项' });
    const second = await checkpoint();
    expect(second.treeSize).toBe(first.treeSize + 1);

    const res = await t.app.request(`/api/transparency/proof/inclusion?entry=${piece.entry.hash}`);
    expect(res.status).toBe(200);
    const proof = await readJson(res);
    expect(proof.treeSize).toBe(second.treeSize);
    expect(proof.leafHash).toBe(
      leafHash(ledgerLeafData({ learnerId: learner.id, seq: 1, hash: piece.entry.hash })),
    );
    expect(
      verifyInclusion(proof.leafHash, proof.leafIndex, second.treeSize, proof.path, second.rootHash),
    ).toBe(true);

    const cons = await readJson(
      await t.app.request(`/api/transparency/proof/consistency?from=${first.treeSize}&to=${second.treeSize}`),
    );
    expect(
      verifyConsistency(first.treeSize, second.treeSize, first.rootHash, second.rootHash, cons.path),
    ).toBe(true);
  });

  it('answers bad proof requests with 400 or 404, never 500', async () => {
    const { treeSize } = await checkpoint();
    const cases: [string, number][] = [
      [`/api/transparency/proof/inclusion?entry=${'ab'.repeat(32)}`, 404],
      ['/api/transparency/proof/inclusion?entry=nothex', 400],
      [`/api/transparency/proof/inclusion?entry=${'ab'.repeat(32)}&treeSize=-1`, 400],
      [`/api/transparency/proof/consistency?from=${treeSize + 5}`, 400],
      [`/api/transparency/proof/consistency?from=2&to=1`, 400],
      ['/api/transparency/proof/consistency?from=x', 400],
      ['/api/transparency/proof/consistency', 400],
    ];
    for (const [path, status] of cases) {
      const res = await t.app.request(path);
      expect({ path, status: res.status }).toEqual({ path, status });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('an export carries the checkpoint and a proof for every entry and key; verifyExport checks them', async () => {
    const learner = await signUp(t.app, 'learner');
    const advisor = await signUp(t.app, 'advisor', '王老师', '学院');
    const piece = await deposit(t.app, learner);
    await askToAttest(t.app, learner, piece.id, advisor);
    await attest(t.app, advisor, piece.id, { statement: '属实' });
    const res = await t.app.request(`/api/learners/${learner.id}/export`, bearer(learner.token));
    expect(res.status).toBe(200);
    const doc = await readJson(res);
    expect(doc.transparency.entries).toHaveLength(doc.ledger.entries.length);
    expect(doc.transparency.keys).toHaveLength(1);
    const report = verifyExport(doc, { trustedKeyId: t.deps.platformKey.keyId, requireAnchor: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, anchored: true, checks: { transparency: { ok: true } } });

    const forged = structuredClone(doc);
    forged.transparency.entries[0].path[0] = 'ff'.repeat(32);
    expect(verifyExport(forged).checks.transparency.ok).toBe(false);
    const otherKey = verifyExport(doc, {
      trustedKeyId: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    });
    expect(otherKey.ok).toBe(false);
    const stripped = { ...doc };
    delete stripped.transparency;
    expect(verifyExport(stripped)).toMatchObject({ ok: true, anchored: false });
    expect(verifyExport(stripped, { requireAnchor: true }).ok).toBe(false);
  });
});
