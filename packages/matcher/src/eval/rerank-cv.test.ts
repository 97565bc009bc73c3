/**
 * The re-ordering experiment's machinery (`rerank-cv.ts`, `run.ts --rerank-cv`): its figures are
 * only as good as the recomputation of the score from the breakdown and the re-ordering itself.
 */
import { describe, expect, it } from 'vitest';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import { loadNarratives, withSidePieces } from './datasets.js';
import {
  collectListings,
  fitRerank,
  type Listing,
  RERANK_DEPTH,
  recompute,
  reorder,
  reorderBy,
  SHIPPED_COMBINATION,
} from './rerank-cv.js';

const taxonomy = await bundledTaxonomy();

async function listings(): Promise<Listing[]> {
  const matcher = await bundledMatcher();
  const narratives = (await loadNarratives(taxonomy)).slice(0, 12);
  return [
    ...collectListings(matcher, narratives, 'b'),
    // Side pieces make two directions: the direction factor is in the breakdown too.
    ...collectListings(matcher, withSidePieces(narratives, 5), 'side'),
  ];
}

describe('re-ordering experiment', () => {
  it('recomputes every leading score from its breakdown at the shipped combination', async () => {
    const all = await listings();
    let directions = 0;
    for (const listing of all) {
      expect(listing.candidates.length).toBeLessThanOrEqual(RERANK_DEPTH);
      for (const c of listing.candidates) {
        if (c.parts.directionShare < 1) directions++;
        expect(Math.abs(recompute(c.parts, SHIPPED_COMBINATION) - (c.features[0] ?? 0))).toBeLessThan(5e-4);
      }
      expect(reorderBy(SHIPPED_COMBINATION, listing)).toEqual(reorder(null, listing));
    }
    expect(directions).toBeGreaterThan(0);
  });

  it('fits the same model twice, and a model of the score alone keeps the scorer order', async () => {
    const all = await listings();
    const a = fitRerank(all, { l2: 0.03 });
    const b = fitRerank(all, { l2: 0.03 });
    expect([...a.weights]).toEqual([...b.weights]);
    const scoreOnly = fitRerank(all, { l2: 0.03, features: ['score'] });
    expect(scoreOnly.weights[0]).toBeGreaterThan(0);
    for (const listing of all) expect(reorder(scoreOnly, listing)).toEqual(reorder(null, listing));
  });
});
