/** The RFC 9162 Merkle tree: proofs from stored subtrees agree with the RFC's recursive definitions. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  appendToFrontier,
  composeRange,
  consistencyRanges,
  EMPTY_ROOT,
  type Frontier,
  frontierRoot,
  inclusionRanges,
  leafHash,
  nodeHash,
  perfectParts,
  type Range,
  rootOfLeaves,
  verifyConsistency,
  verifyInclusion,
} from '../src/transparency/merkle.js';

// The RFC's definitions, written as directly as possible over a list of leaf hashes.
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
const mth = (d: string[]): string =>
  d.length === 0
    ? EMPTY_ROOT
    : d.length === 1
      ? (d[0] as string)
      : nodeHash(mth(d.slice(0, k(d.length))), mth(d.slice(k(d.length))));
const path = (m: number, d: string[]): string[] => {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s
    ? [...path(m, d.slice(0, s)), mth(d.slice(s))]
    : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
};
const subproof = (m: number, d: string[], b: boolean): string[] => {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s
    ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))]
    : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
};

const leaves = Array.from({ length: 40 }, (_, i) => leafHash(`leaf ${i}`));

describe('RFC 9162 Merkle tree', () => {
  it('hashes leaves and nodes with the 0x00 / 0x01 prefixes', () => {
    expect(leafHash('')).toBe(
      createHash('sha256')
        .update(Buffer.from([0]))
        .digest('hex'),
    );
    expect(EMPTY_ROOT).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const l = leafHash('a');
    const r = leafHash('b');
    expect(nodeHash(l, r)).toBe(
      createHash('sha256')
        .update(Buffer.concat([Buffer.from([1]), Buffer.from(l, 'hex'), Buffer.from(r, 'hex')]))
        .digest('hex'),
    );
  });

  it('keeps the root from a frontier as leaves are appended, and stores every completed node', () => {
    let frontier: Frontier = [];
    const nodes = new Map<string, string>();
    leaves.forEach((leaf, i) => {
      nodes.set(`0:${i}`, leaf);
      const next = appendToFrontier(i, frontier, leaf);
      for (const c of next.completed) nodes.set(`${c.level}:${c.index}`, c.hash);
      frontier = next.frontier;
      expect(frontierRoot(frontier)).toBe(mth(leaves.slice(0, i + 1)));
    });
    expect(rootOfLeaves(leaves)).toBe(mth(leaves));
    const perfect = (r: Range) => {
      const size = r.end - r.start;
      const hash = nodes.get(`${Math.log2(size)}:${r.start / size}`);
      if (!hash) throw new Error(`missing node ${r.start}-${r.end}`);
      return hash;
    };
    for (let n = 1; n <= leaves.length; n += 1) {
      const d = leaves.slice(0, n);
      const root = mth(d);
      expect(composeRange({ start: 0, end: n }, perfect)).toBe(root);
      for (let m = 0; m < n; m += 1) {
        const proof = inclusionRanges(m, n).map((r) => composeRange(r, perfect));
        expect(proof).toEqual(path(m, d));
        expect(verifyInclusion(d[m] as string, m, n, proof, root)).toBe(true);
        expect(verifyInclusion(d[m] as string, m, n, proof, leafHash('x'))).toBe(false);
        if (n > 1) expect(verifyInclusion(d[(m + 1) % n] as string, m, n, proof, root)).toBe(false);
      }
      for (let m = 1; m <= n; m += 1) {
        const proof = consistencyRanges(m, n).map((r) => composeRange(r, perfect));
        expect(proof).toEqual(m === n ? [] : subproof(m, d, true));
        expect(verifyConsistency(m, n, mth(leaves.slice(0, m)), root, proof)).toBe(true);
        if (m < n) expect(verifyConsistency(m, n, leafHash('forged'), root, proof)).toBe(false);
        if (m < n)
          expect(verifyConsistency(m, n, mth(leaves.slice(0, m)), leafHash('forged'), proof)).toBe(false);
      }
    }
  });

  it('splits any range into aligned perfect subtrees', () => {
    expect(perfectParts({ start: 0, end: 7 })).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 6 },
      { start: 6, end: 7 },
    ]);
    expect(perfectParts({ start: 8, end: 16 })).toEqual([{ start: 8, end: 16 }]);
  });
});
