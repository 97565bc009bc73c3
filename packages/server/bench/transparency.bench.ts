/**
 * The transparency log at scale: builds a log of LEAVES (default 1,000,000) leaves, then prints what
 * a checkpoint, an inclusion proof, a consistency proof, one more append and a full audit cost.
 * SQLite always; PostgreSQL too when SKILLBANK_TEST_PG_URL is set.
 *   pnpm --filter @skillbank/server run bench:transparency      (LEAVES=100000 for a quick look)
 */
import {
  appendLogLeaf,
  appendToFrontier,
  auditLog,
  consistencyProof,
  type Frontier,
  inclusionProof,
  leafHash,
  type NewTransparencyLeafRow,
  runInTransaction,
  signCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { benchPlatformKey, fmt, median, ms } from './bench-setup.js';

const LEAVES = Number(process.env.LEAVES ?? 1_000_000);
const PROOFS = Number(process.env.PROOFS ?? 200);
const CHUNK = 20_000;

/** A deterministic stand-in for a ledger entry's leaf data. */
const data = (i: number) =>
  `{"entryHash":"${i.toString(16).padStart(64, '0')}","kind":"ledger_entry","learnerId":"ac_bench","seq":${i + 1}}`;
const entryHash = (i: number) => i.toString(16).padStart(64, '0');

let seed = 15;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const rows: string[] = [];
for (const database of testDatabases()) {
  const handle = await database.open({ file: true, taxonomy: false });
  const db = handle.db;
  try {
    const key = await benchPlatformKey();
    let started = performance.now();
    let frontier: Frontier = [];
    const at = new Date().toISOString();
    for (let from = 0; from < LEAVES; from += CHUNK) {
      const leaves: NewTransparencyLeafRow[] = [];
      const nodes: { level: number; idx: number; hash: string }[] = [];
      for (let i = from; i < Math.min(LEAVES, from + CHUNK); i += 1) {
        const hash = leafHash(data(i));
        leaves.push({
          idx: i,
          kind: 'ledger_entry',
          ref: `le_${i}`,
          entry_hash: entryHash(i),
          data: data(i),
          leaf_hash: hash,
          created_at: at,
        });
        const next = appendToFrontier(i, frontier, hash);
        nodes.push(
          { level: 0, idx: i, hash },
          ...next.completed.map((c) => ({ level: c.level, idx: c.index, hash: c.hash })),
        );
        frontier = next.frontier;
      }
      await runInTransaction(db, async (trx) => {
        for (let i = 0; i < leaves.length; i += 4000)
          await trx
            .insertInto('transparency_leaves')
            .values(leaves.slice(i, i + 4000))
            .execute();
        for (let i = 0; i < nodes.length; i += 10_000)
          await trx
            .insertInto('transparency_nodes')
            .values(nodes.slice(i, i + 10_000))
            .execute();
      });
    }
    await db
      .updateTable('transparency_state')
      .set({ size: LEAVES, frontier: JSON.stringify(frontier) })
      .where('id', '=', 1)
      .execute();
    const buildMs = ms(started);

    started = performance.now();
    const first = await signCheckpoint(db, key);
    const checkpointMs = ms(started);

    const inclusion: number[] = [];
    let pathLength = 0;
    for (let n = 0; n < PROOFS; n += 1) {
      const i = Math.floor(random() * LEAVES);
      const t = performance.now();
      const proof = await inclusionProof(db, entryHash(i), first.treeSize);
      inclusion.push(ms(t));
      pathLength = proof.path.length;
      if (!verifyInclusion(proof.leafHash, proof.leafIndex, first.treeSize, proof.path, first.rootHash))
        throw new Error('inclusion proof does not verify');
    }

    // One more leaf each: what the sequencer pays per entry at this size.
    started = performance.now();
    const APPENDS = 1000;
    await runInTransaction(db, async (trx) => {
      for (let i = LEAVES; i < LEAVES + APPENDS; i += 1)
        await appendLogLeaf(trx, {
          kind: 'ledger_entry',
          ref: `le_${i}`,
          entryHash: entryHash(i),
          data: data(i),
          at,
        });
    });
    const appendMs = ms(started) / APPENDS;
    const second = await signCheckpoint(db, key);

    const consistency: number[] = [];
    let consistencyLength = 0;
    for (let n = 0; n < PROOFS; n += 1) {
      const from = 1 + Math.floor(random() * (LEAVES - 1));
      const t = performance.now();
      const proof = await consistencyProof(db, from, second.treeSize);
      consistency.push(ms(t));
      consistencyLength = Math.max(consistencyLength, proof.path.length);
    }
    const cons = await consistencyProof(db, first.treeSize, second.treeSize);
    if (!verifyConsistency(first.treeSize, second.treeSize, first.rootHash, second.rootHash, cons.path))
      throw new Error('consistency proof does not verify');

    started = performance.now();
    // The tree part of an audit (no ledger behind these synthetic leaves, so its entry checks only report).
    const audit = await auditLog(db, first, { maxProblems: 1 });
    const auditMs = ms(started);
    if (audit.current.treeSize !== second.treeSize) throw new Error('audit saw another tree');

    rows.push(
      `| ${database.name} | ${LEAVES.toLocaleString('en')} | ${fmt(buildMs / 1000)} s | ${fmt(checkpointMs)} ms | ${fmt(median(inclusion))} ms (${pathLength} hashes) | ${fmt(median(consistency))} ms (≤ ${consistencyLength} hashes) | ${fmt(appendMs)} ms | ${fmt(auditMs / 1000)} s |`,
    );
  } finally {
    await handle.destroy();
  }
}
console.log(
  '\n| dialect | leaves | build | sign checkpoint | inclusion proof (median) | consistency proof (median) | append one leaf | audit (tree recompute) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
