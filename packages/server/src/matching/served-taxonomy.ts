/**
 * The taxonomy the app serves and the matcher index built over it, held together in one object
 * that requests read and a refresh replaces whole: a request that reads `current` once sees one
 * consistent pair, and a rebuild never makes it wait. While the first index is still being built
 * (in a worker thread, when no stored one fits), the taxonomy is served already and reading the
 * matcher throws `MatcherPreparingError`, which the app answers with 503 "starting".
 */
import { type Db, getTaxonomyInfo, loadTaxonomy, type TaxonomyInfo } from '@skillbank/core';
import { buildMatcherIndex, type MatcherIndex } from '@skillbank/matcher';
import type { Logger } from '../logger.js';
import { storedOrBuiltMatcher } from './stored-index.js';

export interface ServedTaxonomy {
  readonly taxonomy: TaxonomyInfo;
  readonly matcher: MatcherIndex;
}

/** Thrown by reading the matcher before the first index is ready (answered 503, Retry-After). */
export class MatcherPreparingError extends Error {
  override name = 'MatcherPreparingError';
  constructor(readonly taxonomyId: string) {
    super(`the matcher index of ${taxonomyId} is being prepared; retry in a few seconds`);
  }
}

/** Holds the served taxonomy; `swap` replaces it atomically once a new index is fully built. */
export class ServedTaxonomyHolder {
  #current: ServedTaxonomy;
  #whenReady: Promise<void> = Promise.resolve();
  #markReady: () => void = () => {};

  constructor(initial: ServedTaxonomy) {
    this.#current = Object.freeze({ ...initial });
  }

  /** A holder serving `taxonomy` whose matcher is still being built; `swap` it in when ready. */
  static preparing(taxonomy: TaxonomyInfo): ServedTaxonomyHolder {
    const holder = new ServedTaxonomyHolder({ taxonomy, matcher: null as never });
    holder.#whenReady = new Promise((resolve) => {
      holder.#markReady = resolve;
    });
    holder.#current = Object.freeze({
      taxonomy,
      get matcher(): MatcherIndex {
        throw new MatcherPreparingError(taxonomy.id);
      },
    });
    return holder;
  }

  get current(): ServedTaxonomy {
    return this.#current;
  }

  /** Whether a matcher index is being served (false while the first one is prepared). */
  get ready(): boolean {
    return !Object.getOwnPropertyDescriptor(this.#current, 'matcher')?.get;
  }

  /** Settles once a matcher index is served (at once unless the holder was made `preparing`). */
  whenReady(): Promise<void> {
    return this.#whenReady;
  }

  swap(next: ServedTaxonomy): void {
    this.#current = Object.freeze({ taxonomy: next.taxonomy, matcher: next.matcher });
    this.#markReady();
  }
}

/** Builds the matcher index over a stored taxonomy on this thread (about a second for cn2022). */
export async function buildTaxonomyMatcher(
  db: Db,
  taxonomyId: string,
  logger: Logger,
): Promise<MatcherIndex> {
  const data = await loadTaxonomy(db, taxonomyId);
  if (!data) throw new Error(`taxonomy ${taxonomyId} is not stored`);
  const matcher = buildMatcherIndex(data);
  logger.info('matcher index built', { ...matcher.stats });
  return matcher;
}

/**
 * The stored taxonomy's info and its index (the stored one, else one built in a worker thread and
 * stored), or `null` when the taxonomy is not stored.
 */
export async function loadServedTaxonomy(
  db: Db,
  taxonomyId: string,
  logger: Logger,
): Promise<ServedTaxonomy | null> {
  const taxonomy = await getTaxonomyInfo(db, taxonomyId);
  if (!taxonomy) return null;
  return { taxonomy, matcher: await storedOrBuiltMatcher(db, taxonomy, logger) };
}
