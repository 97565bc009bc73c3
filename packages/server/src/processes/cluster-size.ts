/** How many server processes `skillbank serve` runs, read without loading the configuration. */
import { availableParallelism } from 'node:os';

/**
 * `SKILLBANK_WORKERS` when it is a plain count (1–256), the number of cores when unset, else 1:
 * then `loadConfig` reads it (and says what is wrong with it).
 */
export function clusterSize(env: Record<string, string | undefined>): number {
  const raw = env.SKILLBANK_WORKERS;
  if (raw === undefined) return availableParallelism();
  const count = /^\d{1,3}$/.test(raw) ? Number(raw) : 0;
  return count >= 1 && count <= 256 ? count : 1;
}
