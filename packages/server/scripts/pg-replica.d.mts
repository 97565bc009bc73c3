/** Types of pg-replica.mjs (plain JavaScript, so it runs before anything is installed). */
export interface PrimaryAndReplica {
  primaryUrl: string;
  replicaUrl: string;
  dir: string;
  bin: string;
}
export function startPrimaryAndReplica(options?: {
  applyDelayMs?: number;
}): Promise<PrimaryAndReplica | null>;
export function stopPrimaryAndReplica(cluster: { dir: string; bin: string }): void;
