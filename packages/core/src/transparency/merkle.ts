/**
 * The Merkle tree of the transparency log, as RFC 9162 (Certificate Transparency 2.0) §2.1 defines
 * it: SHA-256, leaf hash `H(0x00 || data)`, node hash `H(0x01 || left || right)`, the root of `n`
 * leaves split at the largest power of two below `n`. Pure functions: proofs are built from a
 * lookup of subtree hashes (`SubtreeHashes`), verified from hashes alone.
 */
import { createHash } from 'node:crypto';

/** A subtree by its leaf range `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** Hashes as 64 lower-case hex digits throughout. */
export type Hex = string;

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);
const bytes = (hex: Hex) => Buffer.from(hex, 'hex');

/** The root of an empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Hex = sha256().toString('hex');

/** `H(0x00 || data)`. */
export function leafHash(data: string | Uint8Array): Hex {
  return sha256(LEAF, typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)).toString(
    'hex',
  );
}

/** `H(0x01 || left || right)`. */
export function nodeHash(left: Hex, right: Hex): Hex {
  return sha256(NODE, bytes(left), bytes(right)).toString('hex');
}

/** The largest power of two strictly below `n` (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPerfect = ({ start, end }: Range) => {
  const size = end - start;
  return size > 0 && (size & (size - 1)) === 0 && start % size === 0;
};

/**
 * The aligned perfect subtrees a range is made of, left to right: any subtree the RFC 9162 proofs
 * name is one of these, or splits into them. A log stores exactly these (level, index) nodes.
 */
export function perfectParts(range: Range): Range[] {
  if (range.end <= range.start) return [];
  if (isPerfect(range)) return [range];
  const k = splitPoint(range.end - range.start);
  return [
    ...perfectParts({ start: range.start, end: range.start + k }),
    ...perfectParts({ start: range.start + k, end: range.end }),
  ];
}

/** Level (log2 size) and index of an aligned perfect subtree. */
export function nodeKey({ start, end }: Range): { level: number; index: number } {
  const size = end - start;
  const level = Math.log2(size);
  return { level, index: start / size };
}

/** The hash of a range from the hashes of its perfect parts (as RFC 9162 MTH composes them). */
export function composeRange(range: Range, perfect: (r: Range) => Hex): Hex {
  if (range.end - range.start === 0) return EMPTY_ROOT;
  if (isPerfect(range)) return perfect(range);
  const k = splitPoint(range.end - range.start);
  return nodeHash(
    composeRange({ start: range.start, end: range.start + k }, perfect),
    composeRange({ start: range.start + k, end: range.end }, perfect),
  );
}

/** The subtrees of an inclusion proof (RFC 9162 §2.1.3.1 PATH) for leaf `m` in a tree of `n`. */
export function inclusionRanges(m: number, n: number, offset = 0): Range[] {
  if (n <= 1) return [];
  const k = splitPoint(n);
  if (m < k) return [...inclusionRanges(m, k, offset), { start: offset + k, end: offset + n }];
  return [...inclusionRanges(m - k, n - k, offset + k), { start: offset, end: offset + k }];
}

/** The subtrees of a consistency proof (RFC 9162 §2.1.4.1 PROOF) from size `m` to size `n`. */
export function consistencyRanges(m: number, n: number): Range[] {
  if (m <= 0 || m >= n) return [];
  const sub = (mm: number, nn: number, offset: number, complete: boolean): Range[] => {
    if (mm === nn) return complete ? [] : [{ start: offset, end: offset + nn }];
    const k = splitPoint(nn);
    if (mm <= k) return [...sub(mm, k, offset, complete), { start: offset + k, end: offset + nn }];
    return [...sub(mm - k, nn - k, offset + k, false), { start: offset, end: offset + k }];
  };
  return sub(m, n, 0, true);
}

const lsb = (x: number) => x % 2 === 1;
const half = (x: number) => Math.floor(x / 2);

/** RFC 9162 §2.1.3.2: does `proof` show leaf `index` (hash `leaf`) in the tree of `size` with `root`? */
export function verifyInclusion(
  leaf: Hex,
  index: number,
  size: number,
  proof: readonly Hex[],
  root: Hex,
): boolean {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size)) || index < 0 || index >= size)
    return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r === root;
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of `size1` (`root1`) is a prefix of `size2` (`root2`)? */
export function verifyConsistency(
  size1: number,
  size2: number,
  root1: Hex,
  root2: Hex,
  proof: readonly Hex[],
): boolean {
  if (!(Number.isSafeInteger(size1) && Number.isSafeInteger(size2)) || size1 < 0 || size2 < size1)
    return false;
  if (size1 === size2) return proof.length === 0 && root1 === root2;
  if (size1 === 0) return proof.length === 0; // the empty tree is a prefix of every tree
  const path = (size1 & (size1 - 1)) === 0 ? [root1, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (lsb(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Hex;
  let sr = path[0] as Hex;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr === root1 && sr === root2 && sn === 0;
}

/** The right edge of a tree: the roots of its perfect subtrees, largest first (one per set bit of its size). */
export type Frontier = { level: number; hash: Hex }[];

/**
 * Appends a leaf hash to a tree given by its size and frontier; returns the new frontier and every
 * perfect subtree the leaf completed (level ≥ 1), so a store can keep them for proofs.
 */
export function appendToFrontier(
  size: number,
  frontier: Frontier,
  leaf: Hex,
): { frontier: Frontier; completed: { level: number; index: number; hash: Hex }[] } {
  const next = [...frontier];
  const completed: { level: number; index: number; hash: Hex }[] = [];
  let carry = leaf;
  let level = 0;
  const newSize = size + 1;
  while (next.length > 0 && next.at(-1)?.level === level) {
    const left = next.pop() as { level: number; hash: Hex };
    carry = nodeHash(left.hash, carry);
    level += 1;
    completed.push({ level, index: Math.floor(newSize / 2 ** level) - 1, hash: carry });
  }
  next.push({ level, hash: carry });
  return { frontier: next, completed };
}

/** The root of a tree from its frontier. */
export function frontierRoot(frontier: Frontier): Hex {
  if (frontier.length === 0) return EMPTY_ROOT;
  let r = (frontier.at(-1) as { hash: Hex }).hash;
  for (let i = frontier.length - 2; i >= 0; i -= 1) r = nodeHash((frontier[i] as { hash: Hex }).hash, r);
  return r;
}

/** The root of a list of leaf hashes, computed from scratch (what an auditor does). */
export function rootOfLeaves(leaves: Iterable<Hex>): Hex {
  let frontier: Frontier = [];
  let size = 0;
  for (const leaf of leaves) {
    frontier = appendToFrontier(size, frontier, leaf).frontier;
    size += 1;
  }
  return frontierRoot(frontier);
}
