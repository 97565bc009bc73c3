/** Occupation search shared by the API and the pages, so both rank and filter the same way. */
import { type OccupationSummary, searchOccupations } from '@skillbank/core';
import type { AppDeps } from '../deps.js';

export interface OccupationSearch {
  q?: string | undefined;
  digital?: boolean | undefined;
  green?: boolean | undefined;
  group?: string | undefined;
  limit: number;
  offset: number;
}

export async function searchOccupationPage(
  deps: AppDeps,
  { q, ...rest }: OccupationSearch,
): Promise<{ items: OccupationSummary[]; hasMore: boolean }> {
  return searchOccupations(deps.db, deps.taxonomy.id, { q: q?.trim() || undefined, ...rest });
}
