/** Timing helpers for the benchmark: medians over repeated runs after a warm-up. */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; milliseconds. */
export function measure(
  fn: () => unknown,
  { runs = 50, warmup = 5 }: { runs?: number; warmup?: number } = {},
): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0,
    runs,
  };
}

export function formatTiming(label: string, timing: Timing, target?: number): string {
  const verdict =
    target === undefined
      ? ''
      : timing.median <= target
        ? `  ✓ target ≤ ${target} ms`
        : `  ✗ target ≤ ${target} ms`;
  return `${label.padEnd(64)} median ${timing.median.toFixed(3).padStart(9)} ms   p95 ${timing.p95.toFixed(3).padStart(9)} ms  (${timing.runs} runs)${verdict}`;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same data. */
export { seededRandom as random } from '../src/eval/random.js';
