/**
 * Deterministic pseudo-random numbers (mulberry32, a small, well-known 32-bit PRNG): floats in [0, 1), the same for a seed on every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seats per group in proportion to its size (the seeded draws spread over groups with it), largest remainder first (ties: group order). */
export function allocate(sizes: readonly number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((s) => (s * total) / sum);
  const seats = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = total - seats.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left === 0) break;
    seats[i] = (seats[i] ?? 0) + 1;
    left--;
  }
  return seats;
}
