/**
 * What every use case shares: who calls it (`Caller`), what it is built from (`UseCaseDeps`) and
 * what it returns (`Outcome`: a value, or a typed domain error — never an HTTP status).
 */
import {
  type Account,
  type DatabaseHandle,
  type Db,
  DomainError,
  type PlatformKey,
  runInTransaction,
  type Trx,
} from '@skillbank/core';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ServedTaxonomyHolder } from '../matching/served-taxonomy.js';
import { primaryOnly, type ReplicaReads } from '../replica/replica-reads.js';

/** Who asks: an account, and the token it presented (attesters need it to open their signing key). */
export interface Caller {
  account: Account;
  token: string | null;
}

export interface UseCaseDeps {
  db: Db;
  config: Readonly<Config>;
  logger: Logger;
  /** The served taxonomy and its matcher index; read `.current` once per use case. */
  served: ServedTaxonomyHolder;
  /** The platform's own issuer key (from `config.keyFile`, created on first start). */
  platformKey: PlatformKey;
  /** The clock every write stamps its time with. */
  now: () => Date;
  /** PostgreSQL: the handle's LISTEN, so caches following the change feed wake up on commit. */
  listen?: DatabaseHandle['listen'] | undefined;
  /** Reads that may go to a streaming replica (`DATABASE_REPLICA_URL`); default: all on `db`. */
  reads?: ReplicaReads;
}

/** Where a use case may read: the replica rules of `deps.reads`, or the primary for everything. */
export function readsOf(deps: Pick<UseCaseDeps, 'db' | 'reads'>): ReplicaReads {
  return deps.reads ?? primaryOnly(deps.db);
}

/** A use case's answer: its value, or the domain error that stopped it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/** Runs a use case body, turning a thrown domain error into a failed outcome (anything else propagates). */
export async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error };
    throw error;
  }
}

/** The transaction a write runs in (retried on transient conflicts: `work` must be repeatable). */
export function inTransaction<T>(deps: Pick<UseCaseDeps, 'db'>, work: (trx: Trx) => Promise<T>): Promise<T> {
  return runInTransaction(deps.db, work);
}
