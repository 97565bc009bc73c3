/** Occupation search shared by the API and the pages, so both rank and filter the same way. */
import { type OccupationSummary, searchOccupations } from '@skillbank/core';
import type { UseCaseDeps } from '../use-cases/use-case.js';

export interface OccupationSearch {
  q?: string | undefined;
  digital?: boolean | undefined;
  green?: boolean | undefined;
  isNew?: boolean | undefined;
  group?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * Without `q`, the stored list in code order. With `q`, the matcher's relevance ranking (names,
 * definitions and tasks; synonyms and near words), filtered and paged the same way.
 */
export async function searchOccupationPage(
  deps: Pick<UseCaseDeps, 'db' | 'served'>,
  { q, ...rest }: OccupationSearch,
): Promise<{ items: OccupationSummary[]; hasMore: boolean }> {
  const { taxonomy, matcher } = deps.served.current;
  const text = q?.trim();
  if (!text) return searchOccupations(deps.db, taxonomy.id, rest);
  const { digital, green, isNew, group, limit, offset } = rest;
  const filter = (code: string) => {
    const o = matcher.occupation(code);
    return (
      o !== null &&
      (digital === undefined || o.digital === digital) &&
      (green === undefined || o.green === green) &&
      (isNew === undefined || o.isNew === isNew) &&
      (group === undefined || o.majorCode === group || o.middleCode === group || o.minorCode === group)
    );
  };
  const { items, total } = matcher.search(text, { limit, offset, filter });
  return {
    items: items.flatMap((item) => matcher.occupation(item.code) ?? []),
    hasMore: offset + items.length < total,
  };
}
