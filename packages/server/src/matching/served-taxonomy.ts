/**
 * The taxonomy the app serves and the matcher index built over it, held together in one object
 * that requests read and a refresh replaces whole: a request that reads `current` once sees one
 * consistent pair, and a rebuild never makes it wait.
 */
import { type Db, getTaxonomyInfo, loadTaxonomy, type TaxonomyInfo } from '@skillbank/core';
import { buildMatcherIndex, type MatcherIndex } from '@skillbank/matcher';
import type { Logger } from '../logger.js';

export interface ServedTaxonomy {
  readonly taxonomy: TaxonomyInfo;
  readonly matcher: MatcherIndex;
}

/** Holds the served taxonomy; `swap` replaces it atomically once a new index is fully built. */
export class ServedTaxonomyHolder {
  #current: ServedTaxonomy;

  constructor(initial: ServedTaxonomy) {
    this.#current = Object.freeze({ ...initial });
  }

  get current(): ServedTaxonomy {
    return this.#current;
  }

  swap(next: ServedTaxonomy): void {
    this.#current = Object.freeze({ ...next });
  }
}

/** Builds the matcher index over a stored taxonomy (about a second for cn2022). */
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

/** The stored taxonomy's info and a fresh index over it, or `null` when it is not stored. */
export async function loadServedTaxonomy(
  db: Db,
  taxonomyId: string,
  logger: Logger,
): Promise<ServedTaxonomy | null> {
  const taxonomy = await getTaxonomyInfo(db, taxonomyId);
  if (!taxonomy) return null;
  return { taxonomy, matcher: await buildTaxonomyMatcher(db, taxonomyId, logger) };
}
