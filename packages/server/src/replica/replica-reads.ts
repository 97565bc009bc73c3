/**
 * Reads that may go to a PostgreSQL streaming replica (`DATABASE_REPLICA_URL`), and the rule that
 * keeps withdrawals effective there. Two kinds of read:
 * - `lagging()`: data where a moment's lag harms nobody (the taxonomy, occupations): the replica.
 * - `caughtUp()`: reads whose result a withdrawal must stop (consent, who may be listed or
 *   reported, their evidence): the replica only once it has replayed the primary's WAL up to the
 *   position the primary has written when the read starts (`pg_last_wal_replay_lsn()` ≥
 *   `pg_current_wal_lsn()`), so every write committed before the request began — a withdrawal
 *   included — is visible; the primary when the replica does not catch up within `maxWaitMs`.
 * Without a replica, both are the primary.
 */
import { type Db, replayedUpTo, walPosition } from '@skillbank/core';

export interface ReplicaReads {
  /** Whether a replica is configured. */
  readonly enabled: boolean;
  /** Where `caughtUp` reads went so far (logs, tests, benchmarks). */
  readonly counts: { replica: number; primary: number };
  /** For reads that may lag: the replica (or the primary without one). */
  lagging(): Db;
  /** For reads a withdrawal must stop: a database with every write committed before this call. */
  caughtUp(): Promise<Db>;
}

/** Reads from the primary only. */
export function primaryOnly(primary: Db): ReplicaReads {
  const counts = { replica: 0, primary: 0 };
  return {
    enabled: false,
    counts,
    lagging: () => primary,
    caughtUp: async () => {
      counts.primary += 1;
      return primary;
    },
  };
}

export interface ReplicaOptions {
  /** Longest wait for the replica to catch up before reading from the primary instead. */
  maxWaitMs?: number;
  /** Between two looks at the replica's replay position. */
  pollMs?: number;
  /** Told when a read falls back to the primary (the replica lags more than `maxWaitMs`). */
  onFallback?: (lagMs: number) => void;
}

export function withReplica(
  primary: Db,
  replica: Db,
  { maxWaitMs = 250, pollMs = 5, onFallback }: ReplicaOptions = {},
): ReplicaReads {
  const counts = { replica: 0, primary: 0 };
  return {
    enabled: true,
    counts,
    lagging: () => replica,
    async caughtUp() {
      const started = Date.now();
      const target = await walPosition(primary);
      for (;;) {
        if (await replayedUpTo(replica, target)) {
          counts.replica += 1;
          return replica;
        }
        const waited = Date.now() - started;
        if (waited >= maxWaitMs) {
          counts.primary += 1;
          onFallback?.(waited);
          return primary;
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
  };
}
