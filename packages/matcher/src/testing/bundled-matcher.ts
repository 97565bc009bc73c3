/** Test helper: the bundled taxonomy and a matcher built on it, once per test worker. */
import { BUNDLED_TAXONOMY_DIR, loadTaxonomySource, type TaxonomyData } from '@skillbank/core';
import { type BuildOptions, buildMatcherIndex } from '../build-matcher-index.js';
import type { MatcherIndex } from '../matcher-index.js';

let taxonomy: Promise<TaxonomyData> | undefined;
const matchers = new Map<string, Promise<MatcherIndex>>();

export function bundledTaxonomy(): Promise<TaxonomyData> {
  taxonomy ??= loadTaxonomySource(BUNDLED_TAXONOMY_DIR).then((result) => {
    if (!result.ok) throw new Error('bundled taxonomy is invalid');
    return result.data;
  });
  return taxonomy;
}

/** A matcher on the bundled taxonomy; the same options give the same (cached) instance. */
export function bundledMatcher(options: BuildOptions = {}): Promise<MatcherIndex> {
  const key = JSON.stringify(options);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = bundledTaxonomy().then((data) => buildMatcherIndex(data, options));
    matchers.set(key, matcher);
  }
  return matcher;
}
